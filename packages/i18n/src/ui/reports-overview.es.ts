import type { ReportsOverviewCatalogue } from './reports-overview.en';

/** Interface texts of the programme's reports page (/reports), español. */
export const reportsOverviewEs: ReportsOverviewCatalogue = {
  nav: 'Informes',
  heading: 'Informes anuales',
  intro: 'Qué informes vencen, están atrasados, presentados, devueltos y aceptados, para cada asociación seguida en el año.',
  consolidatedLink: 'El informe consolidado del programa de {{year}}',
  statuses: {
    not_started: 'No iniciado',
    draft: 'Borrador',
    submitted: 'Presentado',
    returned: 'Devuelto para cambios',
    accepted: 'Aceptado',
    overdue: 'Atrasado',
    late: 'Presentado tarde',
  },
  resubmitted: 'Presentado de nuevo',
  counts: {
    heading: 'Informes de {{year}} por estado',
    caption: 'Informes de {{year}} por estado (los atrasados y tardíos también cuentan en su estado)',
    chartLabel: 'Gráfico de barras de los informes de {{year}} por estado; la tabla al lado tiene las mismas cifras.',
    count: 'Informes',
  },
  filters: {
    label: 'Filtrar los informes',
    search: 'Buscar',
    searchHint: 'Parte del título de la asociación.',
    searchButton: 'Buscar',
    year: 'Año del informe',
    status: 'Estado',
    funding: 'Fuente de financiación',
    all: 'Todos',
    clear: 'Quitar los filtros',
  },
  fields: {
    partnership: 'Asociación',
    funding: 'Fuente de financiación',
    status: 'Estado',
    deadline: 'Fecha límite',
    submitted: 'Presentado',
    timeliness: 'Atrasado o tarde',
  },
  tableCaption: 'Informes anuales',
  showing: 'Mostrando {{from}}–{{to}} de {{total}} informes',
  empty: 'Ninguna asociación informa sobre {{year}}.',
  emptyFiltered: 'Ningún informe coincide con los filtros.',
  pagination: 'Páginas de informes',
};
