import type { ReportsOverviewCatalogue } from './reports-overview.en';

/** Interface texts of the programme's reports page (/reports), norsk bokmål. */
export const reportsOverviewNb: ReportsOverviewCatalogue = {
  nav: 'Rapporter',
  heading: 'Årsrapporter',
  intro: 'Hvilke rapporter som skal leveres, er forsinket, levert, sendt tilbake og godkjent, for alle partnerskap som følges opp i året.',
  consolidatedLink: 'Den samlede programrapporten for {{year}}',
  statuses: {
    not_started: 'Ikke påbegynt',
    draft: 'Utkast',
    submitted: 'Levert',
    returned: 'Sendt tilbake for endringer',
    accepted: 'Godkjent',
    overdue: 'Forfalt',
    late: 'Levert for sent',
  },
  resubmitted: 'Levert på nytt',
  counts: {
    heading: 'Rapporter for {{year}} etter status',
    caption: 'Rapporter for {{year}} etter status (forfalte og for sene telles også i sin status)',
    chartLabel: 'Stolpediagram over rapportene for {{year}} etter status; tabellen ved siden av har de samme tallene.',
    count: 'Rapporter',
  },
  filters: {
    label: 'Filtrer rapportene',
    search: 'Søk',
    searchHint: 'En del av partnerskapets tittel.',
    searchButton: 'Søk',
    year: 'Rapporteringsår',
    status: 'Status',
    funding: 'Finansieringskilde',
    all: 'Alle',
    clear: 'Fjern filtrene',
  },
  fields: {
    partnership: 'Partnerskap',
    funding: 'Finansieringskilde',
    status: 'Status',
    deadline: 'Frist',
    submitted: 'Levert',
    timeliness: 'Forfalt eller for sent',
  },
  tableCaption: 'Årsrapporter',
  showing: 'Viser {{from}}–{{to}} av {{total}} rapporter',
  empty: 'Ingen partnerskap rapporterer for {{year}}.',
  emptyFiltered: 'Ingen rapport passer med filtrene.',
  pagination: 'Sider med rapporter',
};
