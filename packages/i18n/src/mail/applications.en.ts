/**
 * Texts of the e-mails that tell the applicants of a return or a decision on their application
 * (composed by the server in the recipient's language), English: the reference. Merged into
 * ui.en.ts under `applicationMail`; applications.nb.ts and .es.ts must have every key.
 */
export const applicationMailEn = {
  subject: {
    returned: 'Application {{year}} returned for changes: {{partnership}}',
    approved: 'Application {{year}} approved: {{partnership}}',
    rejected: 'Application {{year}} rejected: {{partnership}}',
  },
  hello: 'Hello {{name}},',
  body: {
    returned: 'The programme office has returned the application for funding year {{year}} of the partnership "{{partnership}}" for changes. Please make them and submit the application again.',
    approved: 'The programme office has approved the application for funding year {{year}} of the partnership "{{partnership}}". Granted in all: NOK {{granted}}.',
    rejected: 'The programme office has rejected the application for funding year {{year}} of the partnership "{{partnership}}".',
  },
  message: 'Message from the programme office:',
  open: 'Open the application on the MIC Platform:',
  why: 'You receive this e-mail because you are a coordinator of the partnership on the MIC Platform.',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ApplicationMailCatalogue = Widen<typeof applicationMailEn>;
