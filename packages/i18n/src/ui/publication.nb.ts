import type { PublicationCatalogue } from './publication.en';

/** Interface texts of a partnership's publication settings, norsk bokmål. */
export const publicationNb: PublicationCatalogue = {
  heading: 'Offentlig side',
  back: 'Tilbake til partnerskapet',
  status: {
    heading: 'Er partnerskapet offentlig?',
    public: 'Partnerskapet er aktivt eller fullført, så det vises i den offentlige portalen, i de åpne dataene og i IATI-filen.',
    notPublic: 'Partnerskapet er ikke offentlig: bare aktive og fullførte partnerskap vises for offentligheten.',
    openPublicPage: 'Åpne partnerskapets offentlige side',
  },
  hidden: {
    heading: 'Hva offentligheten ser',
    intro: 'Alt som er klart for offentligheten, vises: godkjente resultater, godkjente rapporter, faste tilskudd og utbetalte rater. Hold tilbake en del for å utelate den fra den offentlige siden, de åpne dataene og IATI-filen.',
    legend: 'Hold tilbake',
    legendHint: 'En avkrysset del publiseres ikke.',
    save: 'Lagre hva som holdes tilbake',
    saved: 'Lagret. Den offentlige siden viser endringen innen noen minutter.',
    reload: 'Vis de nyeste innstillingene',
    noneHeld: 'Ingenting holdes tilbake.',
    held: 'Holdes tilbake: {{parts}}.',
  },
  fields: {
    budget: 'Budsjett',
    payments: 'Utbetalinger',
    results: 'Resultater',
    reports: 'Rapportsammendrag',
    gains: 'Synlige gevinster',
  },
  fieldHints: {
    budget: 'Arbeidsplanenes budsjett og tilskuddene per år.',
    payments: 'De utbetalte ratene per år.',
    results: 'Resultatrammeverket med godkjente indikatorverdier.',
    reports: 'Erfaringer og læring fra de godkjente årsrapportene, og forbruket deres.',
    gains: 'De synlige gevinstene for begge kommunene fra de godkjente rapportene.',
  },
  documents: {
    heading: 'Publiserte dokumenter',
    intro: 'Et dokument er offentlig bare når du publiserer det; offentligheten får alltid den nyeste versjonen.',
    empty: 'Partnerskapet har ingen dokumenter ennå.',
    goToDocuments: 'Gå til partnerskapets dokumenter',
    caption: 'Partnerskapets dokumenter og om hvert av dem er publisert',
    fileName: 'Dokument',
    category: 'Kategori',
    public: 'På den offentlige siden',
    switch: 'Publisert',
    yes: 'Publisert',
    no: 'Ikke publisert',
    published: '{{fileName}} er nå publisert.',
    unpublished: '{{fileName}} er ikke lenger publisert.',
  },
  links: {
    heading: 'Offentlig side',
    settings: 'Velg hva offentligheten ser',
    publicPage: 'Åpne den offentlige siden',
  },
};
