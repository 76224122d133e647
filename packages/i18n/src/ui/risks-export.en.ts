/**
 * Texts of the risk register's XLSX export (written by the server), English: the reference. Merged
 * into ui.en.ts under `risksExport`; risks-export.nb.ts and .es.ts must have every key (the types check).
 */
export const risksExportEn = {
  sheets: { risks: 'Risks', reviews: 'Reviews' },
  title: 'Risk register: {{partnership}}',
  state: { draft: 'Register state: draft', complete: 'Register state: complete' },
  columns: {
    description: 'Risk',
    category: 'Category',
    origin: 'Internal or external',
    owner: 'Owner',
    status: 'Status',
    result: 'Result threatened',
    identifiedOn: 'Identified',
    probability: 'Probability',
    consequence: 'Consequence',
    rating: 'Rating',
    band: 'Band',
    response: 'Response',
    measures: 'Measures (who, by when)',
    justification: 'Tolerance: justification',
    acceptedBy: 'Tolerance: accepted by',
    acceptedOn: 'Tolerance: accepted on',
    lastReviewedOn: 'Last review',
    nextReviewDue: 'Next review due',
    overdue: 'Review overdue',
    questionsContinuation: 'Continuation should be questioned',
    reviewedOn: 'Reviewed',
    assumption: 'Assumption',
    correctiveAction: 'Corrective action',
    reviewer: 'Reviewed by',
  },
  yes: 'Yes',
  no: 'No',
  measure: '{{action}} ({{responsible}}, {{dueDate}})',
  measureNoDate: '{{action}} ({{responsible}})',
  categories: {
    political: 'Political',
    financial_corruption: 'Financial and corruption',
    staff_turnover: 'Staff turnover',
    security: 'Security',
    natural_hazard: 'Natural hazard',
    partner_capacity: 'Partner capacity',
    other: 'Other',
  },
  origins: { internal: 'Internal', external: 'External' },
  statuses: { open: 'Open', closed: 'Closed' },
  bands: { low: 'Low', medium: 'Medium', high: 'High' },
  responses: {
    none: 'No response yet',
    reduce_probability: 'Reduce the probability',
    reduce_consequence: 'Reduce the consequence',
    tolerate: 'Tolerate',
    no_response_possible: 'No response possible',
  },
  assumptions: { holds: 'Holds', partly_holds: 'Partly holds', does_not_hold: 'Does not hold' },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type RisksExportCatalogue = Widen<typeof risksExportEn>;
