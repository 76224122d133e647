import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { partnerships } from '../../db/schema';
import { audits } from '../../db/schema.reports';
import { documents } from '../../db/schema.results';

export type AuditRow = typeof audits.$inferSelect;
export type AuditInsert = typeof audits.$inferInsert;

/** The document categories an audit may point to, per field. */
export const AUDIT_DOCUMENT_CATEGORIES = { reportDocumentId: 'audit_report', managementLetterDocumentId: 'management_letter' } as const;

/** The partnership's project period and status; null when it does not exist. Share-locked inside a write. */
export async function findPartnership(db: Executor, partnershipId: string, lock = false) {
  const query = db
    .select({ startYear: partnerships.startYear, endYear: partnerships.endYear, status: partnerships.status })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

export async function auditsOf(db: Executor, partnershipId: string): Promise<AuditRow[]> {
  return db.select().from(audits).where(eq(audits.partnershipId, partnershipId)).orderBy(asc(audits.year));
}

export async function findAudit(db: Executor, id: string, lock = false): Promise<AuditRow | null> {
  const query = db.select().from(audits).where(eq(audits.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Only the partnership an audit belongs to: what the route guard needs to decide 404 or 403. */
export async function partnershipOfAudit(db: Executor, id: string): Promise<string | null> {
  const [row] = await db.select({ partnershipId: audits.partnershipId }).from(audits).where(eq(audits.id, id));
  return row?.partnershipId ?? null;
}

export async function findAuditOfYear(db: Executor, partnershipId: string, year: number): Promise<AuditRow | null> {
  const [row] = await db
    .select()
    .from(audits)
    .where(and(eq(audits.partnershipId, partnershipId), eq(audits.year, year)));
  return row ?? null;
}

/** Which of `ids` are documents of this partnership in `category` (one query for both fields). */
export async function documentsIn(db: Executor, partnershipId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: documents.id, category: documents.category })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), inArray(documents.id, ids)));
  return new Map(rows.map((r) => [r.id, r.category]));
}

/** Inserts the audit; null when the partnership already has one for that year (the unique index decides). */
export async function insertAudit(tx: Executor, values: AuditInsert): Promise<AuditRow | null> {
  const [row] = await tx.insert(audits).values(values).onConflictDoNothing({ target: [audits.partnershipId, audits.year] }).returning();
  return row ?? null;
}

export async function updateAudit(tx: Executor, id: string, values: Partial<AuditInsert>): Promise<AuditRow> {
  const [row] = await tx.update(audits).set(values).where(eq(audits.id, id)).returning();
  return row!;
}
