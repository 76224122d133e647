import type { ConsolidatedExportCatalogue } from './consolidated-export.en';

/** Texts of the consolidated programme report's files, norsk bokmål. */
export const consolidatedExportNb: ConsolidatedExportCatalogue = {
  fileName: 'programrapport-{{source}}-{{year}}',
  annexFileName: 'programrapport-vedlegg-{{source}}-{{year}}',
  title: 'Samlet programrapport {{year}}: {{source}}',
  subtitle: '{{programme}}, finansieringskilde {{source}}, år {{year}}',
  narrativeHeading: 'Beskrivelse',
  sections: {
    summary: 'Sammendrag',
    context: 'Kontekst',
    results: 'Resultater',
    finances: 'Økonomi',
    risks: 'Risiko',
    audits: 'Revisjon',
    lessons: 'Erfaringer',
  },
  notWritten: 'Ikke skrevet ennå.',
  fallbackNote: '(Ikke skrevet på norsk; den engelske teksten følger.)',
  portfolio: { heading: 'Portefølje', total: 'Samarbeid: {{count}}', byRegion: 'Etter region', byCountry: 'Etter land', byPurpose: 'Etter formål', region: 'Region', country: 'Land', purpose: 'Formål', count: 'Samarbeid', otherRegion: 'Andre' },
  money: { heading: 'Midler (NOK)', partnership: 'Samarbeid', country: 'Land', granted: 'Tildelt', paid: 'Utbetalt', spent: 'Brukt', unspent: 'Ubrukt', total: 'Sum', reportStatus: 'Årsrapport', auditOpinion: 'Revisjonskonklusjon' },
  results: { heading: 'Resultater', purpose: 'Formål', highlights: 'Høydepunkter', indicator: 'Indikator', partnership: 'Samarbeid', status: 'Status', percent: '% av målet', none: 'Ingen indikatorer.' },
  progress: { on_track: 'I rute', at_risk: 'I fare', off_track: 'Ikke i rute', no_data: 'Ingen data' },
  risks: { heading: 'Høyeste åpne risikoer', partnership: 'Samarbeid', risk: 'Risiko', score: 'Poeng', band: 'Nivå', response: 'Tiltak', none: 'Ingen åpne risikoer.' },
  bands: { low: 'Lav', medium: 'Middels', high: 'Høy' },
  responses: { none: 'Ingen tiltak ennå', reduce_probability: 'Redusere sannsynlighet', reduce_consequence: 'Redusere konsekvens', tolerate: 'Akseptere', no_response_possible: 'Ingen tiltak mulig' },
  audits: { heading: 'Revisjon', partnership: 'Samarbeid', year: 'År', opinion: 'Konklusjon', complete: 'Fullstendig', openFindings: 'Åpne funn', none: 'Ingen revisjoner registrert.', yes: 'Ja', no: 'Nei' },
  opinions: { none: 'Ikke gitt', unmodified: 'Normal konklusjon', qualified: 'Konklusjon med forbehold', adverse: 'Negativ konklusjon', disclaimer: 'Konklusjon avstått' },
  reports: { heading: 'Årsrapporter', status: 'Status', count: 'Samarbeid' },
  reportStatus: { not_started: 'Ikke påbegynt', draft: 'Utkast', submitted: 'Levert', returned: 'Returnert', accepted: 'Godkjent' },
  sheets: { money: 'Midler', indicators: 'Indikatorer' },
  indicators: { purpose: 'Formål', partnership: 'Samarbeid', indicator: 'Indikator', status: 'Status', percent: '% av målet' },
};
