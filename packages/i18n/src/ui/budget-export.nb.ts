import type { BudgetExportCatalogue } from './budget-export.en';

/** Texts of a partnership's work plan and budget export, norsk bokmål. */
export const budgetExportNb: BudgetExportCatalogue = {
  fileName: 'budsjett-{{partnership}}-{{year}}',
  title: '{{partnership}}: arbeidsplan og budsjett {{year}}',
  status: { draft: 'Utkast', approved: 'Godkjent' },
  sheets: { activities: 'Arbeidsplan', lines: 'Budsjett', totals: 'Summer', revisions: 'Revisjoner' },
  activities: { title: 'Aktivitet', output: 'Resultat (output)', responsible: 'Ansvarlig', startMonth: 'Startmåned', endMonth: 'Sluttmåned' },
  lines: {
    activity: 'Aktivitet',
    category: 'Kategori',
    side: 'Side',
    description: 'Beskrivelse',
    currency: 'Lokal valuta',
    localAmount: 'Lokalt beløp',
    rate: 'Valutakurs (NOK per enhet)',
    rateDate: 'Kursdato',
    amount: 'Beløp (NOK)',
  },
  totals: { heading: 'Summer (NOK)', byCategory: 'Per kategori', bySide: 'Per side', total: 'Totalt', amount: 'Beløp (NOK)' },
  revisions: { number: 'Revisjon', at: 'Dato (UTC)', byName: 'Av', reason: 'Begrunnelse', totalBefore: 'Totalt før (NOK)', totalAfter: 'Totalt etter (NOK)' },
  crossCutting: 'Tverrgående',
  responsible: { home: 'Norsk kommune', partner: 'Partnerkommune', both: 'Begge' },
  side: { home: 'Norsk kommune', partner: 'Partnerkommune' },
  categories: {
    travel: 'Reiser',
    accommodation: 'Overnatting',
    per_diem: 'Diett',
    workshops: 'Workshops og opplæring',
    translation: 'Oversettelse og tolking',
    local_costs: 'Lokale kostnader',
    administration: 'Administrasjon',
    recurrent_costs: 'Løpende driftskostnader',
    investments: 'Investeringer',
  },
};
