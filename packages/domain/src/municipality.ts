/** Home municipalities are Norwegian; every other municipality is a (possible) partner. */
export const HOME_COUNTRY = 'NO';

export type MunicipalityKind = 'home' | 'partner';

export function municipalityKind(country: string): MunicipalityKind {
  return country.toUpperCase() === HOME_COUNTRY ? 'home' : 'partner';
}

/** Drops the spaces people type into organisation numbers ("971 032 146"). */
export function normaliseOrgNumber(value: string): string {
  return value.replace(/[\s.]/g, '');
}

const ORG_NUMBER_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/**
 * A Norwegian organisation number (Enhetsregisteret): nine digits, the last a modulus-11 check digit
 * over the first eight with weights 3 2 7 6 5 4 3 2.
 */
export function isNorwegianOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = ORG_NUMBER_WEIGHTS.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const rest = sum % 11;
  const check = rest === 0 ? 0 : 11 - rest;
  return check !== 10 && check === digits[8];
}
