import type { EventsExportCatalogue } from './events-export.en';

/** Texts of an event's participant list export, español. */
export const eventsExportEs: EventsExportCatalogue = {
  sheet: 'Participantes',
  fileName: 'participantes-{{event}}',
  title: '{{event}}: {{when}}',
  dateRange: 'del {{from}} al {{to}}',
  toBeAnnounced: 'fecha por anunciar',
  cancelled: 'Cancelado',
  columns: {
    name: 'Nombre',
    email: 'Correo electrónico',
    partnership: 'Asociación',
    municipality: 'Municipio',
    role: 'Rol',
    note: 'Nota',
    registeredAt: 'Inscrito el (UTC)',
  },
};
