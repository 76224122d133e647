import { and, asc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { CycleDate, CycleDateDto, ProgrammeCycle } from '@mic/domain';
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

/** Dates the programme office set (not those cleared since), for the given funding years. */
export async function loadCycleDates(db: Executor, programmeId: string, years: number[]): Promise<CycleDateDto[]> {
  if (!years.length) return [];
  const rows = await db
    .select({ fundingSource: cycleDates.fundingSource, year: cycleDates.year, stepCode: cycleDates.stepCode, date: cycleDates.date, version: cycleDates.version })
    .from(cycleDates)
    .where(and(eq(cycleDates.programmeId, programmeId), inArray(cycleDates.year, years), isNotNull(cycleDates.date)));
  return rows.map((r) => ({ ...r, date: r.date! }));
}

export interface CompletionRow {
  partnershipId: string;
  fundingYear: number;
  stepCode: string;
  metAt: Date;
  recordedByName: string | null;
  note: string | null;
  version: number;
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

export type CycleDateKey = Omit<CycleDate, 'date'>;

function cycleDateIs(programmeId: string, key: CycleDateKey) {
  return and(eq(cycleDates.programmeId, programmeId), eq(cycleDates.fundingSource, key.fundingSource), eq(cycleDates.year, key.year), eq(cycleDates.stepCode, key.stepCode));
}

/** One step's date row (date null once cleared), locked until the end of the transaction; null when never set. */
export async function lockCycleDate(tx: Executor, programmeId: string, key: CycleDateKey): Promise<{ date: string | null; version: number } | null> {
  const [row] = await tx.select({ date: cycleDates.date, version: cycleDates.version }).from(cycleDates).where(cycleDateIs(programmeId, key)).for('update');
  return row ?? null;
}

/** The first date of a step; false when another transaction inserted it meanwhile. */
export async function insertCycleDate(tx: Executor, programmeId: string, value: CycleDate, setBy: string | null): Promise<boolean> {
  const rows = await tx.insert(cycleDates).values({ programmeId, ...value, setBy }).onConflictDoNothing().returning({ version: cycleDates.version });
  return rows.length > 0;
}

/** Sets a step's date whether or not one was set (the demo data); the version moves on. */
export async function upsertCycleDate(tx: Executor, programmeId: string, value: CycleDate, setBy: string | null): Promise<void> {
  await tx
    .insert(cycleDates)
    .values({ programmeId, ...value, setBy })
    .onConflictDoUpdate({
      target: [cycleDates.programmeId, cycleDates.fundingSource, cycleDates.year, cycleDates.stepCode],
      set: { date: value.date, setBy, version: sql`${cycleDates.version} + 1`, updatedAt: new Date() },
    });
}

/** Sets (or with null clears, keeping the row) a step's date; the version moves on. */
export async function updateCycleDate(tx: Executor, programmeId: string, key: CycleDateKey, date: string | null, setBy: string | null): Promise<void> {
  await tx
    .update(cycleDates)
    .set({ date, setBy, version: sql`${cycleDates.version} + 1`, updatedAt: new Date() })
    .where(cycleDateIs(programmeId, key));
}

/** One completion recorded as met, or null. */
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

/** Only marks still standing: one taken back keeps its row with met_at null. */
async function loadCompletionsWhere(db: Executor, where: SQL | undefined): Promise<CompletionRow[]> {
  const rows = await db
    .select({
      partnershipId: deadlineCompletions.partnershipId,
      fundingYear: deadlineCompletions.fundingYear,
      stepCode: deadlineCompletions.stepCode,
      metAt: deadlineCompletions.metAt,
      recordedByName: deadlineCompletions.recordedByName,
      note: deadlineCompletions.note,
      version: deadlineCompletions.version,
    })
    .from(deadlineCompletions)
    .where(and(where, isNotNull(deadlineCompletions.metAt)));
  return rows.map((r) => ({ ...r, metAt: r.metAt! }));
}

function completionIs(partnershipId: string, fundingYear: number, stepCode: string) {
  return and(eq(deadlineCompletions.partnershipId, partnershipId), eq(deadlineCompletions.fundingYear, fundingYear), eq(deadlineCompletions.stepCode, stepCode));
}

/** A deadline's completion row (met_at null once taken back), locked until the end of the transaction; null when never marked. */
export async function lockCompletion(tx: Executor, partnershipId: string, fundingYear: number, stepCode: string) {
  const [row] = await tx
    .select({ metAt: deadlineCompletions.metAt, note: deadlineCompletions.note, version: deadlineCompletions.version })
    .from(deadlineCompletions)
    .where(completionIs(partnershipId, fundingYear, stepCode))
    .for('update');
  return row ?? null;
}

/** The first mark of a deadline; false when another transaction inserted it meanwhile. */
export async function insertCompletion(tx: Executor, values: CompletionValues): Promise<boolean> {
  const rows = await tx.insert(deadlineCompletions).values(values).onConflictDoNothing().returning({ version: deadlineCompletions.version });
  return rows.length > 0;
}

/**
 * Records a deadline (marked before) as met again, or replaces the note and recorder of one met: the
 * first time it was met is kept while it stands. The version moves on.
 */
export async function remarkCompletion(tx: Executor, values: CompletionValues): Promise<void> {
  await tx
    .update(deadlineCompletions)
    .set({
      note: values.note ?? null,
      recordedBy: values.recordedBy ?? null,
      recordedByName: values.recordedByName ?? null,
      metAt: sql`coalesce(${deadlineCompletions.metAt}, now())`,
      version: sql`${deadlineCompletions.version} + 1`,
    })
    .where(completionIs(values.partnershipId, values.fundingYear, values.stepCode));
}

/** Takes a mark back: the row stays (met_at and note null) so that its version keeps counting. */
export async function unmarkCompletion(tx: Executor, partnershipId: string, fundingYear: number, stepCode: string, by: { userId: string; name: string }): Promise<void> {
  await tx
    .update(deadlineCompletions)
    .set({ metAt: null, note: null, recordedBy: by.userId, recordedByName: by.name, version: sql`${deadlineCompletions.version} + 1` })
    .where(completionIs(partnershipId, fundingYear, stepCode));
}
