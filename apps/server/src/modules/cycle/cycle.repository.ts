import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { CycleDate, ProgrammeCycle } from '@mic/domain';
import type { Executor } from '../../db/client';
import { cycleDates, deadlineCompletions, fundingCycles, partnerships, programmeCycles } from '../../db/schema';

export type CompletionValues = typeof deadlineCompletions.$inferInsert;

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
  return loadCompletionsWhere(db, and(inArray(deadlineCompletions.partnershipId, partnershipIds), inArray(deadlineCompletions.fundingYear, years)));
}

/** The key a completion is looked up by. */
export function completionKey(partnershipId: string, fundingYear: number, stepCode: string): string {
  return `${partnershipId}|${fundingYear}|${stepCode}`;
}

/** Locks the programme's cycle settings row until the end of the transaction (`update` to edit, `share` to read steady). */
export async function lockCycle(tx: Executor, programmeId: string, strength: 'update' | 'share'): Promise<void> {
  await tx.select({ id: programmeCycles.programmeId }).from(programmeCycles).where(eq(programmeCycles.programmeId, programmeId)).for(strength);
}

/** Writes the reminder days and the next version of the settings row. */
export async function updateCycleSettings(tx: Executor, programmeId: string, reminderDays: number[], version: number): Promise<void> {
  await tx.update(programmeCycles).set({ reminderDays, version, updatedAt: new Date() }).where(eq(programmeCycles.programmeId, programmeId));
}

/** The date set for one step of one funding year, or null. */
export async function findCycleDate(db: Executor, programmeId: string, fundingSource: string, year: number, stepCode: string): Promise<string | null> {
  const [row] = await db
    .select({ date: cycleDates.date })
    .from(cycleDates)
    .where(and(eq(cycleDates.programmeId, programmeId), eq(cycleDates.fundingSource, fundingSource), eq(cycleDates.year, year), eq(cycleDates.stepCode, stepCode)));
  return row?.date ?? null;
}

export async function upsertCycleDate(tx: Executor, programmeId: string, value: CycleDate, setBy: string | null): Promise<void> {
  await tx
    .insert(cycleDates)
    .values({ programmeId, ...value, setBy })
    .onConflictDoUpdate({
      target: [cycleDates.programmeId, cycleDates.fundingSource, cycleDates.year, cycleDates.stepCode],
      set: { date: value.date, setBy, updatedAt: new Date() },
    });
}

export async function deleteCycleDate(tx: Executor, programmeId: string, fundingSource: string, year: number, stepCode: string): Promise<void> {
  await tx
    .delete(cycleDates)
    .where(and(eq(cycleDates.programmeId, programmeId), eq(cycleDates.fundingSource, fundingSource), eq(cycleDates.year, year), eq(cycleDates.stepCode, stepCode)));
}

/** One completion, or null. */
export async function findCompletion(db: Executor, partnershipId: string, fundingYear: number, stepCode: string): Promise<CompletionRow | null> {
  const [row] = await loadCompletionsWhere(
    db,
    and(eq(deadlineCompletions.partnershipId, partnershipId), eq(deadlineCompletions.fundingYear, fundingYear), eq(deadlineCompletions.stepCode, stepCode)),
  );
  return row ?? null;
}

/** Completions of the partnerships in the given statuses, for these funding years (one query, however many partnerships). */
export async function loadCompletionsByStatus(db: Executor, programmeId: string, statuses: readonly string[], years: number[]): Promise<CompletionRow[]> {
  if (!statuses.length || !years.length) return [];
  return loadCompletionsWhere(
    db,
    and(
      inArray(deadlineCompletions.fundingYear, years),
      inArray(
        deadlineCompletions.partnershipId,
        db
          .select({ id: partnerships.id })
          .from(partnerships)
          .where(and(eq(partnerships.programmeId, programmeId), inArray(partnerships.status, [...statuses]))),
      ),
    ),
  );
}

function loadCompletionsWhere(db: Executor, where: SQL | undefined) {
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
    .where(where);
}

/** Records a deadline as met, or replaces the note and recorder of one already met; metAt stays the first time. */
export async function upsertCompletion(tx: Executor, values: CompletionValues): Promise<void> {
  await tx
    .insert(deadlineCompletions)
    .values(values)
    .onConflictDoUpdate({
      target: [deadlineCompletions.partnershipId, deadlineCompletions.fundingYear, deadlineCompletions.stepCode],
      set: { note: values.note ?? null, recordedBy: values.recordedBy ?? null, recordedByName: values.recordedByName ?? null },
    });
}

export async function deleteCompletion(tx: Executor, partnershipId: string, fundingYear: number, stepCode: string): Promise<void> {
  await tx
    .delete(deadlineCompletions)
    .where(and(eq(deadlineCompletions.partnershipId, partnershipId), eq(deadlineCompletions.fundingYear, fundingYear), eq(deadlineCompletions.stepCode, stepCode)));
}
