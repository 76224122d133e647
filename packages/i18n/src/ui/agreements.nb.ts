import type { AgreementsCatalogue } from './agreements.en';

/** Interface texts of a partnership's agreement, norsk bokmål. */
export const agreementsNb: AgreementsCatalogue = {
  heading: 'Avtale',
  pageTitle: 'Avtale – {{title}}',
  backToPartnership: 'Tilbake til partnerskapet',
  intro:
    'Samarbeidsavtalen mellom de to kommunene og KS, laget fra programmets mal når en søknad er innvilget. Registrer hvem som signerte og når, og velg den signerte kopien: da blir partnerskapet aktivt.',
  notReady: 'Avtalen kan lages når en søknad fra partnerskapet er innvilget.',
  summary: {
    heading: 'Avtale',
    text: 'Samarbeidsavtalen, underskriftene og endringene.',
    link: 'Gå til avtalen',
  },
  download: {
    heading: 'Last ned avtalen',
    docx: 'Word-dokument (DOCX), {{language}}',
    pdf: 'PDF, {{language}}',
  },
  signatures: {
    heading: 'Underskrifter',
    home: '{{name}} (norsk kommune)',
    partner: '{{name}} (partnerkommune)',
    ks: 'KS',
    signatory: 'Navn på den som signerte',
    signedOn: 'Dato signert',
    notSigned: 'Ikke signert ennå',
    signedBy: 'Signert av {{name}} {{date}}',
    bothOrNeither: 'Fyll inn både navn og dato, eller la begge stå tomme.',
    signedCopy: 'Signert kopi',
    noCopy: 'Ingen signert kopi er valgt ennå.',
    chooseCopy: 'Velg den signerte kopien',
    copyHint: 'Et dokument i kategorien «Samarbeidsavtale» på dokumentsiden.',
    noDocuments: 'Ingen dokumenter i kategorien «Samarbeidsavtale» er lastet opp ennå.',
    uploadLink: 'Last opp den signerte kopien på dokumentsiden',
    activeHint: 'Når alle tre parter har signert og den signerte kopien er valgt, blir partnerskapet aktivt.',
    save: 'Lagre underskrifter',
    saved: 'Underskriftene er lagret.',
  },
  amendments: {
    heading: 'Endringer',
    empty: 'Ingen endringer er registrert.',
    formHeading: 'Registrer en endring',
    what: 'Hva som er endret',
    why: 'Hvorfor',
    effectiveOn: 'Gjelder fra',
    approvedBy: 'Godkjent av',
    approvedOn: 'Godkjent dato',
    required: 'Fyll ut dette feltet.',
    add: 'Registrer endring',
    added: 'Endringen er registrert.',
    approvedLine: 'Gjelder fra {{effectiveOn}}; godkjent av {{approvedBy}} {{approvedOn}}.',
  },
  historyActions: {
    signatures_recorded: 'Underskrifter på avtalen registrert',
    amendment_added: 'Endring i avtalen registrert',
  },
};
