import type { Violation } from './errors';
import { HOME_COUNTRY } from './municipality';
import { eligibleCountries, type ProgrammeConfig } from './programme';

export const PARTNERSHIP_STATUSES = ['draft', 'applied', 'active', 'completed', 'closed', 'rejected'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** Allowed status changes: a data-driven state machine. */
export const PARTNERSHIP_TRANSITIONS: Record<PartnershipStatus, readonly PartnershipStatus[]> = {
  draft: ['applied'],
  applied: ['active', 'rejected', 'draft'],
  active: ['completed'],
  completed: ['closed'],
  closed: [],
  rejected: ['draft'],
};

export function canTransition(from: PartnershipStatus, to: PartnershipStatus): boolean {
  return from === to || PARTNERSHIP_TRANSITIONS[from].includes(to);
}

export interface MunicipalityFacts {
  id: string;
  country: string;
}

/** What the rules need to judge a partnership; the same shape in the browser and on the server. */
export interface PartnershipDraft {
  title: string;
  homeMunicipality: MunicipalityFacts | null;
  partnerMunicipality: MunicipalityFacts | null;
  fundingSource: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
}

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

/** Every rule of the programme a partnership breaks; empty when it keeps them all. */
export function checkPartnership(draft: PartnershipDraft, config: ProgrammeConfig): Violation[] {
  const v: Violation[] = [];
  if (!draft.title.trim()) v.push({ code: 'VALIDATION_FAILED', field: 'title' });

  const purposes = [...new Set(draft.purposes)];
  if (purposes.length === 0) v.push({ code: 'PURPOSE_REQUIRED', field: 'purposes' });
  if (purposes.length > config.maxPurposes) {
    v.push({ code: 'PURPOSE_LIMIT_EXCEEDED', field: 'purposes', params: { max: config.maxPurposes } });
  }
  const known = new Set(config.purposes.map((p) => p.code));
  for (const p of purposes) {
    if (!known.has(p)) v.push({ code: 'PURPOSE_UNKNOWN', field: 'purposes', params: { purpose: p } });
  }

  if (!draft.homeMunicipality) v.push({ code: 'MUNICIPALITY_NOT_FOUND', field: 'homeMunicipalityId' });
  else if (draft.homeMunicipality.country.toUpperCase() !== HOME_COUNTRY) {
    v.push({ code: 'HOME_MUNICIPALITY_NOT_NORWEGIAN', field: 'homeMunicipalityId' });
  }

  if (!draft.partnerMunicipality) v.push({ code: 'MUNICIPALITY_NOT_FOUND', field: 'partnerMunicipalityId' });
  else if (draft.partnerMunicipality.country.toUpperCase() === HOME_COUNTRY) {
    v.push({ code: 'PARTNER_MUNICIPALITY_NORWEGIAN', field: 'partnerMunicipalityId' });
  } else if (!eligibleCountries(config).has(draft.partnerMunicipality.country.toUpperCase())) {
    v.push({
      code: 'PARTNER_COUNTRY_NOT_ELIGIBLE',
      field: 'partnerMunicipalityId',
      params: { country: draft.partnerMunicipality.country.toUpperCase() },
    });
  }

  if (!config.fundingSources.some((f) => f.code === draft.fundingSource)) {
    v.push({ code: 'FUNDING_SOURCE_UNKNOWN', field: 'fundingSource' });
  }

  v.push(...checkPeriod(draft.startYear, draft.endYear, config.projectYears));

  if (!config.workingLanguages.includes(draft.workingLanguage)) {
    v.push({ code: 'LANGUAGE_NOT_SUPPORTED', field: 'workingLanguage', params: { language: draft.workingLanguage } });
  }
  return v;
}

/**
 * A project runs from its start year to its end year inclusive: at least one year and at most the
 * programme's project length (three years by default).
 */
export function checkPeriod(startYear: number, endYear: number, projectYears: number): Violation[] {
  const ok =
    Number.isInteger(startYear) &&
    Number.isInteger(endYear) &&
    startYear >= MIN_YEAR &&
    endYear <= MAX_YEAR &&
    endYear >= startYear &&
    endYear - startYear + 1 <= projectYears;
  return ok ? [] : [{ code: 'PERIOD_INVALID', field: 'endYear', params: { years: projectYears } }];
}

/** The default end year of a project starting in `startYear`. */
export function defaultEndYear(startYear: number, projectYears: number): number {
  return startYear + projectYears - 1;
}
