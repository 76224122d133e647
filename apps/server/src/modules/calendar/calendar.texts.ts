import type { Language } from '@mic/domain';

/** What the calendar entries say, in the reader's language. */
export interface CalendarTexts {
  feedName: string;
  partnershipCalendar: (title: string) => string;
  fundingYear: (year: number) => string;
  funding: (name: string) => string;
  partnership: (title: string) => string;
  forPartnerships: string;
  forOffice: string;
  metOn: (date: string) => string;
  online: (url: string) => string;
}

export const CALENDAR_TEXTS: Record<Language, CalendarTexts> = {
  en: {
    feedName: 'MIC Platform: deadlines and events',
    partnershipCalendar: (title) => `Deadlines – ${title}`,
    fundingYear: (year) => `funding year ${year}`,
    funding: (name) => `Funding: ${name}`,
    partnership: (title) => `Partnership: ${title}`,
    forPartnerships: 'To be done by every partnership with this funding.',
    forOffice: 'To be done by the programme office.',
    metOn: (date) => `Recorded as met on ${date}.`,
    online: (url) => `Online: ${url}`,
  },
  nb: {
    feedName: 'MIC-plattformen: frister og arrangementer',
    partnershipCalendar: (title) => `Frister – ${title}`,
    fundingYear: (year) => `tilskuddsåret ${year}`,
    funding: (name) => `Finansiering: ${name}`,
    partnership: (title) => `Partnerskap: ${title}`,
    forPartnerships: 'Gjelder alle partnerskap med denne finansieringen.',
    forOffice: 'Gjøres av programkontoret.',
    metOn: (date) => `Registrert som oppfylt ${date}.`,
    online: (url) => `Nettbasert: ${url}`,
  },
  es: {
    feedName: 'Plataforma MIC: plazos y eventos',
    partnershipCalendar: (title) => `Plazos – ${title}`,
    fundingYear: (year) => `año de financiación ${year}`,
    funding: (name) => `Financiación: ${name}`,
    partnership: (title) => `Asociación: ${title}`,
    forPartnerships: 'Corresponde a todas las asociaciones con esta financiación.',
    forOffice: 'Corresponde a la oficina del programa.',
    metOn: (date) => `Registrado como cumplido el ${date}.`,
    online: (url) => `En línea: ${url}`,
  },
};
