import {
  DomainError,
  isDeadlineOverdue,
  partnershipDeadlines,
  type Actor,
  type Deadline,
  type PartnershipDeadlineDto,
  type PartnershipDeadlinesDto,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import * as cycleRepo from '../cycle/cycle.repository';
import { cycleOf, yearOf } from '../cycle/cycle.service';
import { mayMarkDeadlineMet } from '../cycle/cycle.policy';
import { checkVersion, staleVersion } from '../../lib/version-conflict';
import type { DeadlineMetBody } from './deadlines.contract';
import * as repo from './deadlines.repository';
import { DeadlineBook, FOLLOWED_STATUSES, type PartnershipDeadline } from './deadlines.sets';

/** A partnership's deadline as the API shows it: whether it was met, and whether it is overdue today. */
export function presentDeadline(deadline: Deadline, completion: cycleRepo.CompletionRow | null, today: string): PartnershipDeadlineDto {
  return {
    ...deadline,
    met: completion ? { at: completion.metAt.toISOString(), byName: completion.recordedByName, note: completion.note } : null,
    overdue: isDeadlineOverdue(deadline, today, !!completion),
    version: completion?.version ?? 0,
  };
}

async function factsOf(db: Executor, partnershipId: string, lock?: 'share'): Promise<repo.PartnershipFacts> {
  const p = await repo.findPartnershipFacts(db, partnershipId, lock);
  if (!p) throw new DomainError('NOT_FOUND');
  return p;
}

/** The partnership's deadlines of one funding year (and the completions recorded for them). */
async function deadlinesOfYear(db: Executor, p: repo.PartnershipFacts, year: number) {
  const [cycle, dates, completions] = await Promise.all([
    cycleOf(db, p.programmeId),
    cycleRepo.loadCycleDates(db, p.programmeId, [year]),
    cycleRepo.loadCompletions(db, [p.id], [year]),
  ]);
  const met = new Map(completions.map((c) => [c.stepCode, c]));
  return partnershipDeadlines(p, year, cycle, dates).map((deadline) => ({ deadline, completion: met.get(deadline.stepCode) ?? null }));
}

/** The cycle's deadlines for these funding years, with the dates the programme office set (two queries). */
export async function deadlineBook(db: Executor, programmeId: string, years: number[]): Promise<DeadlineBook> {
  const [cycle, dates] = await Promise.all([cycleOf(db, programmeId), cycleRepo.loadCycleDates(db, programmeId, years)]);
  return new DeadlineBook(cycle, dates);
}

/** The deadlines of the partnerships a user is a member of (those followed up), with their completions (two queries). */
export async function memberDeadlines(db: Executor, book: DeadlineBook, memberOf: string[], years: number[]): Promise<PartnershipDeadline[]> {
  const mine = await repo.partnershipFactsOf(db, memberOf, FOLLOWED_STATUSES);
  if (!mine.length) return [];
  return book.forPartnerships(mine, years, await cycleRepo.loadCompletions(db, mine.map((p) => p.id), years));
}

export function projectYears(p: Pick<repo.PartnershipFacts, 'startYear' | 'endYear'>): number[] {
  return Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
}

/** GET /api/partnerships/:id/deadlines: one funding year (default: this year, within the project period). */
export async function partnershipDeadlinesOf(db: Executor, actor: Actor, partnershipId: string, year: number | undefined, today: string): Promise<PartnershipDeadlinesDto> {
  const p = await factsOf(db, partnershipId);
  const chosen = year ?? Math.min(Math.max(yearOf(today), p.startYear), p.endYear);
  const list = await deadlinesOfYear(db, p, chosen);
  return {
    partnershipId,
    year: chosen,
    years: projectYears(p),
    deadlines: list.map((d) => presentDeadline(d.deadline, d.completion, today)),
    can: { markMet: mayMarkDeadlineMet(actor) },
  };
}

const entityOf = (partnershipId: string, year: number, stepCode: string) => ({
  entityType: 'deadline',
  entityId: `${partnershipId}:${year}:${stepCode}`,
  partnershipId,
});

/** The version a reader was shown for a deadline's mark: 0 while not met (never marked, or taken back). */
function shownVersion(row: { metAt: Date | null; version: number } | null): number {
  return row?.metAt ? row.version : 0;
}

/**
 * Records a partnership's deadline as met, inside the caller's transaction, with its audit entry
 * (the programme office now; submitted applications and reports later). Idempotent: the same note
 * again changes nothing; the first time it was met is kept. With `version` (0: not met), a mark changed
 * meanwhile is 409 CONFLICT, checked on the locked row; two first marks at once meet on the row's key.
 */
export async function recordDeadlineMet(
  tx: Executor,
  actor: Pick<Actor, 'userId' | 'name'> | null,
  partnershipId: string,
  year: number,
  stepCode: string,
  note: string | null,
  version?: number,
): Promise<void> {
  const row = await cycleRepo.lockCompletion(tx, partnershipId, year, stepCode);
  checkVersion(shownVersion(row), version);
  const before = row?.metAt ? row : null;
  if (before && before.note === note) return;
  const values = { partnershipId, fundingYear: year, stepCode, recordedBy: actor?.userId ?? null, recordedByName: actor?.name ?? null, note };
  if (row) await cycleRepo.remarkCompletion(tx, values);
  else if (!(await cycleRepo.insertCompletion(tx, values))) {
    // Marked by another transaction meanwhile: refused when the writer named the version it saw.
    if (version !== undefined) throw staleVersion(shownVersion(await cycleRepo.lockCompletion(tx, partnershipId, year, stepCode)));
    return recordDeadlineMet(tx, actor, partnershipId, year, stepCode, note);
  }
  await recordChange(tx, actor, {
    action: 'deadline.met',
    ...entityOf(partnershipId, year, stepCode),
    before: before ? { year, stepCode, note: before.note } : null,
    after: { year, stepCode, note },
  });
}

/** Takes a recorded completion back (it was recorded by mistake); with `version`, only the mark that was read. */
export async function clearDeadlineMet(tx: Executor, actor: Actor, partnershipId: string, year: number, stepCode: string, version?: number): Promise<void> {
  const before = await cycleRepo.lockCompletion(tx, partnershipId, year, stepCode);
  checkVersion(shownVersion(before), version);
  if (!before?.metAt) return;
  await cycleRepo.unmarkCompletion(tx, partnershipId, year, stepCode, actor);
  await recordChange(tx, actor, { action: 'deadline.unmet', ...entityOf(partnershipId, year, stepCode), before: { year, stepCode, note: before.note } });
}

/** PUT …/deadlines/:year/:stepCode/met: the step must be a deadline of the partnership that year. */
export async function setDeadlineMet(
  db: Db,
  actor: Actor,
  partnershipId: string,
  year: number,
  stepCode: string,
  body: DeadlineMetBody,
  today: string,
): Promise<PartnershipDeadlineDto> {
  return db.transaction(async (tx) => {
    const p = await factsOf(tx, partnershipId, 'share');
    await cycleRepo.lockCycle(tx, p.programmeId, 'share');
    const found = (await deadlinesOfYear(tx, p, year)).find((d) => d.deadline.stepCode === stepCode);
    if (!found) throw new DomainError('CYCLE_STEP_UNKNOWN', { violations: [{ code: 'CYCLE_STEP_UNKNOWN', field: 'stepCode' }] });
    if (body.met) await recordDeadlineMet(tx, actor, partnershipId, year, stepCode, body.note || null, body.version);
    else await clearDeadlineMet(tx, actor, partnershipId, year, stepCode, body.version);
    return presentDeadline(found.deadline, await cycleRepo.findCompletion(tx, partnershipId, year, stepCode), today);
  });
}
