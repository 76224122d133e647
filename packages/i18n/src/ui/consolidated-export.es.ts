import type { ConsolidatedExportCatalogue } from './consolidated-export.en';

/**
 * Texts of the consolidated programme report's files, español. The files are made in English or
 * Norwegian (the donors' languages); these keep the catalogue whole.
 */
export const consolidatedExportEs: ConsolidatedExportCatalogue = {
  fileName: 'informe-programa-{{source}}-{{year}}',
  annexFileName: 'informe-programa-anexo-{{source}}-{{year}}',
  title: 'Informe consolidado del programa {{year}}: {{source}}',
  subtitle: '{{programme}}, fuente de financiación {{source}}, año {{year}}',
  narrativeHeading: 'Narrativa',
  sections: {
    summary: 'Resumen',
    context: 'Contexto',
    results: 'Resultados',
    finances: 'Finanzas',
    risks: 'Riesgos',
    audits: 'Auditorías',
    lessons: 'Lecciones aprendidas',
  },
  notWritten: 'Aún no redactado.',
  fallbackNote: '(No redactado en este idioma; sigue el texto en el otro idioma.)',
  portfolio: { heading: 'Cartera', total: 'Asociaciones: {{count}}', byRegion: 'Por región', byCountry: 'Por país', byPurpose: 'Por propósito', region: 'Región', country: 'País', purpose: 'Propósito', count: 'Asociaciones', otherRegion: 'Otras' },
  money: { heading: 'Fondos (NOK)', partnership: 'Asociación', country: 'País', granted: 'Concedido', paid: 'Pagado', spent: 'Gastado', unspent: 'No gastado', total: 'Total', reportStatus: 'Informe anual', auditOpinion: 'Opinión de auditoría' },
  results: { heading: 'Resultados', purpose: 'Propósito', highlights: 'Destacados', indicator: 'Indicador', partnership: 'Asociación', status: 'Estado', percent: '% de la meta', none: 'Sin indicadores.' },
  progress: { on_track: 'En curso', at_risk: 'En riesgo', off_track: 'Desviado', no_data: 'Sin datos' },
  risks: { heading: 'Riesgos abiertos más altos', partnership: 'Asociación', risk: 'Riesgo', score: 'Puntuación', band: 'Nivel', response: 'Respuesta', none: 'Sin riesgos abiertos.' },
  bands: { low: 'Bajo', medium: 'Medio', high: 'Alto' },
  responses: { none: 'Sin respuesta aún', reduce_probability: 'Reducir la probabilidad', reduce_consequence: 'Reducir la consecuencia', tolerate: 'Tolerar', no_response_possible: 'Ninguna respuesta posible' },
  audits: { heading: 'Auditorías', partnership: 'Asociación', year: 'Año', opinion: 'Opinión', complete: 'Completa', openFindings: 'Hallazgos abiertos', none: 'Ninguna auditoría registrada.', yes: 'Sí', no: 'No' },
  opinions: { none: 'Sin opinión', unmodified: 'Favorable', qualified: 'Con salvedades', adverse: 'Desfavorable', disclaimer: 'Abstención' },
  reports: { heading: 'Informes anuales', status: 'Estado', count: 'Asociaciones' },
  reportStatus: { not_started: 'No iniciado', draft: 'Borrador', submitted: 'Presentado', returned: 'Devuelto', accepted: 'Aceptado' },
  sheets: { money: 'Fondos', indicators: 'Indicadores' },
  indicators: { purpose: 'Propósito', partnership: 'Asociación', indicator: 'Indicador', status: 'Estado', percent: '% de la meta' },
};
