import type { TFunction } from 'i18next';
import { checkPartnership, type MunicipalityDto, type ProgrammeConfig } from '@mic/domain';
import { violationMessages } from '../../../lib/errors';
import { FIELD_ORDER, parseYear, toDraft, type FieldName, type FormValues } from './form-state';

export type FieldMessages = Partial<Record<FieldName, string>>;

/**
 * Every rule the values break, as a translated message per field: the programme's own rules from
 * @mic/domain (the same the server enforces), plus what the form alone knows (an unreadable year).
 */
export function validate(
  t: TFunction,
  values: FormValues,
  config: ProgrammeConfig,
  home: MunicipalityDto[],
  partner: MunicipalityDto[],
): FieldMessages {
  const violations = checkPartnership(toDraft(values, home, partner), config);
  const messages = violationMessages(t, violations, { title: t('partnershipForm.titleRequired') }) as FieldMessages;
  if (!values.workingLanguage && messages.workingLanguage) messages.workingLanguage = t('partnershipForm.languageRequired');
  if (Number.isNaN(parseYear(values.startYear))) messages.startYear = t('partnershipForm.yearInvalid');
  if (Number.isNaN(parseYear(values.endYear))) messages.endYear = t('partnershipForm.yearInvalid');
  return messages;
}

/** Field paths of a server problem ("purposes.2", "endYear") → the form's field, else ''. */
export function formFieldOf(path: string): FieldName | '' {
  const head = path.split('.')[0] as FieldName;
  return FIELD_ORDER.includes(head) ? head : '';
}
