/**
 * Texts of a partnership's work plan and budget export (XLSX, written by the server), English: the
 * reference. Merged into ui.en.ts under `budgetExport`; budget-export.nb.ts and .es.ts must have
 * every key (the types check).
 */
export const budgetExportEn = {
  fileName: 'budget-{{partnership}}-{{year}}',
  title: '{{partnership}}: work plan and budget {{year}}',
  status: { draft: 'Draft', approved: 'Approved' },
  sheets: { activities: 'Work plan', lines: 'Budget', totals: 'Totals', revisions: 'Revisions' },
  activities: { title: 'Activity', output: 'Output', responsible: 'Responsible', startMonth: 'Start month', endMonth: 'End month' },
  lines: {
    activity: 'Activity',
    category: 'Category',
    side: 'Side',
    description: 'Description',
    currency: 'Local currency',
    localAmount: 'Local amount',
    rate: 'Exchange rate (NOK per unit)',
    rateDate: 'Rate date',
    amount: 'Amount (NOK)',
  },
  totals: { heading: 'Totals (NOK)', byCategory: 'By category', bySide: 'By side', total: 'Total', amount: 'Amount (NOK)' },
  revisions: { number: 'Revision', at: 'Date (UTC)', byName: 'By', reason: 'Reason', totalBefore: 'Total before (NOK)', totalAfter: 'Total after (NOK)' },
  crossCutting: 'Cross-cutting',
  responsible: { home: 'Home municipality', partner: 'Partner municipality', both: 'Both' },
  side: { home: 'Home municipality', partner: 'Partner municipality' },
  categories: {
    travel: 'Travel',
    accommodation: 'Accommodation',
    per_diem: 'Per diem',
    workshops: 'Workshops and training',
    translation: 'Translation and interpretation',
    local_costs: 'Local costs',
    administration: 'Administration',
    recurrent_costs: 'Recurrent costs',
    investments: 'Investments',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type BudgetExportCatalogue = Widen<typeof budgetExportEn>;
