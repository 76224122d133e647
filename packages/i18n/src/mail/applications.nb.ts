import type { ApplicationMailCatalogue } from './applications.en';

/** Texts of the e-mails about returned and decided applications, norsk bokmål. */
export const applicationMailNb: ApplicationMailCatalogue = {
  subject: {
    returned: 'Søknaden for {{year}} er sendt tilbake for endringer: {{partnership}}',
    approved: 'Søknaden for {{year}} er innvilget: {{partnership}}',
    rejected: 'Søknaden for {{year}} er avslått: {{partnership}}',
  },
  hello: 'Hei {{name}},',
  body: {
    returned: 'Programkontoret har sendt søknaden for tilskuddsåret {{year}} i partnerskapet «{{partnership}}» tilbake for endringer. Gjør endringene og send søknaden inn på nytt.',
    approved: 'Programkontoret har innvilget søknaden for tilskuddsåret {{year}} i partnerskapet «{{partnership}}». Innvilget i alt: NOK {{granted}}.',
    rejected: 'Programkontoret har avslått søknaden for tilskuddsåret {{year}} i partnerskapet «{{partnership}}».',
  },
  message: 'Melding fra programkontoret:',
  open: 'Åpne søknaden på MIC-plattformen:',
  why: 'Du får denne e-posten fordi du er koordinator for partnerskapet på MIC-plattformen.',
};
