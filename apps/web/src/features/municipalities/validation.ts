import type { TFunction } from 'i18next';
import { HOME_COUNTRY, isNorwegianOrgNumber, normaliseOrgNumber, type MunicipalityDto } from '@mic/domain';

/** What the form holds, as typed. */
export interface MunicipalityValues {
  name: string;
  country: string;
  orgNumber: string;
}

export type MunicipalityField = keyof MunicipalityValues;
export type MunicipalityMessages = Partial<Record<MunicipalityField, string>>;

/** The order of the fields on the form (and so of the error summary). */
export const MUNICIPALITY_FIELDS: MunicipalityField[] = ['name', 'country', 'orgNumber'];

/** Field → the id of its control, which the error summary links to. */
export const MUNICIPALITY_FIELD_IDS: Record<MunicipalityField, string> = {
  name: 'mf-name',
  country: 'mf-country',
  orgNumber: 'mf-org-number',
};

/** The server's limits (municipalities.contract.ts). */
export const NAME_MAX = 200;
export const ORG_NUMBER_MAX = 64;

export const EMPTY_MUNICIPALITY: MunicipalityValues = { name: '', country: '', orgNumber: '' };

export function valuesOfMunicipality(m: MunicipalityDto): MunicipalityValues {
  return { name: m.name, country: m.country, orgNumber: m.orgNumber ?? '' };
}

/**
 * Every rule the values break, as a translated message per field. A Norwegian organisation number
 * is checked with the domain's own check (the one the server uses); spaces and dots are allowed.
 */
export function validateMunicipality(t: TFunction, v: MunicipalityValues): MunicipalityMessages {
  const messages: MunicipalityMessages = {};
  const name = v.name.trim();
  const orgNumber = v.orgNumber.trim();
  if (!name) messages.name = t('municipalities.form.nameRequired');
  else if (name.length > NAME_MAX) messages.name = t('municipalities.form.tooLong', { max: NAME_MAX });
  if (!v.country) messages.country = t('municipalities.form.countryRequired');
  if (orgNumber.length > ORG_NUMBER_MAX) messages.orgNumber = t('municipalities.form.tooLong', { max: ORG_NUMBER_MAX });
  else if (orgNumber && v.country === HOME_COUNTRY && !isNorwegianOrgNumber(normaliseOrgNumber(orgNumber))) {
    messages.orgNumber = t('errors.ORG_NUMBER_INVALID');
  }
  return messages;
}

/** Typed far enough to judge: nine characters or more, or one that no organisation number has. */
export function orgNumberTyped(value: string): boolean {
  const v = value.trim();
  return normaliseOrgNumber(v).length >= 9 || /[^\d\s.]/.test(v);
}

/** The request body: trimmed, and no organisation number as null. */
export function toMunicipalityInput(v: MunicipalityValues) {
  return { name: v.name.trim(), country: v.country, orgNumber: v.orgNumber.trim() || null };
}
export type MunicipalityInput = ReturnType<typeof toMunicipalityInput>;

/** A server problem's field path ("name", "orgNumber") → the form's field, else ''. */
export function municipalityFieldOf(path: string): MunicipalityField | '' {
  const head = path.split('.')[0] as MunicipalityField;
  return MUNICIPALITY_FIELDS.includes(head) ? head : '';
}
