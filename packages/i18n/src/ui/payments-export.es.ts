import type { PaymentsExportCatalogue } from './payments-export.en';

/** Texts of the programme funds and payments plan XLSX exports, Spanish. */
export const paymentsExportEs: PaymentsExportCatalogue = {
  sheets: { sources: 'Fondos', partnerships: 'Asociaciones', plan: 'Plan de pagos', byMonth: 'Por mes' },
  fundsTitle: 'Fondos del programa {{year}} (NOK)',
  planTitle: 'Plan de pagos desde {{from}}, {{months}} meses (NOK)',
  total: 'Total',
  columns: {
    fundingSource: 'Fuente de financiación',
    allocated: 'Asignado',
    granted: 'Concedido',
    paid: 'Pagado',
    remaining: 'Restante',
    toPay: 'Por pagar',
    withheld: 'Retenido',
    note: 'Nota',
    partnership: 'Asociación',
    year: 'Año de financiación',
    instalment: 'Cuota',
    dueDate: 'Vencimiento',
    amount: 'Importe',
    status: 'Estado',
    paidOn: 'Pagado el',
    reference: 'Referencia de pago',
    reason: 'Motivo / excepción',
    month: 'Mes',
    planned: 'Prevista',
    approved: 'Aprobada',
  },
  statuses: { planned: 'Prevista', approved: 'Aprobada', paid: 'Pagada', withheld: 'Retenida' },
};
