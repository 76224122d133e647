/** Interface texts of a partnership's publication settings (/partnerships/:id/publication), English: the reference. Merged into ui.en.ts under `publication`. */
export const publicationEn = {
  heading: 'Public page',
  back: 'Back to the partnership',
  status: {
    heading: 'Is the partnership public?',
    public: 'The partnership is active or completed, so it is on the public portal, in the open data and in the IATI file.',
    notPublic: 'The partnership is not public: only active and completed partnerships are shown to the public.',
    openPublicPage: 'Open the partnership’s public page',
  },
  hidden: {
    heading: 'What the public sees',
    intro: 'Everything that is ready for the public is shown: approved results, accepted reports, firm grants and paid instalments. Hold back a part to leave it out of the public page, the open data and the IATI file.',
    legend: 'Hold back',
    legendHint: 'A checked part is not published.',
    save: 'Save what is held back',
    saved: 'Saved. The public page shows the change within a few minutes.',
    reload: 'Show the latest settings',
    noneHeld: 'Nothing is held back.',
    held: 'Held back: {{parts}}.',
  },
  fields: {
    budget: 'Budget',
    payments: 'Payments',
    results: 'Results',
    reports: 'Report summaries',
    gains: 'Visible gains',
  },
  fieldHints: {
    budget: 'The work plans’ budget and the grants per year.',
    payments: 'The paid instalments per year.',
    results: 'The results framework with its approved indicator values.',
    reports: 'Lessons and learning from the accepted annual reports, and their expenditure.',
    gains: 'The visible gains for both municipalities from the accepted reports.',
  },
  documents: {
    heading: 'Published documents',
    intro: 'A document is public only when you publish it; the public always gets its latest version.',
    empty: 'The partnership has no documents yet.',
    goToDocuments: 'Go to the partnership’s documents',
    caption: 'The partnership’s documents and whether each is published',
    fileName: 'Document',
    category: 'Category',
    public: 'On the public page',
    switch: 'Published',
    yes: 'Published',
    no: 'Not published',
    published: '{{fileName}} is now published.',
    unpublished: '{{fileName}} is no longer published.',
  },
  links: {
    heading: 'Public page',
    settings: 'Choose what the public sees',
    publicPage: 'Open the public page',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PublicationCatalogue = Widen<typeof publicationEn>;
