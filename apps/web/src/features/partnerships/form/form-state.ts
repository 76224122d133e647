import { defaultEndYear, type MunicipalityDto, type PartnershipDetailDto, type PartnershipDraft } from '@mic/domain';
import type { PartnershipInput } from '../api';

/** What the form holds: text as typed, so a half-typed year is not lost. */
export interface FormValues {
  title: string;
  homeMunicipalityId: string;
  partnerMunicipalityId: string;
  fundingSource: string;
  startYear: string;
  endYear: string;
  workingLanguage: string;
  purposes: string[];
}

export type FieldName = keyof FormValues;

/** Field → the id of the control an error links to (purposes: see purposeId). */
export const FIELD_IDS: Record<Exclude<FieldName, 'purposes'>, string> = {
  title: 'pf-title',
  homeMunicipalityId: 'pf-home',
  partnerMunicipalityId: 'pf-partner',
  fundingSource: 'pf-funding',
  startYear: 'pf-start',
  endYear: 'pf-end',
  workingLanguage: 'pf-language',
};

export const FIELD_ORDER: FieldName[] = [
  'title',
  'homeMunicipalityId',
  'partnerMunicipalityId',
  'fundingSource',
  'startYear',
  'endYear',
  'workingLanguage',
  'purposes',
];

export const purposeId = (code: string) => `pf-purpose-${code}`;

export function newValues(projectYears: number, fundingSource = ''): FormValues {
  const start = new Date().getFullYear() + 1;
  return {
    title: '',
    homeMunicipalityId: '',
    partnerMunicipalityId: '',
    fundingSource,
    startYear: String(start),
    endYear: String(defaultEndYear(start, projectYears)),
    workingLanguage: '',
    purposes: [],
  };
}

export function valuesOf(p: PartnershipDetailDto): FormValues {
  return {
    title: p.title,
    homeMunicipalityId: p.homeMunicipality.id,
    partnerMunicipalityId: p.partnerMunicipality.id,
    fundingSource: p.fundingSource,
    startYear: String(p.startYear),
    endYear: String(p.endYear),
    workingLanguage: p.workingLanguage,
    purposes: [...p.purposes],
  };
}

/** A four-digit year, or NaN. */
export function parseYear(text: string): number {
  return /^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN;
}

export function toDraft(v: FormValues, home: MunicipalityDto[], partner: MunicipalityDto[]): PartnershipDraft {
  const facts = (list: MunicipalityDto[], id: string) => {
    const m = list.find((x) => x.id === id);
    return m ? { id: m.id, country: m.country } : null;
  };
  return {
    title: v.title,
    homeMunicipality: facts(home, v.homeMunicipalityId),
    partnerMunicipality: facts(partner, v.partnerMunicipalityId),
    fundingSource: v.fundingSource,
    startYear: parseYear(v.startYear),
    endYear: parseYear(v.endYear),
    workingLanguage: v.workingLanguage,
    purposes: v.purposes,
  };
}

export function toInput(v: FormValues): PartnershipInput {
  return {
    title: v.title.trim(),
    homeMunicipalityId: v.homeMunicipalityId,
    partnerMunicipalityId: v.partnerMunicipalityId,
    fundingSource: v.fundingSource,
    startYear: parseYear(v.startYear),
    endYear: parseYear(v.endYear),
    workingLanguage: v.workingLanguage,
    purposes: v.purposes,
  };
}
