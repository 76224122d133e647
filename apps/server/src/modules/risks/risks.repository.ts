import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { RiskBand, RiskBandThresholds } from '@mic/domain';
import type { Executor } from '../../db/client';
import { partnerships, riskRegisters, riskReviews, risks } from '../../db/schema';

export type RiskRow = typeof risks.$inferSelect;
export type RiskInsert = typeof risks.$inferInsert;
export type RiskReviewRow = typeof riskReviews.$inferSelect;
export type RiskRegisterRow = typeof riskRegisters.$inferSelect;

/** A risk row with the number of its reviews. */
export type RiskListRow = RiskRow & { reviewCount: number };

const currentRating = sql`(${risks.currentProbability} * ${risks.currentConsequence})`;
/** Written out in full: Drizzle leaves columns unqualified in a one-table select, which a subquery would misread. */
export const reviewCount = sql<number>`(select count(*) from "risk_reviews" where "risk_reviews"."risk_id" = "risks"."id")`.mapWith(Number);

/** The band of the current rating under the thresholds, as SQL. */
export function bandCase(t: RiskBandThresholds): SQL<RiskBand> {
  return sql<RiskBand>`case when ${currentRating} >= ${t.highFrom} then 'high' when ${currentRating} >= ${t.mediumFrom} then 'medium' else 'low' end`;
}

/** Only risks in this band (current rating), as SQL. */
export function inBand(band: RiskBand, t: RiskBandThresholds): SQL {
  if (band === 'high') return sql`${currentRating} >= ${t.highFrom}`;
  if (band === 'medium') return sql`${currentRating} >= ${t.mediumFrom} and ${currentRating} < ${t.highFrom}`;
  return sql`${currentRating} < ${t.mediumFrom}`;
}

/** Register order: open first, current rating highest first, consequence, identified, entered, id. */
export const registerOrder: SQL[] = [
  sql`case when ${risks.status} = 'open' then 0 else 1 end`,
  desc(currentRating),
  desc(risks.currentConsequence),
  asc(risks.identifiedOn),
  asc(risks.createdAt),
  asc(risks.id),
];

export interface RiskListFilter {
  status?: string;
  band?: RiskBand;
  category?: string;
}

/** One page of a partnership's register and the number of matches: two queries. */
export async function listRisks(db: Executor, partnershipId: string, f: RiskListFilter, t: RiskBandThresholds, limit: number, offset: number) {
  const where = and(
    eq(risks.partnershipId, partnershipId),
    f.status ? eq(risks.status, f.status) : undefined,
    f.category ? eq(risks.category, f.category) : undefined,
    f.band ? inBand(f.band, t) : undefined,
  );
  const [rows, [counted]] = await Promise.all([
    db
      .select({ risk: risks, reviewCount })
      .from(risks)
      .where(where)
      .orderBy(...registerOrder)
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(risks).where(where),
  ]);
  return { rows: rows.map((r) => ({ ...r.risk, reviewCount: r.reviewCount })), total: Number(counted?.n ?? 0) };
}

/** Every risk of the partnership, in register order: what the register's summary is computed from. */
export async function allRisks(db: Executor, partnershipId: string): Promise<RiskRow[]> {
  return db
    .select()
    .from(risks)
    .where(eq(risks.partnershipId, partnershipId))
    .orderBy(...registerOrder);
}

export async function findRisk(db: Executor, partnershipId: string, riskId: string): Promise<RiskListRow | null> {
  const [row] = await db
    .select({ risk: risks, reviewCount })
    .from(risks)
    .where(and(eq(risks.partnershipId, partnershipId), eq(risks.id, riskId)))
    .limit(1);
  return row ? { ...row.risk, reviewCount: row.reviewCount } : null;
}

