import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { agreementAmendments, agreementTemplates, agreements } from '../../db/schema.agreements';
import { applications } from '../../db/schema.applications';
import { documents } from '../../db/schema.results';

export type TemplateRow = typeof agreementTemplates.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type AmendmentRow = typeof agreementAmendments.$inferSelect;

export async function findTemplate(db: Executor, programmeId: string, language: string): Promise<TemplateRow | null> {
  const [row] = await db.select().from(agreementTemplates).where(and(eq(agreementTemplates.programmeId, programmeId), eq(agreementTemplates.language, language)));
  return row ?? null;
}

export async function lockTemplate(tx: Executor, programmeId: string, language: string): Promise<TemplateRow | null> {
  const [row] = await tx
    .select()
    .from(agreementTemplates)
    .where(and(eq(agreementTemplates.programmeId, programmeId), eq(agreementTemplates.language, language)))
    .for('update');
  return row ?? null;
}

/** The languages the programme already has a template in. */
export async function templateLanguages(db: Executor, programmeId: string): Promise<string[]> {
  const rows = await db.select({ language: agreementTemplates.language }).from(agreementTemplates).where(eq(agreementTemplates.programmeId, programmeId));
  return rows.map((r) => r.language);
}

export async function insertTemplate(tx: Executor, values: typeof agreementTemplates.$inferInsert): Promise<void> {
  await tx.insert(agreementTemplates).values(values).onConflictDoNothing();
}

export async function updateTemplate(tx: Executor, programmeId: string, language: string, values: { title: string; sections: TemplateRow['sections']; version: number; updatedAt: Date }) {
  const [row] = await tx
    .update(agreementTemplates)
    .set(values)
    .where(and(eq(agreementTemplates.programmeId, programmeId), eq(agreementTemplates.language, language)))
    .returning();
  return row!;
}

export async function findAgreement(db: Executor, partnershipId: string): Promise<AgreementRow | null> {
  const [row] = await db.select().from(agreements).where(eq(agreements.partnershipId, partnershipId));
  return row ?? null;
}

/** The agreement row, created empty when missing, locked until the end of the transaction. */
export async function lockAgreement(tx: Executor, partnershipId: string, applicationId: string | null): Promise<{ row: AgreementRow; created: boolean }> {
  const inserted = await tx.insert(agreements).values({ partnershipId, applicationId, version: 0 }).onConflictDoNothing().returning({ id: agreements.id });
  const [row] = await tx.select().from(agreements).where(eq(agreements.partnershipId, partnershipId)).for('update');
  return { row: row!, created: inserted.length > 0 };
}

export async function updateAgreement(tx: Executor, id: string, values: Partial<typeof agreements.$inferInsert> & { version: number; updatedAt: Date }) {
  const [row] = await tx.update(agreements).set(values).where(eq(agreements.id, id)).returning();
  return row!;
}

/** An agreement's amendments, newest first (a handful over a partnership's few years; capped). */
export async function listAmendments(db: Executor, agreementId: string, limit = 200): Promise<AmendmentRow[]> {
  return db
    .select()
    .from(agreementAmendments)
    .where(eq(agreementAmendments.agreementId, agreementId))
    .orderBy(desc(agreementAmendments.createdAt), desc(agreementAmendments.approvedOn))
    .limit(limit);
}

export async function insertAmendment(tx: Executor, values: typeof agreementAmendments.$inferInsert): Promise<AmendmentRow> {
  const [row] = await tx.insert(agreementAmendments).values(values).returning();
  return row!;
}

/** The first approved application of the partnership (its initial one): the agreement rests on it. */
export async function approvedApplication(db: Executor, partnershipId: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.partnershipId, partnershipId), eq(applications.status, 'approved')))
    .orderBy(asc(applications.year))
    .limit(1);
  return row ?? null;
}

/** A current document of the partnership in the category `partnership_agreement` (the signed copy). */
export async function signedCopy(db: Executor, partnershipId: string, id: string) {
  const [row] = await db
    .select({ id: documents.id, fileName: documents.fileName })
    .from(documents)
    .where(and(eq(documents.partnershipId, partnershipId), eq(documents.id, id), eq(documents.category, 'partnership_agreement'), isNull(documents.supersededAt)));
  return row ?? null;
}

export async function documentNames(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db.select({ id: documents.id, fileName: documents.fileName }).from(documents).where(inArray(documents.id, ids));
}
