import type { TFunction } from 'i18next';
import { LANGUAGES, type LocalizedText, type ProgrammeDto } from '@mic/domain';
import type { ProgrammeInput } from './programme-api';

export type Texts = Record<(typeof LANGUAGES)[number], string>;

export interface PurposeRow { key: string; code: string; name: Texts }
export interface RegionRow { key: string; code: string; name: Texts; countries: string }
export interface FundingRow { key: string; code: string; name: Texts; iatiOrgId: string }

/** The settings form's values: as typed, lists as comma-separated text. */
export interface ProgrammeFormValues {
  code: string;
  name: Texts;
  goal: Texts;
  maxPurposes: string;
  projectYears: string;
  workingLanguages: string;
  purposes: PurposeRow[];
  regions: RegionRow[];
  fundingSources: FundingRow[];
}

let keySeq = 0;
export const newKey = () => `row-${++keySeq}`;

export const emptyTexts = (): Texts => ({ en: '', nb: '', es: '' });
const texts = (t: LocalizedText): Texts => ({ en: t.en ?? '', nb: t.nb ?? '', es: t.es ?? '' });
const localized = (t: Texts): LocalizedText =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.trim()]).filter(([, v]) => v));
const list = (text: string) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

export function formValuesOf(p: ProgrammeDto): ProgrammeFormValues {
  return {
    code: p.code,
    name: texts(p.name),
    goal: texts(p.goal),
    maxPurposes: String(p.maxPurposes),
    projectYears: String(p.projectYears),
    workingLanguages: p.workingLanguages.join(', '),
    purposes: p.purposes.map((x) => ({ key: newKey(), code: x.code, name: texts(x.name) })),
    regions: p.regions.map((x) => ({ key: newKey(), code: x.code, name: texts(x.name), countries: x.countries.join(', ') })),
    fundingSources: p.fundingSources.map((x) => ({ key: newKey(), code: x.code, name: texts(x.name), iatiOrgId: x.iatiOrgId ?? '' })),
  };
}

/** The body of PUT /api/programme: the values, and the version the form was loaded at. */
export function toProgrammeInput(v: ProgrammeFormValues, version: number): ProgrammeInput {
  return {
    version,
    code: v.code,
    name: localized(v.name),
    goal: localized(v.goal),
    maxPurposes: Number(v.maxPurposes),
    projectYears: Number(v.projectYears),
    workingLanguages: list(v.workingLanguages).map((s) => s.toLowerCase()),
    purposes: v.purposes.map((x) => ({ code: x.code.trim(), name: localized(x.name) })),
    regions: v.regions.map((x) => ({ code: x.code.trim(), name: localized(x.name), countries: list(x.countries).map((c) => c.toUpperCase()) })),
    fundingSources: v.fundingSources.map((x) => ({ code: x.code.trim(), name: localized(x.name), iatiOrgId: x.iatiOrgId.trim() || null })),
  };
}

/** The id of the control for a field path ("purposes.1.name.en" → "ps-purposes-1-name-en"). */
export const controlId = (path: string) => `ps-${path.replace(/\./g, '-')}`;

/** A server field path → the nearest control that exists on the page. */
export function nearestControl(path: string): string | undefined {
  const parts = path.split('.').filter(Boolean);
  while (parts.length) {
    const id = controlId(parts.join('.'));
    if (document.getElementById(id)) return id;
    parts.pop();
  }
  return undefined;
}

/** What the form can tell before asking the server; path → message. */
export function validateProgramme(t: TFunction, v: ProgrammeFormValues): Record<string, string> {
  const e: Record<string, string> = {};
  const positive = (s: string) => /^\d+$/.test(s.trim()) && Number(s) >= 1;
  if (!v.name.en.trim()) e['name.en'] = t('programmeForm.englishRequired');
  if (!v.goal.en.trim()) e['goal.en'] = t('programmeForm.englishRequired');
  if (!positive(v.maxPurposes)) e.maxPurposes = t('programmeForm.positiveNumber');
  else if (Number(v.maxPurposes) > v.purposes.length) e.maxPurposes = t('programmeForm.maxPurposesTooHigh', { purposes: v.purposes.length });
  if (!positive(v.projectYears)) e.projectYears = t('programmeForm.positiveNumber');
  const langs = list(v.workingLanguages);
  if (langs.length === 0) e.workingLanguages = t('programmeForm.languagesRequired');
  else if (langs.some((l) => !/^[a-z]{2,3}$/i.test(l))) e.workingLanguages = t('programmeForm.languagesInvalid');
  const rows: [string, { code: string; name: Texts }[]][] = [
    ['purposes', v.purposes],
    ['regions', v.regions],
    ['fundingSources', v.fundingSources],
  ];
  for (const [listName, items] of rows) {
    if (items.length === 0) e[listName] = t('programmeForm.listRequired');
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const code = item.code.trim();
      if (!/^[a-z0-9][a-z0-9-]*$/i.test(code)) e[`${listName}.${i}.code`] = t('programmeForm.codeInvalid');
      else if (seen.has(code)) e[`${listName}.${i}.code`] = t('programmeForm.codeDuplicate');
      seen.add(code);
      if (!item.name.en.trim()) e[`${listName}.${i}.name.en`] = t('programmeForm.englishRequired');
    });
  }
  v.regions.forEach((r, i) => {
    const countries = list(r.countries);
    if (countries.length === 0 || countries.some((c) => !/^[a-z]{2}$/i.test(c))) e[`regions.${i}.countries`] = t('programmeForm.countriesInvalid');
  });
  return e;
}
