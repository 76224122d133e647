/** The open data files' queries: each answers for a whole batch of partnerships at once (never one per row). */
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import { grants, indicatorTargets, indicatorValues, indicators, instalments, iatiSettings, results, workPlans } from '../../db/schema';

/** 64-bit sums come back as strings (pg) or numbers (PGlite); both are exact integers of øre here. */
const ore = (v: string | number | bigint | null): number => Number(v ?? 0);

export interface YearAmount {
  partnershipId: string;
  year: number;
  amount: number;
}

/** Per partnership and year: approved work plan totals, firm grants, paid instalments and accepted reports' actual spending. */
export async function moneyOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return { budget: [], granted: [], paid: [], expenditure: [] };
  const list = [...ids];
  const [budget, granted, paid, spent] = await Promise.all([
    db
      .select({ partnershipId: workPlans.partnershipId, year: workPlans.year, amount: workPlans.total })
      .from(workPlans)
      .where(and(inArray(workPlans.partnershipId, list), eq(workPlans.status, 'approved'))),
    db
      .select({ partnershipId: grants.partnershipId, year: grants.year, amount: grants.amount })
      .from(grants)
      .where(and(inArray(grants.partnershipId, list), eq(grants.firm, true))),
    db
      .select({ partnershipId: instalments.partnershipId, year: instalments.year, amount: sql<string>`sum(${instalments.amount})` })
      .from(instalments)
      .where(and(inArray(instalments.partnershipId, list), eq(instalments.status, 'paid')))
      .groupBy(instalments.partnershipId, instalments.year),
    // The actual spending of an accepted report is the sum of its lines' øre (a line not yet spent counts as 0).
    queryRows<{ partnership_id: string; year: number; amount: string | number }>(
      db,
      sql`
      select r.partnership_id, r.year, coalesce(sum((l->>'actual')::bigint), 0) as amount
      from annual_reports r
      left join lateral jsonb_array_elements(coalesce(r.content->'financial'->'lines', '[]'::jsonb)) l on true
      where r.status = 'accepted' and r.partnership_id in (${sql.join(
        list.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      group by r.partnership_id, r.year`,
    ),
  ]);
  return {
    budget: budget.map((r) => ({ ...r, amount: ore(r.amount) })),
    granted: granted.map((r) => ({ ...r, amount: ore(r.amount) })),
    paid: paid.map((r) => ({ ...r, amount: ore(r.amount) })),
    expenditure: spent.map((r) => ({ partnershipId: r.partnership_id, year: Number(r.year), amount: ore(r.amount) })),
  };
}

/** The frameworks without activities, their indicators, targets and approved values (four queries). */
export async function frameworksOf(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return { results: [], indicators: [], targets: [], values: [] };
  const list = [...ids];
  const [resultRows, indicatorRows, targets, values] = await Promise.all([
    db
      .select({ id: results.id, partnershipId: results.partnershipId, level: results.level, statement: results.statement })
      .from(results)
      .where(and(inArray(results.partnershipId, list), ne(results.level, 'activity'))),
    db
      .select({
        id: indicators.id,
        partnershipId: indicators.partnershipId,
        resultId: indicators.resultId,
        name: indicators.name,
        unit: indicators.unit,
        kind: indicators.kind,
        measure: indicators.measure,
        direction: indicators.direction,
        baselineValue: indicators.baselineValue,
        baselineDate: indicators.baselineDate,
      })
      .from(indicators)
      .where(inArray(indicators.partnershipId, list))
      .orderBy(asc(indicators.partnershipId), asc(indicators.position), asc(indicators.id)),
    db
      .select({ indicatorId: indicatorTargets.indicatorId, year: indicatorTargets.year, value: indicatorTargets.value })
      .from(indicatorTargets)
      .where(inArray(indicatorTargets.partnershipId, list)),
    db
      .select({ indicatorId: indicatorValues.indicatorId, year: indicatorValues.year, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(inArray(indicatorValues.partnershipId, list), eq(indicatorValues.status, 'approved'))),
  ]);
  return { results: resultRows, indicators: indicatorRows, targets, values };
}

/** The reporting organisation's identifier the activity identifiers are built on (settings, else the default). */
export async function reportingOrgRef(db: Executor, programmeId: string): Promise<string | null> {
  const [row] = await db.select({ settings: iatiSettings.settings }).from(iatiSettings).where(eq(iatiSettings.programmeId, programmeId));
  return row?.settings.reportingOrgRef ?? null;
}
