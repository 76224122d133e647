/** Turns an audit entry's before and after into the changed fields, for people to read. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'programmeId', 'userId']);

/** Fields in the order the partnership form shows them; others follow. */
const ORDER = [
  'title',
  'homeMunicipalityId',
  'partnerMunicipalityId',
  'fundingSource',
  'startYear',
  'endYear',
  'workingLanguage',
  'purposes',
  'status',
  'userName',
  'role',
];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);

export const MUNICIPALITY_FIELDS = new Set(['homeMunicipalityId', 'partnerMunicipalityId']);

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function changesOf(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    return JSON.stringify(before) === JSON.stringify(after) ? [] : [{ field: '', before, after }];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !HIDDEN.has(k));
  return keys
    .filter((k) => JSON.stringify(b?.[k]) !== JSON.stringify(a?.[k]))
    .sort((x, y) => rank(x) - rank(y))
    .map((k) => ({ field: k, before: b?.[k], after: a?.[k] }));
}
