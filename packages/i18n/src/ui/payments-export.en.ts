/**
 * Texts of the programme funds and payments plan XLSX exports (written by the server), English: the
 * reference. Merged into ui.en.ts under `paymentsExport`; .nb.ts and .es.ts must have every key.
 */
export const paymentsExportEn = {
  sheets: { sources: 'Funds', partnerships: 'Partnerships', plan: 'Payments plan', byMonth: 'By month' },
  fundsTitle: 'Programme funds {{year}} (NOK)',
  planTitle: 'Payments plan from {{from}}, {{months}} months (NOK)',
  total: 'Total',
  columns: {
    fundingSource: 'Funding source',
    allocated: 'Allocated',
    granted: 'Granted',
    paid: 'Paid',
    remaining: 'Remaining',
    toPay: 'To pay',
    withheld: 'Withheld',
    note: 'Note',
    partnership: 'Partnership',
    year: 'Funding year',
    instalment: 'Instalment',
    dueDate: 'Due',
    amount: 'Amount',
    status: 'Status',
    paidOn: 'Paid on',
    reference: 'Payment reference',
    reason: 'Reason / override',
    auditOpinion: 'Audit opinion',
    month: 'Month',
    planned: 'Planned',
    approved: 'Approved',
  },
  statuses: { planned: 'Planned', approved: 'Approved', paid: 'Paid', withheld: 'Withheld' },
  opinions: { qualified: 'qualified', adverse: 'adverse', disclaimer: 'disclaimer of opinion' },
  auditFlag: '{{year}}: {{opinion}}',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PaymentsExportCatalogue = Widen<typeof paymentsExportEn>;
