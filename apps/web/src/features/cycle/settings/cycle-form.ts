import type { TFunction } from 'i18next';
import {
  LANGUAGES,
  checkProgrammeCycle,
  type CycleAudience,
  type CycleRecurrence,
  type CycleStepKind,
  type Language,
  type ProgrammeCycle,
  type ProgrammeCycleDto,
} from '@mic/domain';
import { violationMessages } from '../../../lib/errors';

/** One step as the form holds it: numbers as typed, so a half-typed day is not lost. */
export interface StepValues {
  /** Stable React key; not sent. */
  key: string;
  code: string;
  kind: CycleStepKind;
  name: Record<Language, string>;
  day: string;
  month: string;
  yearOffset: string;
  recurrence: CycleRecurrence;
  audience: CycleAudience;
}

export interface CycleValues {
  reminderDays: string;
  cycles: { fundingSource: string; programmeApplicationYears: string; steps: StepValues[] }[];
}

export const STEP_FIELDS = ['code', 'kind', 'name.en', 'name.nb', 'name.es', 'day', 'month', 'yearOffset', 'recurrence', 'audience'] as const;
export type StepField = (typeof STEP_FIELDS)[number];

export const stepPath = (ci: number, si: number, field: StepField) => `cycles.${ci}.steps.${si}.${field}`;
export const yearsPath = (ci: number) => `cycles.${ci}.programmeApplicationYears`;
/** The id of the control for a field path. */
export const cycleControlId = (path: string) => `cy-${path.replace(/\./g, '-')}`;

let nextKey = 0;
const newKey = () => `step-${++nextKey}`;

export function cycleValuesOf(dto: ProgrammeCycleDto): CycleValues {
  return {
    reminderDays: dto.reminderDays.join(', '),
    cycles: dto.cycles.map((c) => ({
      fundingSource: c.fundingSource,
      programmeApplicationYears: c.programmeApplicationYears.join(', '),
      steps: c.steps.map((s) => ({
        key: newKey(),
        code: s.code,
        kind: s.kind,
        name: { en: s.name.en ?? '', nb: s.name.nb ?? '', es: s.name.es ?? '' },
        day: s.day === null ? '' : String(s.day),
        month: s.month === null ? '' : String(s.month),
        yearOffset: String(s.yearOffset),
        recurrence: s.recurrence,
        audience: s.audience,
      })),
    })),
  };
}

export function newStep(): StepValues {
  return {
    key: newKey(),
    code: '',
    kind: 'annual_application',
    name: { en: '', nb: '', es: '' },
    day: '',
    month: '',
    yearOffset: '0',
    recurrence: 'every_year',
    audience: 'partnership',
  };
}

/** Every field path of the form, in the order the error summary lists them. */
export function cycleFieldOrder(v: CycleValues): string[] {
  return [
    'reminderDays',
    ...v.cycles.flatMap((c, ci) => [yearsPath(ci), ...c.steps.flatMap((_, si) => STEP_FIELDS.map((f) => stepPath(ci, si, f)))]),
  ];
}

/** A server or domain field path → the form field it belongs to ('' for none). */
export function cycleFieldOf(v: CycleValues, path: string): string {
  const fields = new Set(cycleFieldOrder(v));
  const parts = path.split('.').filter(Boolean);
  while (parts.length) {
    const p = parts.join('.');
    if (fields.has(p)) return p;
    if (fields.has(`${p}.en`)) return `${p}.en`;
    if (fields.has(`${p}.code`)) return `${p}.code`;
    parts.pop();
  }
  return '';
}

const WHOLE = /^-?\d+$/;
const list = (text: string) =>
  text
    .split(/[,;\s]+/)
    .map((x) => x.trim())
    .filter(Boolean);
const intOrNull = (text: string) => (text.trim() === '' ? null : Number(text.trim()));

export function toProgrammeCycle(v: CycleValues): ProgrammeCycle {
  return {
    reminderDays: list(v.reminderDays).map(Number),
    cycles: v.cycles.map((c) => ({
      fundingSource: c.fundingSource,
      programmeApplicationYears: list(c.programmeApplicationYears).map(Number),
      steps: c.steps.map((s) => ({
        code: s.code.trim(),
        kind: s.kind,
        name: Object.fromEntries(LANGUAGES.map((l) => [l, s.name[l].trim()]).filter(([, text]) => text)),
        day: intOrNull(s.day),
        month: intOrNull(s.month),
        yearOffset: Number(s.yearOffset),
        recurrence: s.recurrence,
        audience: s.audience,
      })),
    })),
  };
}

/**
 * What the form can tell before asking the server (path → message): numbers that are not whole
 * numbers, then the domain's own checks of the cycle (the same the server makes).
 */
export function validateCycle(t: TFunction, v: CycleValues, fundingSources: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (list(v.reminderDays).some((d) => !/^\d+$/.test(d))) out.reminderDays = t('errors.REMINDER_DAYS_INVALID');
  v.cycles.forEach((c, ci) => {
    if (list(c.programmeApplicationYears).some((y) => !/^\d{4}$/.test(y))) out[yearsPath(ci)] = t('cycle.settings.yearsInvalid');
    c.steps.forEach((s, si) => {
      if (!s.code.trim()) out[stepPath(ci, si, 'code')] = t('cycle.settings.codeRequired');
      for (const f of ['day', 'month'] as const) {
        if (s[f].trim() && !WHOLE.test(s[f].trim())) out[stepPath(ci, si, f)] = t('cycle.settings.numberInvalid');
      }
    });
  });
  const found = violationMessages(t, checkProgrammeCycle(toProgrammeCycle(v), fundingSources));
  for (const [path, message] of Object.entries(found)) {
    const field = cycleFieldOf(v, path);
    const text = path.endsWith('.name') ? t('cycle.settings.nameRequired') : message;
    if (field && !out[field]) out[field] = text;
  }
  return out;
}
