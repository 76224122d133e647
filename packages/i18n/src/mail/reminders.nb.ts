import type { ReminderMailCatalogue } from './reminders.en';

/** Texts of the deadline reminder e-mails, norsk bokmål. */
export const reminderMailNb: ReminderMailCatalogue = {
  subject: {
    before: 'Påminnelse: {{step}} {{year}} – frist {{date}} ({{when}})',
    overdue: 'Fristen er passert: {{step}} {{year}} skulle vært levert {{date}}',
  },
  when: {
    today: 'i dag',
    tomorrow: 'i morgen',
    inDays: 'om {{days}} dager',
  },
  hello: 'Hei {{name}},',
  partnership: {
    before: 'Dette er en påminnelse om at fristen for «{{step}}» for tilskuddsåret {{year}} i partnerskapet «{{partnership}}» er {{date}} ({{when}}).',
    overdue: 'Fristen for «{{step}}» for tilskuddsåret {{year}} i partnerskapet «{{partnership}}» var {{date}}, og det er ikke registrert som gjort.',
    why: 'Du får denne påminnelsen fordi du er koordinator for partnerskapet på MIC-plattformen. Når programkontoret har registrert fristen som overholdt, stopper påminnelsene.',
  },
  programme: {
    before: 'Dette er en påminnelse om at fristen for programkontorets steg «{{step}}» ({{funding}}, tilskuddsåret {{year}}) er {{date}} ({{when}}).',
    overdue: 'Fristen for programkontorets steg «{{step}}» ({{funding}}, tilskuddsåret {{year}}) var {{date}}.',
    why: 'Du får denne påminnelsen fordi du arbeider i programkontoret på MIC-plattformen.',
  },
  open: 'Se fristene på MIC-plattformen:',
};
