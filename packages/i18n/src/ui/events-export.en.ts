/**
 * Texts of an event's participant list export (XLSX, written by the server), English: the
 * reference. Merged into ui.en.ts under `eventsExport`; events-export.nb.ts and .es.ts must have
 * every key (the types check). Roles come from `roles`.
 */
export const eventsExportEn = {
  sheet: 'Participants',
  fileName: 'participants-{{event}}',
  title: '{{event}}: {{when}}',
  dateRange: '{{from}} to {{to}}',
  toBeAnnounced: 'date to be announced',
  cancelled: 'Cancelled',
  columns: {
    name: 'Name',
    email: 'E-mail',
    partnership: 'Partnership',
    municipality: 'Municipality',
    role: 'Role',
    note: 'Note',
    registeredAt: 'Registered at (UTC)',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type EventsExportCatalogue = Widen<typeof eventsExportEn>;