/** Reads the risk and locks it until the end of the transaction; null when not of this partnership. */
export async function lockRisk(tx: Executor, partnershipId: string, riskId: string): Promise<RiskRow | null> {
  const [row] = await tx
    .select()
    .from(risks)
    .where(and(eq(risks.partnershipId, partnershipId), eq(risks.id, riskId)))
    .for('update');
  return row ?? null;
}

export async function riskBelongsTo(db: Executor, partnershipId: string, riskId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: risks.id })
    .from(risks)
    .where(and(eq(risks.partnershipId, partnershipId), eq(risks.id, riskId)))
    .limit(1);
  return !!row;
}

export async function insertRisk(tx: Executor, values: RiskInsert): Promise<RiskRow> {
  const [row] = await tx.insert(risks).values(values).returning();
  return row!;
}

export async function updateRisk(tx: Executor, id: string, values: Partial<RiskInsert> & { version: number }): Promise<RiskRow> {
  const [row] = await tx
    .update(risks)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(risks.id, id))
    .returning();
  return row!;
}

export async function deleteRisk(tx: Executor, id: string): Promise<void> {
  await tx.delete(risks).where(eq(risks.id, id));
}

/** A risk's reviews, newest first (by date, then entry). */
export async function reviewsOf(db: Executor, riskId: string): Promise<RiskReviewRow[]> {
  return db
    .select()
    .from(riskReviews)
    .where(eq(riskReviews.riskId, riskId))
    .orderBy(desc(riskReviews.reviewedOn), desc(riskReviews.createdAt), desc(riskReviews.id));
}

/** The reviews of all the partnership's risks, oldest first: one query (for the export). */
export async function reviewsOfPartnership(db: Executor, partnershipId: string) {
  return db
    .select({ review: riskReviews })
    .from(riskReviews)
    .innerJoin(risks, eq(risks.id, riskReviews.riskId))
    .where(eq(risks.partnershipId, partnershipId))
    .orderBy(asc(riskReviews.reviewedOn), asc(riskReviews.createdAt))
    .then((rows) => rows.map((r) => r.review));
}

export async function insertReview(tx: Executor, values: typeof riskReviews.$inferInsert): Promise<RiskReviewRow> {
  const [row] = await tx.insert(riskReviews).values(values).returning();
  return row!;
}

export async function earliestReviewOn(tx: Executor, riskId: string): Promise<string | null> {
  const [row] = await tx
    .select({ on: riskReviews.reviewedOn })
    .from(riskReviews)
    .where(eq(riskReviews.riskId, riskId))
    .orderBy(asc(riskReviews.reviewedOn))
    .limit(1);
  return row?.on ?? null;
}

/** The partnership's status and programme, share-locked so it cannot close during the change. */
export async function partnershipForRisks(tx: Executor, id: string, lock: boolean) {
  const query = tx
    .select({ id: partnerships.id, status: partnerships.status, programmeId: partnerships.programmeId, title: partnerships.title })
    .from(partnerships)
    .where(eq(partnerships.id, id));
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

export async function findRegister(db: Executor, partnershipId: string): Promise<RiskRegisterRow | null> {
  const [row] = await db.select().from(riskRegisters).where(eq(riskRegisters.partnershipId, partnershipId)).limit(1);
  return row ?? null;
}

/**
 * The register row, created when missing, locked until the end of the transaction: every change
 * to a partnership's risks takes this lock, so the completeness check sees a settled register.
 */
export async function lockRegister(tx: Executor, partnershipId: string): Promise<RiskRegisterRow> {
  await tx.insert(riskRegisters).values({ partnershipId }).onConflictDoNothing();
  const [row] = await tx.select().from(riskRegisters).where(eq(riskRegisters.partnershipId, partnershipId)).for('update');
  return row!;
}

export async function updateRegister(tx: Executor, partnershipId: string, values: Partial<typeof riskRegisters.$inferInsert> & { version: number }) {
  const [row] = await tx
    .update(riskRegisters)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(riskRegisters.partnershipId, partnershipId))
    .returning();
  return row!;
}
