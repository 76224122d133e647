/**
 * Texts of the consolidated programme report's files (DOCX, PDF, XLSX annex, written by the server),
 * English: the reference. Merged into ui.en.ts under `consolidatedExport`; the .nb and .es files must
 * have every key (the types check).
 */
export const consolidatedExportEn = {
  fileName: 'programme-report-{{source}}-{{year}}',
  annexFileName: 'programme-report-annex-{{source}}-{{year}}',
  title: 'Consolidated programme report {{year}}: {{source}}',
  subtitle: '{{programme}}, funding source {{source}}, year {{year}}',
  narrativeHeading: 'Narrative',
  sections: {
    summary: 'Summary',
    context: 'Context',
    results: 'Results',
    finances: 'Finances',
    risks: 'Risks',
    audits: 'Audits',
    lessons: 'Lessons learned',
  },
  notWritten: 'Not written yet.',
  fallbackNote: '(Not written in English; the Norwegian text follows.)',
  portfolio: { heading: 'Portfolio', total: 'Partnerships: {{count}}', byRegion: 'By region', byCountry: 'By country', byPurpose: 'By purpose', region: 'Region', country: 'Country', purpose: 'Purpose', count: 'Partnerships', otherRegion: 'Other' },
  money: { heading: 'Money (NOK)', partnership: 'Partnership', country: 'Country', granted: 'Granted', paid: 'Paid', spent: 'Spent', unspent: 'Unspent', total: 'Total', reportStatus: 'Annual report', auditOpinion: 'Audit opinion' },
  results: { heading: 'Results', purpose: 'Purpose', highlights: 'Highlights', indicator: 'Indicator', partnership: 'Partnership', status: 'Status', percent: '% of target', none: 'No indicators.' },
  progress: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  risks: { heading: 'Highest open risks', partnership: 'Partnership', risk: 'Risk', score: 'Score', band: 'Band', response: 'Response', none: 'No open risks.' },
  bands: { low: 'Low', medium: 'Medium', high: 'High' },
  responses: { none: 'No response yet', reduce_probability: 'Reduce probability', reduce_consequence: 'Reduce consequence', tolerate: 'Tolerate', no_response_possible: 'No response possible' },
  audits: { heading: 'Audits', partnership: 'Partnership', year: 'Year', opinion: 'Opinion', complete: 'Complete', openFindings: 'Open findings', none: 'No audits recorded.', yes: 'Yes', no: 'No' },
  opinions: { none: 'Not given', unmodified: 'Unmodified', qualified: 'Qualified', adverse: 'Adverse', disclaimer: 'Disclaimer' },
  reports: { heading: 'Annual reports', status: 'Status', count: 'Partnerships' },
  reportStatus: { not_started: 'Not started', draft: 'Draft', submitted: 'Submitted', returned: 'Returned', accepted: 'Accepted' },
  sheets: { money: 'Money', indicators: 'Indicators' },
  indicators: { purpose: 'Purpose', partnership: 'Partnership', indicator: 'Indicator', status: 'Status', percent: '% of target' },
};

export type ConsolidatedExportCatalogue = typeof consolidatedExportEn;
