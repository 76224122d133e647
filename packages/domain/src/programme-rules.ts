import type { Violation } from './errors';
import { isCountryCode } from './countries';
import { HOME_COUNTRY } from './municipality';
import type { ProgrammeConfig } from './programme';

export const MAX_PROJECT_YEARS = 10;

/**
 * The rules a programme configuration keeps on its own: codes unique within each list, every region
 * country a real ISO 3166 code that is not the home country and that belongs to one region only.
 */
export function checkProgrammeConfig(config: ProgrammeConfig): Violation[] {
  const v: Violation[] = [];
  const invalid = (field: string) => v.push({ code: 'VALIDATION_FAILED', field });

  if (config.purposes.length === 0) invalid('purposes');
  duplicates(config.purposes.map((p) => p.code)).forEach((i) => invalid(`purposes.${i}.code`));
  duplicates(config.regions.map((r) => r.code)).forEach((i) => invalid(`regions.${i}.code`));
  duplicates(config.fundingSources.map((f) => f.code)).forEach((i) => invalid(`fundingSources.${i}.code`));
  if (config.workingLanguages.length === 0) invalid('workingLanguages');
  duplicates(config.workingLanguages).forEach((i) => invalid(`workingLanguages.${i}`));
  if (config.fundingSources.length === 0) invalid('fundingSources');

  if (!Number.isInteger(config.maxPurposes) || config.maxPurposes < 1) invalid('maxPurposes');
  if (!Number.isInteger(config.projectYears) || config.projectYears < 1 || config.projectYears > MAX_PROJECT_YEARS) invalid('projectYears');

  const seen = new Set<string>();
  config.regions.forEach((region, r) => {
    if (region.countries.length === 0) invalid(`regions.${r}.countries`);
    region.countries.forEach((country, c) => {
      if (!isCountryCode(country) || country === HOME_COUNTRY || seen.has(country)) invalid(`regions.${r}.countries.${c}`);
      seen.add(country);
    });
  });
  return v;
}

/** What the existing partnerships of a programme use of its configuration. */
export interface ProgrammeUsage {
  purposes: string[];
  partnerCountries: string[];
  fundingSources: string[];
  workingLanguages: string[];
  /** The most purposes any one partnership has. */
  mostPurposes: number;
  /** The longest project period of any partnership, in years. */
  longestPeriod: number;
}

export const NO_USAGE: ProgrammeUsage = {
  purposes: [],
  partnerCountries: [],
  fundingSources: [],
  workingLanguages: [],
  mostPurposes: 0,
  longestPeriod: 0,
};

/**
 * What a new configuration would take away from existing partnerships: a purpose, partner country,
 * funding source or working language one of them uses, or a limit below what one of them has.
 */
export function checkProgrammeAgainstUse(next: ProgrammeConfig, usage: ProgrammeUsage): Violation[] {
  const v: Violation[] = [];
  const missing = (used: string[], kept: Iterable<string>, field: string) => {
    const keep = new Set(kept);
    for (const value of [...used].sort()) if (!keep.has(value)) v.push({ code: 'IN_USE_BY_PARTNERSHIP', field, params: { value } });
  };
  missing(usage.purposes, next.purposes.map((p) => p.code), 'purposes');
  missing(usage.partnerCountries, next.regions.flatMap((r) => r.countries), 'regions');
  missing(usage.fundingSources, next.fundingSources.map((f) => f.code), 'fundingSources');
  missing(usage.workingLanguages, next.workingLanguages, 'workingLanguages');
  if (next.maxPurposes < usage.mostPurposes) {
    v.push({ code: 'LIMIT_BELOW_EXISTING', field: 'maxPurposes', params: { needed: usage.mostPurposes } });
  }
  if (next.projectYears < usage.longestPeriod) {
    v.push({ code: 'LIMIT_BELOW_EXISTING', field: 'projectYears', params: { needed: usage.longestPeriod } });
  }
  return v;
}

/** Indexes of the entries that repeat an earlier one. */
function duplicates(values: string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  values.forEach((value, i) => {
    if (seen.has(value)) out.push(i);
    seen.add(value);
  });
  return out;
}
