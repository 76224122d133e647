import type { Violation } from './errors';
import {
  ACTIONABLE_STEP_KINDS,
  CYCLE_AUDIENCES,
  CYCLE_RECURRENCES,
  CYCLE_STEP_KINDS,
  DUE_HORIZON_DAYS,
  OVERDUE_REMINDER_WINDOW_DAYS,
  type CycleDate,
  type CycleStep,
  type Deadline,
  type FundingCycle,
  type ProgrammeCycle,
} from './cycle-types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True when year-month-day is a date that exists (no 30 February, 29 February only in leap years). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** A valid ISO date string (YYYY-MM-DD) naming a real day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return !!m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (both ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whether the step recurs in this funding year. */
function stepApplies(cycle: FundingCycle, step: CycleStep, year: number): boolean {
  return step.recurrence === 'every_year' || cycle.programmeApplicationYears.includes(year);
}

/**
 * Every deadline of one funding source for one funding year: the standing date of each step that
 * recurs that year, replaced by the date the programme office set for the year where there is one,
 * and "to be announced" (null) where there is neither. Sorted by date, announced dates first.
 */
export function deadlinesForYear(cycle: FundingCycle, year: number, dates: readonly CycleDate[] = []): Deadline[] {
  const set = new Map(dates.filter((d) => d.fundingSource === cycle.fundingSource && d.year === year).map((d) => [d.stepCode, d.date]));
  const out: Deadline[] = [];
  for (const step of cycle.steps) {
    if (!stepApplies(cycle, step, year)) continue;
    const base = { fundingSource: cycle.fundingSource, fundingYear: year, stepCode: step.code, kind: step.kind, name: step.name, audience: step.audience };
    const fixed = set.get(step.code);
    if (fixed) out.push({ ...base, date: fixed, dateSource: 'set' });
    else if (step.day !== null && step.month !== null && isRealDate(year + step.yearOffset, step.month, step.day)) {
      out.push({ ...base, date: isoDate(year + step.yearOffset, step.month, step.day), dateSource: 'rule' });
    } else out.push({ ...base, date: null, dateSource: 'tba' });
  }
  return sortDeadlines(out);
}

export function sortDeadlines<T extends Pick<Deadline, 'date' | 'stepCode'>>(list: T[]): T[] {
  return list.sort((a, b) => (a.date ?? '9999') .localeCompare(b.date ?? '9999') || a.stepCode.localeCompare(b.stepCode));
}

export interface PartnershipPeriod {
  fundingSource: string;
  startYear: number;
  endYear: number;
}

/**
 * The deadlines that concern a partnership in one funding year: the partnership-side steps of its
 * funding source's cycle, when the year lies within its project period. Empty otherwise.
 */
export function partnershipDeadlines(p: PartnershipPeriod, year: number, programme: ProgrammeCycle, dates: readonly CycleDate[] = []): Deadline[] {
  if (year < p.startYear || year > p.endYear) return [];
  const cycle = programme.cycles.find((c) => c.fundingSource === p.fundingSource);
  if (!cycle) return [];
  return deadlinesForYear(cycle, year, dates).filter((d) => d.audience === 'partnership');
}

export function isActionable(deadline: Pick<Deadline, 'kind'>): boolean {
  return ACTIONABLE_STEP_KINDS.includes(deadline.kind);
}

/** Passed, still to be done. A deadline is met on its day at the latest, so today itself is not overdue. */
export function isDeadlineOverdue(deadline: Pick<Deadline, 'kind' | 'date'>, today: string, met: boolean): boolean {
  return !met && isActionable(deadline) && deadline.date !== null && deadline.date < today;
}

/** For the due panel: coming within the horizon (from today on), or overdue. */
export function isDue(deadline: Pick<Deadline, 'kind' | 'date'>, today: string, met: boolean, horizonDays = DUE_HORIZON_DAYS): boolean {
  if (deadline.date === null) return false;
  if (isDeadlineOverdue(deadline, today, met)) return true;
  return !met && deadline.date >= today && deadline.date <= addDays(today, horizonDays);
}

/**
 * Which reminder a deadline calls for today, if any: `before-N` for the nearest configured day
 * N it has reached (so a server that was down sends only the latest missed one), or `overdue`
 * once it has passed (for things someone must do, within a window). Null when nothing is due.
 */
