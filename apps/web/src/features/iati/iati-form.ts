import type { IatiSettings } from '@mic/domain';

/** The IATI OrganisationType codes a reporting organisation can have (codelist OrganisationType, 2.03). */
export const ORGANISATION_TYPES = ['10', '11', '15', '21', '22', '23', '24', '30', '40', '60', '70', '71', '72', '73', '80', '90'] as const;

export interface IatiFormValues {
  reportingOrgRef: string;
  reportingOrgType: string;
  nameEn: string;
  nameNb: string;
  /** Per purpose code: the DAC codes as typed, separated by commas. */
  sectors: Record<string, string>;
}

export type IatiProblem = 'required' | 'refInvalid' | 'typeInvalid' | 'sectorsInvalid';
export type IatiField = 'reportingOrgRef' | 'reportingOrgType' | 'nameEn' | 'nameNb' | `sectors.${string}`;

export function toFormValues(s: IatiSettings, purposeCodes: string[]): IatiFormValues {
  const sectors: Record<string, string> = {};
  for (const code of purposeCodes) sectors[code] = (s.sectorsByPurpose[code] ?? []).join(', ');
  return { reportingOrgRef: s.reportingOrgRef, reportingOrgType: s.reportingOrgType, nameEn: s.reportingOrgName.en ?? '', nameNb: s.reportingOrgName.nb ?? '', sectors };
}

/** "15185, 41010" → the codes; empty for an empty field; null when any part is not five digits. */
export function parseSectors(text: string): string[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every((p) => /^\d{5}$/.test(p)) || parts.length > 10) return null;
  // The same code twice would split the activity's percentage for nothing.
  return [...new Set(parts)];
}

/** What is wrong with the values, per field (nothing when they can be saved). */
export function checkIatiForm(v: IatiFormValues): Partial<Record<IatiField, IatiProblem>> {
  const problems: Partial<Record<IatiField, IatiProblem>> = {};
  const ref = v.reportingOrgRef.trim();
  if (!ref) problems.reportingOrgRef = 'required';
  // An organisation identifier is the registration agency's prefix (country and agency) and the number, as the server checks.
  else if (!/^[A-Za-z]{2}-[A-Za-z0-9]+-[A-Za-z0-9._-]+$/.test(ref) || ref.length > 100) problems.reportingOrgRef = 'refInvalid';
  if (!(ORGANISATION_TYPES as readonly string[]).includes(v.reportingOrgType)) problems.reportingOrgType = 'typeInvalid';
  if (!v.nameEn.trim()) problems.nameEn = 'required';
  for (const [code, text] of Object.entries(v.sectors)) {
    if (parseSectors(text) === null) problems[`sectors.${code}`] = 'sectorsInvalid';
  }
  return problems;
}

/** The settings to save; other languages of the name and sectors of purposes no longer in the programme are kept. */
export function toSettings(v: IatiFormValues, before: IatiSettings): IatiSettings {
  const sectorsByPurpose: Record<string, string[]> = { ...before.sectorsByPurpose };
  for (const [code, text] of Object.entries(v.sectors)) {
    const codes = parseSectors(text) ?? [];
    // A purpose without sectors is left out: the check then says which partnerships it leaves without a sector.
    if (codes.length > 0) sectorsByPurpose[code] = codes;
    else delete sectorsByPurpose[code];
  }
  const reportingOrgName: IatiSettings['reportingOrgName'] = { ...before.reportingOrgName, en: v.nameEn.trim() };
  if (v.nameNb.trim()) reportingOrgName.nb = v.nameNb.trim();
  else delete reportingOrgName.nb;
  return { reportingOrgRef: v.reportingOrgRef.trim(), reportingOrgType: v.reportingOrgType, reportingOrgName, sectorsByPurpose };
}
