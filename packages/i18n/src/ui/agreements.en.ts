/**
 * Interface texts of a partnership's agreement, English: the reference. Merged into ui.en.ts under
 * `agreements`; agreements.nb.ts and agreements.es.ts must have every key (the types check).
 */
export const agreementsEn = {
  heading: 'Agreement',
  pageTitle: 'Agreement – {{title}}',
  backToPartnership: 'Back to the partnership',
  intro:
    'The partnership agreement between the two municipalities and KS, made from the programme’s template once an application is approved. Record who signed and when, and choose the signed copy: the partnership then becomes active.',
  notReady: 'The agreement can be made once an application of the partnership has been approved.',
  summary: {
    heading: 'Agreement',
    text: 'The partnership agreement, its signatures and amendments.',
    link: 'Go to the agreement',
  },
  download: {
    heading: 'Download the agreement',
    docx: 'Word document (DOCX), {{language}}',
    pdf: 'PDF, {{language}}',
  },
  signatures: {
    heading: 'Signatures',
    home: '{{name}} (home municipality)',
    partner: '{{name}} (partner municipality)',
    ks: 'KS',
    signatory: 'Name of the signatory',
    signedOn: 'Date signed',
    notSigned: 'Not signed yet',
    signedBy: 'Signed by {{name}} on {{date}}',
    bothOrNeither: 'Give both the name and the date, or leave both empty.',
    signedCopy: 'Signed copy',
    noCopy: 'No signed copy chosen yet.',
    chooseCopy: 'Choose the signed copy',
    copyHint: 'A document of the category “Partnership agreement” on the documents page.',
    noDocuments: 'No document of the category “Partnership agreement” has been uploaded yet.',
    uploadLink: 'Upload the signed copy on the documents page',
    activeHint: 'When all three parties have signed and the signed copy is chosen, the partnership becomes active.',
    save: 'Save signatures',
    saved: 'The signatures have been saved.',
  },
  amendments: {
    heading: 'Amendments',
    empty: 'No amendments have been recorded.',
    formHeading: 'Record an amendment',
    what: 'What changed',
    why: 'Why',
    effectiveOn: 'Effective from',
    approvedBy: 'Approved by',
    approvedOn: 'Approved on',
    required: 'Fill in this field.',
    add: 'Record amendment',
    added: 'The amendment has been recorded.',
    approvedLine: 'Effective from {{effectiveOn}}; approved by {{approvedBy}} on {{approvedOn}}.',
  },
  historyActions: {
    signatures_recorded: 'Agreement signatures recorded',
    amendment_added: 'Agreement amendment recorded',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type AgreementsCatalogue = Widen<typeof agreementsEn>;
