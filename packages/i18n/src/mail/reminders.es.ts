import type { ReminderMailCatalogue } from './reminders.en';

/** Texts of the deadline reminder e-mails, Spanish. */
export const reminderMailEs: ReminderMailCatalogue = {
  subject: {
    before: 'Recordatorio: {{step}} {{year}}, vence el {{date}} ({{when}})',
    overdue: 'Plazo vencido: {{step}} {{year}}, vencía el {{date}}',
  },
  when: {
    today: 'hoy',
    tomorrow: 'mañana',
    inDays: 'dentro de {{days}} días',
  },
  hello: 'Hola, {{name}}:',
  partnership: {
    before: 'Le recordamos que el plazo de «{{step}}» del año de financiación {{year}} en la asociación «{{partnership}}» vence el {{date}} ({{when}}).',
    overdue: 'El plazo de «{{step}}» del año de financiación {{year}} en la asociación «{{partnership}}» venció el {{date}} y no consta como cumplido.',
    why: 'Recibe este recordatorio porque es coordinador/a de la asociación en la Plataforma MIC. Cuando la oficina del programa registre el plazo como cumplido, los recordatorios se detendrán.',
  },
  programme: {
    before: 'Le recordamos que el plazo del paso de la oficina del programa «{{step}}» ({{funding}}, año de financiación {{year}}) vence el {{date}} ({{when}}).',
    overdue: 'El plazo del paso de la oficina del programa «{{step}}» ({{funding}}, año de financiación {{year}}) venció el {{date}}.',
    why: 'Recibe este recordatorio porque trabaja en la oficina del programa en la Plataforma MIC.',
  },
  open: 'Consulte los plazos en la Plataforma MIC:',
};
