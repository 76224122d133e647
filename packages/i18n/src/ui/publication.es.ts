import type { PublicationCatalogue } from './publication.en';

/** Interface texts of a partnership's publication settings, español. */
export const publicationEs: PublicationCatalogue = {
  heading: 'Página pública',
  back: 'Volver a la asociación',
  status: {
    heading: '¿Es pública la asociación?',
    public: 'La asociación está activa o finalizada, así que aparece en el portal público, en los datos abiertos y en el archivo IATI.',
    notPublic: 'La asociación no es pública: solo se muestran al público las asociaciones activas y finalizadas.',
    openPublicPage: 'Abrir la página pública de la asociación',
  },
  hidden: {
    heading: 'Lo que ve el público',
    intro: 'Se muestra todo lo que está listo para el público: resultados aprobados, informes aceptados, subvenciones firmes y cuotas pagadas. Retenga una parte para dejarla fuera de la página pública, de los datos abiertos y del archivo IATI.',
    legend: 'Retener',
    legendHint: 'Una parte marcada no se publica.',
    save: 'Guardar lo que se retiene',
    saved: 'Guardado. La página pública muestra el cambio en unos minutos.',
    reload: 'Mostrar la configuración más reciente',
    noneHeld: 'No se retiene nada.',
    held: 'Se retiene: {{parts}}.',
  },
  fields: {
    budget: 'Presupuesto',
    payments: 'Pagos',
    results: 'Resultados',
    reports: 'Resúmenes de informes',
    gains: 'Beneficios visibles',
  },
  fieldHints: {
    budget: 'El presupuesto de los planes de trabajo y las subvenciones por año.',
    payments: 'Las cuotas pagadas por año.',
    results: 'El marco de resultados con sus valores de indicadores aprobados.',
    reports: 'Lecciones y aprendizajes de los informes anuales aceptados, y su gasto.',
    gains: 'Los beneficios visibles para ambos municipios, de los informes aceptados.',
  },
  documents: {
    heading: 'Documentos publicados',
    intro: 'Un documento es público solo cuando usted lo publica; el público recibe siempre su versión más reciente.',
    empty: 'La asociación aún no tiene documentos.',
    goToDocuments: 'Ir a los documentos de la asociación',
    caption: 'Los documentos de la asociación y si cada uno está publicado',
    fileName: 'Documento',
    category: 'Categoría',
    public: 'En la página pública',
    switch: 'Publicado',
    yes: 'Publicado',
    no: 'No publicado',
    published: '{{fileName}} está publicado ahora.',
    unpublished: '{{fileName}} ya no está publicado.',
  },
  links: {
    heading: 'Página pública',
    settings: 'Elegir lo que ve el público',
    publicPage: 'Abrir la página pública',
  },
};
