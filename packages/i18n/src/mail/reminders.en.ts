/**
 * Texts of the deadline reminder e-mails (composed by the server in the recipient's language),
 * English: the reference. Merged into ui.en.ts under `reminderMail`; reminders.nb.ts and .es.ts must
 * have every key (the types and the catalogue test check).
 */
export const reminderMailEn = {
  subject: {
    before: 'Reminder: {{step}} {{year}} due {{date}} ({{when}})',
    overdue: 'Overdue: {{step}} {{year}} was due {{date}}',
  },
  when: {
    today: 'today',
    tomorrow: 'tomorrow',
    inDays: 'in {{days}} days',
  },
  hello: 'Hello {{name}},',
  partnership: {
    before: 'This is a reminder that "{{step}}" for funding year {{year}} in the partnership "{{partnership}}" is due on {{date}} ({{when}}).',
    overdue: '"{{step}}" for funding year {{year}} in the partnership "{{partnership}}" was due on {{date}} and has not been recorded as done.',
    why: 'You receive this reminder because you are a coordinator of the partnership on the MIC Platform. Once the programme office has recorded the deadline as met, the reminders stop.',
  },
  programme: {
    before: 'This is a reminder that the programme office\'s step "{{step}}" ({{funding}}, funding year {{year}}) is due on {{date}} ({{when}}).',
    overdue: 'The programme office\'s step "{{step}}" ({{funding}}, funding year {{year}}) was due on {{date}}.',
    why: 'You receive this reminder because you work in the programme office on the MIC Platform.',
  },
  open: 'Open the deadlines on the MIC Platform:',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReminderMailCatalogue = Widen<typeof reminderMailEn>;
