import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { grants, instalments } from '../../db/schema.finance';
import { annualReports, audits, reportEvents, reportVersions } from '../../db/schema.reports';
import { indicators, indicatorTargets, indicatorValues, results } from '../../db/schema.results';
import { riskSettings, risks } from '../../db/schema.risks';

export type ReportRow = typeof annualReports.$inferSelect;
export type ReportInsert = typeof annualReports.$inferInsert;
export type EventRow = typeof reportEvents.$inferSelect;
export type VersionRow = typeof reportVersions.$inferSelect;

/** The report; locked for the rest of a write transaction so two writers cannot both pass the checks. */
export async function findReport(db: Executor, id: string, lock = false): Promise<ReportRow | null> {
  const query = db.select().from(annualReports).where(eq(annualReports.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** A new report; null when the partnership already has one for the year (the unique index decides under concurrency). */
export async function insertReport(tx: Executor, values: ReportInsert): Promise<ReportRow | null> {
  const [row] = await tx.insert(annualReports).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function updateReport(tx: Executor, id: string, values: Partial<ReportInsert>): Promise<ReportRow> {
  const [row] = await tx.update(annualReports).set(values).where(eq(annualReports.id, id)).returning();
  return row!;
}

/** A partnership's reports, by year (one per project year at most). */
export async function reportsOfPartnership(db: Executor, partnershipId: string): Promise<ReportRow[]> {
  return db.select().from(annualReports).where(eq(annualReports.partnershipId, partnershipId)).orderBy(asc(annualReports.year));
}

export async function insertEvent(tx: Executor, values: typeof reportEvents.$inferInsert): Promise<void> {
  await tx.insert(reportEvents).values(values);
}

export async function eventsOf(db: Executor, reportId: string): Promise<EventRow[]> {
  return db.select().from(reportEvents).where(eq(reportEvents.reportId, reportId)).orderBy(asc(reportEvents.id));
}

export async function insertVersion(tx: Executor, values: typeof reportVersions.$inferInsert): Promise<void> {
  await tx.insert(reportVersions).values(values);
}

export async function versionsOf(db: Executor, reportId: string) {
  return db
    .select({ number: reportVersions.number, submittedAt: reportVersions.submittedAt, byName: reportVersions.byName })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number));
}

/** The firm grant of the year and what has been paid of that year's instalments (øre); two small sums in one query. */
export async function yearMoney(db: Executor, partnershipId: string, year: number): Promise<{ granted: number; paid: number }> {
  const granted = db
    .select({ v: sql`coalesce(sum(${grants.amount}), 0)` })
    .from(grants)
    .where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, year), eq(grants.firm, true)));
  const paid = db
    .select({ v: sql`coalesce(sum(${instalments.amount}), 0)` })
    .from(instalments)
    .where(and(eq(instalments.partnershipId, partnershipId), eq(instalments.year, year), eq(instalments.status, 'paid')));
  const [row] = await db.select({ granted: sql<string | number>`(${granted})`, paid: sql<string | number>`(${paid})` }).from(sql`(select 1) as one`);
  return { granted: Number(row?.granted ?? 0), paid: Number(row?.paid ?? 0) };
}

/** The outcomes and outputs of the partnership's results framework, in tree order. */
export async function frameworkOf(db: Executor, partnershipId: string) {
  return db
    .select({ id: results.id, parentId: results.parentId, level: results.level, statement: results.statement })
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), inArray(results.level, ['outcome', 'output'])))
    .orderBy(asc(results.position));
}

/** The indicators of the partnership, their targets and their values of one year: three queries whatever their number. */
export async function indicatorsOf(db: Executor, partnershipId: string, year: number) {
  const [defs, targets, values] = await Promise.all([
    db
      .select({
        id: indicators.id,
        resultId: indicators.resultId,
        name: indicators.name,
        unit: indicators.unit,
        direction: indicators.direction,
        baseline: indicators.baselineValue,
        endTarget: indicators.endTarget,
      })
      .from(indicators)
      .where(eq(indicators.partnershipId, partnershipId))
      .orderBy(asc(indicators.position)),
    db
      .select({ indicatorId: indicatorTargets.indicatorId, year: indicatorTargets.year, value: indicatorTargets.value })
      .from(indicatorTargets)
      .where(eq(indicatorTargets.partnershipId, partnershipId)),
    db
      .select({ indicatorId: indicatorValues.indicatorId, value: indicatorValues.value, status: indicatorValues.status })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.partnershipId, partnershipId), eq(indicatorValues.year, year))),
  ]);
  return { defs, targets, values };
}

/** The register at a glance: open risks, open high ones (by the programme's bands) and those reviewed in the year. */
export async function riskCounts(db: Executor, partnershipId: string, programmeId: string, year: number) {
  const highFrom = db.select({ h: riskSettings.highFrom }).from(riskSettings).where(eq(riskSettings.programmeId, programmeId));
  const [row] = await db
    .select({
      open: sql<string | number>`count(*) filter (where ${risks.status} = 'open')`,
      high: sql<string | number>`count(*) filter (where ${risks.status} = 'open' and ${risks.currentProbability} * ${risks.currentConsequence} >= coalesce((${highFrom}), 10))`,
      reviewed: sql<string | number>`count(*) filter (where extract(year from ${risks.lastReviewedOn}) = ${year})`,
    })
    .from(risks)
    .where(eq(risks.partnershipId, partnershipId));
  return { open: Number(row?.open ?? 0), high: Number(row?.high ?? 0), reviewedThisYear: Number(row?.reviewed ?? 0) };
}

/** The partnership's audit of the year, if one is recorded. */
export async function auditOfYear(db: Executor, partnershipId: string, year: number) {
  const [row] = await db.select().from(audits).where(and(eq(audits.partnershipId, partnershipId), eq(audits.year, year)));
  return row ?? null;
}
