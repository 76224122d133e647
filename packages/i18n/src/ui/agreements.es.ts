import type { AgreementsCatalogue } from './agreements.en';

/** Interface texts of a partnership's agreement, español. */
export const agreementsEs: AgreementsCatalogue = {
  heading: 'Acuerdo',
  pageTitle: 'Acuerdo – {{title}}',
  backToPartnership: 'Volver a la asociación',
  intro:
    'El acuerdo de asociación entre las dos municipalidades y KS, elaborado a partir de la plantilla del programa cuando se aprueba una solicitud. Registre quién firmó y cuándo, y elija la copia firmada: entonces la asociación pasa a estar activa.',
  notReady: 'El acuerdo se puede generar cuando se haya aprobado una solicitud de la asociación.',
  summary: {
    heading: 'Acuerdo',
    text: 'El acuerdo de asociación, sus firmas y sus modificaciones.',
    link: 'Ir al acuerdo',
  },
  download: {
    heading: 'Descargar el acuerdo',
    docx: 'Documento de Word (DOCX), {{language}}',
    pdf: 'PDF, {{language}}',
  },
  signatures: {
    heading: 'Firmas',
    home: '{{name}} (municipalidad noruega)',
    partner: '{{name}} (municipalidad socia)',
    ks: 'KS',
    signatory: 'Nombre de quien firma',
    signedOn: 'Fecha de la firma',
    notSigned: 'Aún sin firmar',
    signedBy: 'Firmado por {{name}} el {{date}}',
    bothOrNeither: 'Indique el nombre y la fecha, o deje ambos vacíos.',
    signedCopy: 'Copia firmada',
    noCopy: 'Aún no se ha elegido la copia firmada.',
    chooseCopy: 'Elija la copia firmada',
    copyHint: 'Un documento de la categoría «Acuerdo de asociación» en la página de documentos.',
    noDocuments: 'Aún no se ha subido ningún documento de la categoría «Acuerdo de asociación».',
    uploadLink: 'Suba la copia firmada en la página de documentos',
    activeHint: 'Cuando las tres partes hayan firmado y se haya elegido la copia firmada, la asociación pasa a estar activa.',
    save: 'Guardar firmas',
    saved: 'Las firmas se han guardado.',
  },
  amendments: {
    heading: 'Modificaciones',
    empty: 'No se han registrado modificaciones.',
    formHeading: 'Registrar una modificación',
    what: 'Qué cambió',
    why: 'Por qué',
    effectiveOn: 'Vigente desde',
    approvedBy: 'Aprobada por',
    approvedOn: 'Fecha de aprobación',
    required: 'Complete este campo.',
    add: 'Registrar modificación',
    added: 'La modificación se ha registrado.',
    approvedLine: 'Vigente desde el {{effectiveOn}}; aprobada por {{approvedBy}} el {{approvedOn}}.',
  },
  historyActions: {
    signatures_recorded: 'Firmas del acuerdo registradas',
    amendment_added: 'Modificación del acuerdo registrada',
  },
};
