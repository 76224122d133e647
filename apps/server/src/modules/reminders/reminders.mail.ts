import { isLanguage, localize, type Language, type LocalizedText } from '@mic/domain';
import { translate } from '@mic/i18n';

/** What a deadline reminder says, in the recipient's language. */
export interface ReminderMailFacts {
  language: string;
  name: string;
  step: LocalizedText;
  fundingYear: number;
  /** ISO date of the deadline. */
  date: string;
  /** Whole days from today to the deadline (negative once it has passed). */
  daysLeft: number;
  overdue: boolean;
  /** The partnership's title; null for a programme-office step. */
  partnershipTitle: string | null;
  /** The funding source's name, for a programme-office step. */
  fundingName: LocalizedText | null;
  link: string;
}

const LOCALES: Record<Language, string> = { en: 'en-GB', nb: 'nb-NO', es: 'es-ES' };

/** A deadline, written out in the language: "15 April 2027", "15. april 2027", "15 de abril de 2027". */
export function formatDeadlineDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** The language a recipient reads: theirs when the platform has it, else English. */
export function mailLanguage(language: string): Language {
  return isLanguage(language) ? language : 'en';
}

export function reminderMail(facts: ReminderMailFacts): { subject: string; text: string } {
  const lang = mailLanguage(facts.language);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, `reminderMail.${key}`, params);
  const when = facts.daysLeft === 0 ? t('when.today') : facts.daysLeft === 1 ? t('when.tomorrow') : t('when.inDays', { days: facts.daysLeft });
  const params = {
    step: localize(facts.step, lang),
    year: facts.fundingYear,
    date: formatDeadlineDate(facts.date, lang),
    when,
    partnership: facts.partnershipTitle ?? '',
    funding: localize(facts.fundingName, lang),
  };
  const variant = facts.overdue ? 'overdue' : 'before';
  const audience = facts.partnershipTitle === null ? 'programme' : 'partnership';
  const text = [t('hello', { name: facts.name }), '', t(`${audience}.${variant}`, params), '', t('open'), facts.link, '', t(`${audience}.why`), ''].join('\n');
  return { subject: t(`subject.${variant}`, params), text };
}
