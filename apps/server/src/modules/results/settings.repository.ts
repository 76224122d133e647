import { eq, sql } from 'drizzle-orm';
import { DEFAULT_RESULTS_SETTINGS, type ResultsSettingsDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { partnerships, resultsSettings } from '../../db/schema';

type SettingsRow = typeof resultsSettings.$inferSelect;

function present(row: SettingsRow | undefined): ResultsSettingsDto {
  if (!row) return { ...DEFAULT_RESULTS_SETTINGS };
  return {
    maxIndicatorsPerOutcome: row.maxIndicatorsPerOutcome,
    maxIndicatorsPerPartnership: row.maxIndicatorsPerPartnership,
    onTrackPercent: row.onTrackPercent,
    atRiskPercent: row.atRiskPercent,
    version: row.version,
  };
}

/** A programme's results settings; the defaults until an administrator saves them. */
export async function loadSettings(db: Executor, programmeId: string): Promise<ResultsSettingsDto> {
  const [row] = await db.select().from(resultsSettings).where(eq(resultsSettings.programmeId, programmeId));
  return present(row);
}

/** The results settings of the programme a partnership belongs to: one query. */
export async function settingsOfPartnership(db: Executor, partnershipId: string): Promise<ResultsSettingsDto> {
  const programme = db.select({ id: partnerships.programmeId }).from(partnerships).where(eq(partnerships.id, partnershipId));
  const [row] = await db
    .select()
    .from(resultsSettings)
    .where(eq(resultsSettings.programmeId, sql`(${programme})`));
  return present(row);
}

/** Inserts or replaces the settings; `values.version` is the version they get (the caller checked the one before). */
export async function saveSettings(tx: Executor, programmeId: string, values: ResultsSettingsDto): Promise<ResultsSettingsDto> {
  const [row] = await tx
    .insert(resultsSettings)
    .values({ programmeId, ...values })
    .onConflictDoUpdate({ target: resultsSettings.programmeId, set: { ...values, updatedAt: new Date() } })
    .returning();
  return present(row);
}

/** Locks the settings row (if any) until the end of the transaction. */
export async function lockSettings(tx: Executor, programmeId: string): Promise<ResultsSettingsDto> {
  const [row] = await tx.select().from(resultsSettings).where(eq(resultsSettings.programmeId, programmeId)).for('update');
  return present(row);
}