export function reminderDue(
  deadline: Pick<Deadline, 'kind' | 'date'>,
  today: string,
  reminderDays: readonly number[],
  met: boolean,
): string | null {
  if (met || deadline.date === null) return null;
  const left = daysBetween(today, deadline.date);
  if (left < 0) {
    return isActionable(deadline) && -left <= OVERDUE_REMINDER_WINDOW_DAYS ? 'overdue' : null;
  }
  const reached = reminderDays.filter((n) => left <= n);
  if (!reached.length) return null;
  return `before-${Math.min(...reached)}`;
}

/** Checks a cycle configuration against the funding sources the programme has. */
export function checkProgrammeCycle(cycle: ProgrammeCycle, fundingSources: readonly string[]): Violation[] {
  const v: Violation[] = [];
  const days = cycle.reminderDays;
  if (days.length > 10 || new Set(days).size !== days.length || days.some((d) => !Number.isInteger(d) || d < 0 || d > 365)) {
    v.push({ code: 'REMINDER_DAYS_INVALID', field: 'reminderDays' });
  }
  const seenSources = new Set<string>();
  cycle.cycles.forEach((c, ci) => {
    const at = `cycles.${ci}`;
    if (!fundingSources.includes(c.fundingSource) || seenSources.has(c.fundingSource)) {
      v.push({ code: 'FUNDING_SOURCE_UNKNOWN', field: `${at}.fundingSource` });
    }
    seenSources.add(c.fundingSource);
    if (c.programmeApplicationYears.some((y) => !Number.isInteger(y) || y < 2000 || y > 2100)) {
      v.push({ code: 'CYCLE_STEP_INVALID', field: `${at}.programmeApplicationYears` });
    }
    const codes = new Set<string>();
    c.steps.forEach((s, si) => v.push(...checkStep(s, `${at}.steps.${si}`, codes)));
  });
  return v;
}

function checkStep(s: CycleStep, at: string, codes: Set<string>): Violation[] {
  const v: Violation[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(s.code) || codes.has(s.code)) v.push({ code: 'CYCLE_STEP_INVALID', field: `${at}.code` });
  codes.add(s.code);
  if (!CYCLE_STEP_KINDS.includes(s.kind) || !CYCLE_RECURRENCES.includes(s.recurrence) || !CYCLE_AUDIENCES.includes(s.audience)) {
    v.push({ code: 'CYCLE_STEP_INVALID', field: at });
  }
  if (!Object.values(s.name).some((t) => !!t?.trim())) v.push({ code: 'STATEMENT_REQUIRED', field: `${at}.name`, params: { language: 'en' } });
  if ((s.day === null) !== (s.month === null)) v.push({ code: 'CYCLE_STEP_DATE_INVALID', field: `${at}.day` });
  // 2001 is not a leap year: a standing date must exist every year, so 29 February is refused.
  else if (s.day !== null && s.month !== null && !isRealDate(2001, s.month, s.day)) v.push({ code: 'CYCLE_STEP_DATE_INVALID', field: `${at}.day` });
  if (!Number.isInteger(s.yearOffset) || s.yearOffset < -2 || s.yearOffset > 2) v.push({ code: 'CYCLE_STEP_INVALID', field: `${at}.yearOffset` });
  else if (s.kind === 'annual_report' && s.yearOffset < 1) v.push({ code: 'CYCLE_REPORT_BEFORE_YEAR_END', field: `${at}.yearOffset` });
  return v;
}

/** Checks a date the programme office sets for a step in a funding year. */
export function checkCycleDate(step: CycleStep, year: number, date: string): Violation[] {
  if (!isIsoDate(date)) return [{ code: 'CYCLE_STEP_DATE_INVALID', field: 'date' }];
  if (step.kind === 'annual_report' && date <= `${year}-12-31`) return [{ code: 'CYCLE_REPORT_BEFORE_YEAR_END', field: 'date', params: { year } }];
  return [];
}

/** Where in the app a partnership's deadlines of a funding year are (the due panel, reminders and feeds link here). */
export function deadlinesPath(partnershipId: string, fundingYear: number): string {
  return `/partnerships/${partnershipId}?deadlinesYear=${fundingYear}#deadlines`;
}
