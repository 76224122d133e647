import {
  DomainError,
  checkCycleDate,
  checkProgrammeCycle,
  deadlinesForYear,
  sortDeadlines,
  type Actor,
  type CycleDatesDto,
  type CycleStep,
  type LocalizedText,
  type ProgrammeCycle,
  type ProgrammeCycleDto,
  type ProgrammeDeadlinesDto,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { loadProgramme } from '../programme/programme.repository';
import { currentProgrammeId } from '../programme/programme.service';
import type { CycleDateBody, ProgrammeCycleBody } from './cycle.contract';
import * as repo from './cycle.repository';
import { checkVersion, staleVersion } from '../../lib/version-conflict';

/** Today's date (UTC) from the app's clock, as the domain functions take it. */
export function todayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function yearOf(today: string): number {
  return Number(today.slice(0, 4));
}

/** The programme's cycle configuration; `ensureProgramme` loads the default, so it is always there. */
export async function cycleOf(db: Executor, programmeId: string): Promise<repo.StoredCycle> {
  const cycle = await repo.loadProgrammeCycle(db, programmeId);
  if (!cycle) throw new DomainError('NOT_FOUND');
  return cycle;
}

export async function getCycle(db: Executor): Promise<ProgrammeCycleDto> {
  return cycleOf(db, await currentProgrammeId(db));
}

/** Only the languages given: an empty text is no text, so `localize` falls back to another language. */
function cleanName(name: LocalizedText): LocalizedText {
  return Object.fromEntries(Object.entries(name).filter(([, text]) => !!text?.trim()));
}

function configOf(body: ProgrammeCycleBody): ProgrammeCycle {
  return {
    reminderDays: [...body.reminderDays].sort((a, b) => b - a),
    cycles: body.cycles.map((c) => ({
      fundingSource: c.fundingSource,
      programmeApplicationYears: [...new Set(c.programmeApplicationYears)].sort((a, b) => a - b),
      steps: c.steps.map((s): CycleStep => ({ ...s, name: cleanName(s.name) })),
    })),
  };
}

function snapshot(c: repo.StoredCycle) {
  return { reminderDays: c.reminderDays, cycles: c.cycles, version: c.version };
}

/**
 * Replaces the cycle configuration (programme office), on the version it was read at: a stale
 * version is 409 CONFLICT. Checked against the programme's funding sources; audit-logged.
 */
export async function updateCycle(db: Db, actor: Actor, body: ProgrammeCycleBody): Promise<ProgrammeCycleDto> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    await repo.lockCycle(tx, programmeId, 'update');
    const before = await cycleOf(tx, programmeId);
    if (before.version !== body.version) throw staleVersion(before.version);
    const next = configOf(body);
    const programme = await loadProgramme(tx, programmeId);
    DomainError.throwIfAny(checkProgrammeCycle(next, programme?.fundingSources.map((f) => f.code) ?? []));
    await repo.updateCycleSettings(tx, programmeId, next.reminderDays, before.version + 1);
    await repo.replaceFundingCycles(tx, programmeId, next);
    const after = await cycleOf(tx, programmeId);
    await recordChange(tx, actor, { action: 'cycle.updated', entityType: 'programme_cycle', entityId: programmeId, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

export async function getCycleDates(db: Executor, year: number): Promise<CycleDatesDto> {
  const dates = await repo.loadCycleDates(db, await currentProgrammeId(db), [year]);
  return { year, dates: dates.sort((a, b) => a.fundingSource.localeCompare(b.fundingSource) || a.stepCode.localeCompare(b.stepCode)) };
}

/** The step of a funding source's cycle, or 422 CYCLE_STEP_UNKNOWN. */
export function stepOf(cycle: ProgrammeCycle, fundingSource: string, stepCode: string): CycleStep {
  const step = cycle.cycles.find((c) => c.fundingSource === fundingSource)?.steps.find((s) => s.code === stepCode);
  if (!step) throw new DomainError('CYCLE_STEP_UNKNOWN', { violations: [{ code: 'CYCLE_STEP_UNKNOWN', field: 'stepCode' }] });
  return step;
}

export interface CycleDateTarget {
  year: number;
  fundingSource: string;
  stepCode: string;
}

/** The version a reader was shown for a step's date: 0 while no date is set (never, or cleared since). */
function shownVersion(row: { date: string | null; version: number } | null): number {
  return row && row.date !== null ? row.version : 0;
}

/**
 * Sets the date of one step in one funding year (programme office), or with `null` removes it, so
 * the standing date (or "to be announced") applies again. With `version` (0: no date was set), a date
 * changed meanwhile is 409 CONFLICT: checked on the step's row locked FOR UPDATE; two first dates at
 * once meet on the row's key, and the later one is refused. Audit-logged.
 */
export async function setCycleDate(db: Db, actor: Actor, target: CycleDateTarget, body: CycleDateBody): Promise<CycleDatesDto> {
  const programmeId = await currentProgrammeId(db);
  const { year, fundingSource, stepCode } = target;
  const { date, version } = body;
  const key = { fundingSource, year, stepCode };
  await db.transaction(async (tx) => {
    await repo.lockCycle(tx, programmeId, 'share');
    const step = stepOf(await cycleOf(tx, programmeId), fundingSource, stepCode);
    const row = await repo.lockCycleDate(tx, programmeId, key);
    checkVersion(shownVersion(row), version);
    const before = row?.date ?? null;
    const entity = { entityType: 'cycle_date', entityId: `${fundingSource}:${year}:${stepCode}` };
    if (date === null) {
      if (before === null) return;
      await repo.updateCycleDate(tx, programmeId, key, null, actor.userId);
      await recordChange(tx, actor, { action: 'cycle.date_cleared', ...entity, before: { ...target, date: before } });
      return;
    }
    DomainError.throwIfAny(checkCycleDate(step, year, date));
    if (before === date) return;
    if (row) await repo.updateCycleDate(tx, programmeId, key, date, actor.userId);
    else if (!(await repo.insertCycleDate(tx, programmeId, { ...key, date }, actor.userId))) {
      // Another first date was saved meanwhile: refused when the writer named the version it saw.
      const now = await repo.lockCycleDate(tx, programmeId, key);
      if (version !== undefined) throw staleVersion(shownVersion(now));
      await repo.updateCycleDate(tx, programmeId, key, date, actor.userId);
    }
    await recordChange(tx, actor, { action: 'cycle.date_set', ...entity, before: before ? { ...target, date: before } : null, after: { ...target, date } });
  });
  return getCycleDates(db, year);
}

/** Every step of the cycle(s) for one funding year, both audiences; `funding` narrows to one source. */
export async function programmeDeadlines(db: Executor, year: number, funding?: string): Promise<ProgrammeDeadlinesDto> {
  const programmeId = await currentProgrammeId(db);
  const cycle = await cycleOf(db, programmeId);
  const cycles = funding === undefined ? cycle.cycles : cycle.cycles.filter((c) => c.fundingSource === funding);
  if (funding !== undefined && !cycles.length) {
    throw new DomainError('FUNDING_SOURCE_UNKNOWN', { violations: [{ code: 'FUNDING_SOURCE_UNKNOWN', field: 'funding' }] });
  }
  const dates = await repo.loadCycleDates(db, programmeId, [year]);
  return { year, deadlines: sortDeadlines(cycles.flatMap((c) => deadlinesForYear(c, year, dates))) };
}
