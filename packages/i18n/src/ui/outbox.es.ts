import type { OutboxCatalogue } from './outbox.en';

/** Interface texts of the administrator's outbox of reminders, español. */
export const outboxEs: OutboxCatalogue = {
  nav: 'Bandeja de salida',
  heading: 'Bandeja de salida',
  intro: 'Todos los recordatorios que ha escrito la plataforma, los más recientes primero.',
  heldExplained:
    'Los recordatorios se envían por correo electrónico cuando el servidor tiene una configuración SMTP. Sin ella, los recordatorios no se envían, sino que se guardan aquí con el estado «Retenido», para que pueda leerlos y transmitirlos.',
  filterLabel: 'Filtrar la bandeja de salida',
  allStatuses: 'Todos los estados',
  clear: 'Mostrar todos los mensajes',
  tableCaption: 'Recordatorios en la bandeja de salida',
  showing: 'Mostrando {{from}}–{{to}} de {{total}}',
  empty: 'Todavía no se ha escrito ningún recordatorio.',
  emptyFiltered: 'Ningún recordatorio tiene este estado.',
  pagination: 'Páginas de la bandeja de salida',
  recipient: 'Destinatario',
  subject: 'Asunto',
  status: 'Estado',
  createdAt: 'Escrito',
  sentAt: 'Enviado',
  showText: 'Mostrar el mensaje',
  partnership: 'Abrir la asociación',
  attempts_one: 'Un intento',
  attempts_other: '{{count}} intentos',
  lastError: 'Último error: {{error}}',
  statuses: {
    pending: 'Pendiente de envío',
    sending: 'Enviándose',
    sent: 'Enviado',
    failed: 'Fallido',
    held: 'Retenido',
  },
};
