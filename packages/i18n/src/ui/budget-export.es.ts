import type { BudgetExportCatalogue } from './budget-export.en';

/** Texts of a partnership's work plan and budget export, español. */
export const budgetExportEs: BudgetExportCatalogue = {
  fileName: 'presupuesto-{{partnership}}-{{year}}',
  title: '{{partnership}}: plan de trabajo y presupuesto {{year}}',
  status: { draft: 'Borrador', approved: 'Aprobado' },
  sheets: { activities: 'Plan de trabajo', lines: 'Presupuesto', totals: 'Totales', revisions: 'Revisiones' },
  activities: { title: 'Actividad', output: 'Producto', responsible: 'Responsable', startMonth: 'Mes de inicio', endMonth: 'Mes de fin' },
  lines: {
    activity: 'Actividad',
    category: 'Categoría',
    side: 'Lado',
    description: 'Descripción',
    currency: 'Moneda local',
    localAmount: 'Monto local',
    rate: 'Tipo de cambio (NOK por unidad)',
    rateDate: 'Fecha del tipo de cambio',
    amount: 'Monto (NOK)',
  },
  totals: { heading: 'Totales (NOK)', byCategory: 'Por categoría', bySide: 'Por lado', total: 'Total', amount: 'Monto (NOK)' },
  revisions: { number: 'Revisión', at: 'Fecha (UTC)', byName: 'Por', reason: 'Motivo', totalBefore: 'Total antes (NOK)', totalAfter: 'Total después (NOK)' },
  crossCutting: 'Transversal',
  responsible: { home: 'Municipio noruego', partner: 'Municipio socio', both: 'Ambos' },
  side: { home: 'Municipio noruego', partner: 'Municipio socio' },
  categories: {
    travel: 'Viajes',
    accommodation: 'Alojamiento',
    per_diem: 'Viáticos',
    workshops: 'Talleres y capacitación',
    translation: 'Traducción e interpretación',
    local_costs: 'Costos locales',
    administration: 'Administración',
    recurrent_costs: 'Costos recurrentes',
    investments: 'Inversiones',
  },
};
