/**
 * Interface texts of the administrator's outbox of reminders, English: the reference. Merged into
 * ui.en.ts under `outbox`; outbox.nb.ts and outbox.es.ts must have every key (the types check).
 */
export const outboxEn = {
  nav: 'Outbox',
  heading: 'Outbox',
  intro: 'Every reminder the platform has written, newest first.',
  heldExplained:
    'Reminders are sent by e-mail when the server has SMTP settings. Without them, reminders are not sent but kept here with the status “Held”, so that you can read them and pass them on.',
  filterLabel: 'Filter the outbox',
  allStatuses: 'All statuses',
  clear: 'Show all messages',
  tableCaption: 'Reminders in the outbox',
  showing: 'Showing {{from}}–{{to}} of {{total}}',
  empty: 'No reminders have been written yet.',
  emptyFiltered: 'No reminders have this status.',
  pagination: 'Pages of the outbox',
  recipient: 'Recipient',
  subject: 'Subject',
  status: 'Status',
  createdAt: 'Written',
  sentAt: 'Sent',
  showText: 'Show the message',
  partnership: 'Open the partnership',
  attempts_one: 'One attempt',
  attempts_other: '{{count}} attempts',
  lastError: 'Last error: {{error}}',
  statuses: {
    pending: 'Waiting to be sent',
    sending: 'Being sent',
    sent: 'Sent',
    failed: 'Failed',
    held: 'Held',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type OutboxCatalogue = Widen<typeof outboxEn>;
