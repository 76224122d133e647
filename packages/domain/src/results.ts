import type { Violation } from './errors';
import type { LocalizedText } from './i18n-text';
import { checkWorkingLanguageText } from './indicators';

/** The fields of a result as the rules see them. */
export interface ResultFields {
  statement: LocalizedText;
  purpose: string | null;
  startDate: string | null;
  endDate: string | null;
}

/**
 * A result's own fields: a statement in the working language, a purpose (when given) that the
 * partnership addresses, and an end date not before the start date.
 */
export function checkResultFields(fields: ResultFields, ctx: { workingLanguage: string; purposes: string[] }): Violation[] {
  const v = checkWorkingLanguageText(fields.statement, ctx.workingLanguage, 'statement');
  if (fields.purpose && !ctx.purposes.includes(fields.purpose)) {
    v.push({ code: 'PURPOSE_NOT_OF_PARTNERSHIP', field: 'purpose', params: { purpose: fields.purpose } });
  }
  if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) v.push({ code: 'DATES_INVALID', field: 'endDate' });
  return v;
}
