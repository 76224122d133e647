import type { PaymentsExportCatalogue } from './payments-export.en';

/** Texts of the programme funds and payments plan XLSX exports, Norwegian bokmål. */
export const paymentsExportNb: PaymentsExportCatalogue = {
  sheets: { sources: 'Midler', partnerships: 'Partnerskap', plan: 'Utbetalingsplan', byMonth: 'Per måned' },
  fundsTitle: 'Programmets midler {{year}} (NOK)',
  planTitle: 'Utbetalingsplan fra {{from}}, {{months}} måneder (NOK)',
  total: 'Sum',
  columns: {
    fundingSource: 'Finansieringskilde',
    allocated: 'Tildelt programmet',
    granted: 'Innvilget',
    paid: 'Utbetalt',
    remaining: 'Gjenstår',
    toPay: 'Til utbetaling',
    withheld: 'Holdt tilbake',
    note: 'Merknad',
    partnership: 'Partnerskap',
    year: 'Budsjettår',
    instalment: 'Utbetaling',
    dueDate: 'Forfall',
    amount: 'Beløp',
    status: 'Status',
    paidOn: 'Utbetalt dato',
    reference: 'Betalingsreferanse',
    reason: 'Begrunnelse / overstyring',
    month: 'Måned',
    planned: 'Planlagt',
    approved: 'Godkjent',
  },
  statuses: { planned: 'Planlagt', approved: 'Godkjent', paid: 'Utbetalt', withheld: 'Holdt tilbake' },
};
