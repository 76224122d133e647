import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { riskSettings } from '../../db/schema';

export type RiskSettingsRow = typeof riskSettings.$inferSelect;

export async function findSettings(db: Executor, programmeId: string): Promise<RiskSettingsRow | null> {
  const [row] = await db.select().from(riskSettings).where(eq(riskSettings.programmeId, programmeId)).limit(1);
  return row ?? null;
}

/** The settings row, created from the defaults when missing, locked until the end of the transaction. */
export async function lockSettings(tx: Executor, programmeId: string, defaults: Omit<typeof riskSettings.$inferInsert, 'programmeId'>): Promise<RiskSettingsRow> {
  await tx
    .insert(riskSettings)
    .values({ programmeId, ...defaults })
    .onConflictDoNothing();
  const [row] = await tx.select().from(riskSettings).where(eq(riskSettings.programmeId, programmeId)).for('update');
  return row!;
}

export async function updateSettings(tx: Executor, programmeId: string, values: Partial<typeof riskSettings.$inferInsert> & { version: number }) {
  const [row] = await tx
    .update(riskSettings)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(riskSettings.programmeId, programmeId))
    .returning();
  return row!;
}
