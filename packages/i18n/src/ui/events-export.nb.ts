import type { EventsExportCatalogue } from './events-export.en';

/** Texts of an event's participant list export, norsk bokmål. */
export const eventsExportNb: EventsExportCatalogue = {
  sheet: 'Deltakere',
  fileName: 'deltakere-{{event}}',
  title: '{{event}}: {{when}}',
  dateRange: '{{from}} til {{to}}',
  toBeAnnounced: 'dato kunngjøres senere',
  cancelled: 'Avlyst',
  columns: {
    name: 'Navn',
    email: 'E-post',
    partnership: 'Partnerskap',
    municipality: 'Kommune',
    role: 'Rolle',
    note: 'Merknad',
    registeredAt: 'Påmeldt (UTC)',
  },
};
