import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CycleDate, ProgrammeCycle } from '@mic/domain';
import type { Executor } from '../../db/client';
import { cycleDates, deadlineCompletions, fundingCycles, programmeCycles } from '../../db/schema';

export interface StoredCycle extends ProgrammeCycle {
  version: number;
  updatedAt: string;
}

/** The programme's cycle configuration in two queries; null before it has been loaded. */
export async function loadProgrammeCycle(db: Executor, programmeId: string): Promise<StoredCycle | null> {
  const [settings] = await db.select().from(programmeCycles).where(eq(programmeCycles.programmeId, programmeId));
  if (!settings) return null;
  const rows = await db.select().from(fundingCycles).where(eq(fundingCycles.programmeId, programmeId)).orderBy(asc(fundingCycles.position));
  return {
    reminderDays: settings.reminderDays,
    version: settings.version,
    updatedAt: settings.updatedAt.toISOString(),
    cycles: rows.map((r) => ({ fundingSource: r.fundingSource, steps: r.steps, programmeApplicationYears: r.programmeApplicationYears })),
  };
}

/** Writes the cycle's funding-source rows (replacing what was there) — used on first load and on edit. */
export async function replaceFundingCycles(db: Executor, programmeId: string, cycle: ProgrammeCycle): Promise<void> {
  await db.delete(fundingCycles).where(eq(fundingCycles.programmeId, programmeId));
  if (!cycle.cycles.length) return;
  await db.insert(fundingCycles).values(
    cycle.cycles.map((c, position) => ({
      programmeId,
      fundingSource: c.fundingSource,
      steps: c.steps,
      programmeApplicationYears: c.programmeApplicationYears,
      position,
    })),
  );
}

/** Loads the default cycle when the programme has none yet; true when it did. */
export async function insertCycleIfMissing(db: Executor, programmeId: string, cycle: ProgrammeCycle): Promise<boolean> {
  const inserted = await db
    .insert(programmeCycles)
    .values({ programmeId, reminderDays: cycle.reminderDays })
    .onConflictDoNothing()
    .returning({ programmeId: programmeCycles.programmeId });
  if (!inserted.length) return false;
  await replaceFundingCycles(db, programmeId, cycle);
  return true;
}

/** Dates the programme office set, for the given funding years. */
export async function loadCycleDates(db: Executor, programmeId: string, years: number[]): Promise<CycleDate[]> {
  if (!years.length) return [];
  const rows = await db
    .select({ fundingSource: cycleDates.fundingSource, year: cycleDates.year, stepCode: cycleDates.stepCode, date: cycleDates.date })
    .from(cycleDates)
    .where(and(eq(cycleDates.programmeId, programmeId), inArray(cycleDates.year, years)));
  return rows;
}

export interface CompletionRow {
  partnershipId: string;
  fundingYear: number;
  stepCode: string;
  metAt: Date;
  recordedByName: string | null;
  note: string | null;
}

/** Deadlines recorded as met, for these partnerships and funding years (one query). */
export async function loadCompletions(db: Executor, partnershipIds: string[], years: number[]): Promise<CompletionRow[]> {
  if (!partnershipIds.length || !years.length) return [];
  return db
    .select({
      partnershipId: deadlineCompletions.partnershipId,
      fundingYear: deadlineCompletions.fundingYear,
      stepCode: deadlineCompletions.stepCode,
      metAt: deadlineCompletions.metAt,
      recordedByName: deadlineCompletions.recordedByName,
      note: deadlineCompletions.note,
    })
    .from(deadlineCompletions)
    .where(and(inArray(deadlineCompletions.partnershipId, partnershipIds), inArray(deadlineCompletions.fundingYear, years)));
}

/** The key a completion is looked up by. */
export function completionKey(partnershipId: string, fundingYear: number, stepCode: string): string {
  return `${partnershipId}|${fundingYear}|${stepCode}`;
}
