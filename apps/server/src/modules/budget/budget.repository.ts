import { and, asc, desc, eq } from 'drizzle-orm';
import { DEFAULT_BUDGET_RULES, type BudgetRules } from '@mic/domain';
import type { Executor } from '../../db/client';
import { partnerships } from '../../db/schema';
import { annualMeetings } from '../../db/schema.agreements';
import { budgetRules, grants, workPlanRevisions, workPlans } from '../../db/schema.finance';
import { results } from '../../db/schema.results';

export type WorkPlanRow = typeof workPlans.$inferSelect;
export type WorkPlanInsert = typeof workPlans.$inferInsert;
export type RevisionRow = typeof workPlanRevisions.$inferSelect;
export type RulesRow = typeof budgetRules.$inferSelect;

/** The partnership's programme, period and status; share-locked inside a write so it cannot close meanwhile. */
export async function findPartnership(db: Executor, partnershipId: string, lock = false) {
  const query = db
    .select({ programmeId: partnerships.programmeId, startYear: partnerships.startYear, endYear: partnerships.endYear, status: partnerships.status, title: partnerships.title })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId));
  const [row] = lock ? await query.for('share') : await query;
  return row ?? null;
}

export async function findRules(db: Executor, programmeId: string, lock = false): Promise<RulesRow | null> {
  const query = db.select().from(budgetRules).where(eq(budgetRules.programmeId, programmeId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The rules as the domain sees them; the defaults until the programme has its row (it gets one on start). */
export function rulesOf(row: RulesRow | null): BudgetRules {
  if (!row) return DEFAULT_BUDGET_RULES;
  return {
    yearlyCeiling: row.yearlyCeiling,
    maxAdministrationPercent: row.maxAdministrationPercent,
    ineligibleCategories: row.ineligibleCategories,
    varianceThresholdPercent: row.varianceThresholdPercent,
  };
}

/** Loads the default rules for a programme without any; true when it inserted them. */
export async function insertRulesIfMissing(db: Executor, programmeId: string, rules: BudgetRules = DEFAULT_BUDGET_RULES): Promise<boolean> {
  const inserted = await db.insert(budgetRules).values({ programmeId, ...rules }).onConflictDoNothing().returning({ programmeId: budgetRules.programmeId });
  return inserted.length > 0;
}

export async function updateRules(tx: Executor, programmeId: string, values: BudgetRules & { version: number }): Promise<RulesRow> {
  const [row] = await tx
    .update(budgetRules)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(budgetRules.programmeId, programmeId))
    .returning();
  return row!;
}

export async function findWorkPlan(db: Executor, partnershipId: string, year: number, lock = false): Promise<WorkPlanRow | null> {
  const query = db
    .select()
    .from(workPlans)
    .where(and(eq(workPlans.partnershipId, partnershipId), eq(workPlans.year, year)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Inserts the year's first plan; null when another writer created it meanwhile. */
export async function insertWorkPlan(tx: Executor, values: WorkPlanInsert): Promise<WorkPlanRow | null> {
  const [row] = await tx.insert(workPlans).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateWorkPlan(tx: Executor, id: string, values: Partial<WorkPlanInsert>): Promise<WorkPlanRow> {
  const [row] = await tx
    .update(workPlans)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(workPlans.id, id))
    .returning();
  return row!;
}

export async function lastRevisionNumber(tx: Executor, workPlanId: string): Promise<number> {
  const [row] = await tx.select({ n: workPlanRevisions.number }).from(workPlanRevisions).where(eq(workPlanRevisions.workPlanId, workPlanId)).orderBy(desc(workPlanRevisions.number)).limit(1);
  return row?.n ?? 0;
}

export async function insertRevision(tx: Executor, values: typeof workPlanRevisions.$inferInsert): Promise<RevisionRow> {
  const [row] = await tx.insert(workPlanRevisions).values(values).returning();
  return row!;
}

/** Newest first. */
export async function revisionsOf(db: Executor, workPlanId: string): Promise<RevisionRow[]> {
  return db.select().from(workPlanRevisions).where(eq(workPlanRevisions.workPlanId, workPlanId)).orderBy(desc(workPlanRevisions.number));
}

/** The partnership's outputs in framework order: depth first from the impact, siblings by position. */
export async function outputsOf(db: Executor, partnershipId: string) {
  const rows = await db
    .select({ id: results.id, parentId: results.parentId, level: results.level, statement: results.statement })
    .from(results)
    .where(eq(results.partnershipId, partnershipId))
    .orderBy(asc(results.position), asc(results.id));
  const children = new Map<string | null, typeof rows>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const out: { id: string; statement: Record<string, string> }[] = [];
  const walk = (parentId: string | null) => {
    for (const r of children.get(parentId) ?? []) {
      if (r.level === 'output') out.push({ id: r.id, statement: r.statement as Record<string, string> });
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

export async function meetingsOf(db: Executor, partnershipId: string) {
  return db
    .select({ id: annualMeetings.id, meetingDate: annualMeetings.meetingDate })
    .from(annualMeetings)
    .where(eq(annualMeetings.partnershipId, partnershipId))
    .orderBy(desc(annualMeetings.meetingDate));
}

export async function grantOf(db: Executor, partnershipId: string, year: number) {
  const [row] = await db
    .select({ amount: grants.amount, firm: grants.firm })
    .from(grants)
    .where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, year)));
  return row ?? null;
}
