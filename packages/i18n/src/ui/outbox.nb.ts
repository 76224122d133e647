import type { OutboxCatalogue } from './outbox.en';

/** Interface texts of the administrator's outbox of reminders, norsk bokmål. */
export const outboxNb: OutboxCatalogue = {
  nav: 'Utboks',
  heading: 'Utboks',
  intro: 'Alle påminnelser plattformen har skrevet, de nyeste først.',
  heldExplained:
    'Påminnelser sendes på e-post når serveren har SMTP-innstillinger. Uten dem blir påminnelsene ikke sendt, men holdt tilbake her med statusen «Holdt tilbake», slik at du kan lese dem og gi dem videre.',
  filterLabel: 'Filtrer utboksen',
  allStatuses: 'Alle statuser',
  clear: 'Vis alle meldinger',
  tableCaption: 'Påminnelser i utboksen',
  showing: 'Viser {{from}}–{{to}} av {{total}}',
  empty: 'Ingen påminnelser er skrevet ennå.',
  emptyFiltered: 'Ingen påminnelser har denne statusen.',
  pagination: 'Sider i utboksen',
  recipient: 'Mottaker',
  subject: 'Emne',
  status: 'Status',
  createdAt: 'Skrevet',
  sentAt: 'Sendt',
  showText: 'Vis meldingen',
  partnership: 'Åpne partnerskapet',
  attempts_one: 'Ett forsøk',
  attempts_other: '{{count}} forsøk',
  lastError: 'Siste feil: {{error}}',
  statuses: {
    pending: 'Venter på sending',
    sending: 'Sendes nå',
    sent: 'Sendt',
    failed: 'Mislyktes',
    held: 'Holdt tilbake',
  },
};
