/**
 * Loads the facts of a page of public partnerships for the IATI export: a fixed number of queries per
 * page whatever its size (no query per partnership).
 */
import { and, asc, eq, gt, gte, inArray, isNotNull, lte, ne, sql, type SQL } from 'drizzle-orm';
import type { LocalizedText } from '@mic/domain';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import {
  annualReports,
  fundingSources,
  grants,
  instalments,
  municipalities,
  partnerships,
  results,
  workPlans,
} from '../../db/schema';
import { hiddenFieldsOf, publicPartnershipWhere, publishedDocumentsOf } from '../public/public.rules';
import type { IatiActivityFacts, IatiIndicatorFacts } from './iati.activity';

const home = alias(municipalities, 'iati_home');
const partner = alias(municipalities, 'iati_partner');

export interface IatiFilter {
  funding?: string;
  country?: string;
  year?: number;
  id?: string;
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** The public partnerships matching the filter, by id, after `afterId` (keyset paging: stable while the export streams). */
export async function publicPartnershipPage(db: Executor, programmeId: string, filter: IatiFilter, afterId: string | null, limit: number) {
  const where: (SQL | undefined)[] = [publicPartnershipWhere(), eq(partnerships.programmeId, programmeId)];
  if (filter.id) where.push(eq(partnerships.id, filter.id));
  if (filter.funding) where.push(eq(partnerships.fundingSource, filter.funding));
  if (filter.country) where.push(eq(partner.country, filter.country));
  if (filter.year) where.push(lte(partnerships.startYear, filter.year), gte(partnerships.endYear, filter.year));
  if (afterId) where.push(gt(partnerships.id, afterId));
  return db
    .select({
      id: partnerships.id,
      title: partnerships.title,
      status: partnerships.status,
      startYear: partnerships.startYear,
      endYear: partnerships.endYear,
      workingLanguage: partnerships.workingLanguage,
      purposes: partnerships.purposes,
      updatedAt: partnerships.updatedAt,
      fundingCode: partnerships.fundingSource,
      fundingName: fundingSources.name,
      fundingOrgId: fundingSources.iatiOrgId,
      homeName: home.name,
      homeCountry: home.country,
      partnerName: partner.name,
      partnerCountry: partner.country,
    })
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homeMunicipalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId))
    .leftJoin(fundingSources, and(eq(fundingSources.programmeId, partnerships.programmeId), eq(fundingSources.code, partnerships.fundingSource)))
    .where(and(...where))
    .orderBy(asc(partnerships.id))
    .limit(limit);
}

type PageRow = Awaited<ReturnType<typeof publicPartnershipPage>>[number];
type YearValue = { year: number; value: number | string };
interface IndicatorRow {
  id: string;
  resultId: string;
  name: LocalizedText;
  kind: string;
  measure: string | null;
  direction: string;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineDescription: string | null;
  endTarget: number | null;
  targets: YearValue[];
  actuals: YearValue[];
}

/** json_build_object keeps numeric values as JSON numbers; a numeric column may still arrive as text. */
const numeric = (v: YearValue) => ({ year: v.year, value: Number(v.value) });

/** Everything the activities of these partnerships need. */
export async function activityFactsOf(db: Executor, page: PageRow[]): Promise<IatiActivityFacts[]> {
  if (page.length === 0) return [];
  const ids = page.map((p) => p.id);
  const [hidden, grantRows, planRows, paidRows, reportRows, resultRows, indicatorRows, docs] = await Promise.all([
    hiddenFieldsOf(db, ids),
    db.select({ partnershipId: grants.partnershipId, year: grants.year, amount: grants.amount, firm: grants.firm }).from(grants).where(inArray(grants.partnershipId, ids)).orderBy(grants.year),
    db
      .select({ partnershipId: workPlans.partnershipId, year: workPlans.year, total: workPlans.total })
      .from(workPlans)
      .where(and(inArray(workPlans.partnershipId, ids), eq(workPlans.status, 'approved'))),
    db
      .select({ partnershipId: instalments.partnershipId, paidOn: instalments.paidOn, amount: instalments.amount })
      .from(instalments)
      .where(and(inArray(instalments.partnershipId, ids), eq(instalments.status, 'paid'), isNotNull(instalments.paidOn)))
      .orderBy(instalments.paidOn, instalments.seq),
    db
      // Only the sum of the actuals is needed: added up in the database, not shipped as whole report content.
      .select({
        partnershipId: annualReports.partnershipId,
        year: annualReports.year,
        actual: sql<string>`coalesce((select sum((line->>'actual')::numeric) from jsonb_array_elements(coalesce(${annualReports.content}->'financial'->'lines', '[]'::jsonb)) as line), 0)::text`,
      })
      .from(annualReports)
      .where(and(inArray(annualReports.partnershipId, ids), eq(annualReports.status, 'accepted')))
      .orderBy(annualReports.year),
    db
      .select({ id: results.id, partnershipId: results.partnershipId, level: results.level, statement: results.statement })
      .from(results)
      .where(and(inArray(results.partnershipId, ids), ne(results.level, 'activity')))
      .orderBy(results.level, results.position, results.id),
    // Only what the XML uses, with each indicator's targets and approved values folded into arrays by
    // the database, in plain SQL: a tenth of the rows of a table-per-table read, and no ORM mapping of
    // the largest part of an export of thousands (issue 10).
    queryRows<IndicatorRow>(
      db,
      sql`select i.id, i.result_id as "resultId", i.name, i.kind, i.measure, i.direction, i.baseline_value as "baselineValue",
                 i.baseline_date::text as "baselineDate", i.baseline_description as "baselineDescription", i.end_target as "endTarget",
                 coalesce((select json_agg(json_build_object('year', t.year, 'value', t.value)) from indicator_targets t where t.indicator_id = i.id), '[]'::json) as targets,
                 coalesce((select json_agg(json_build_object('year', v.year, 'value', v.value)) from indicator_values v where v.indicator_id = i.id and v.status = 'approved'), '[]'::json) as actuals
            from indicators i where i.partnership_id in (select json_array_elements_text(${JSON.stringify(ids)}::json)::uuid)
           order by i.position`,
    ),
    publishedDocumentsOf(db, ids),
  ]);
  const grantsBy = groupBy(grantRows, (r) => r.partnershipId);
  const plansBy = groupBy(planRows, (r) => r.partnershipId);
  const paidBy = groupBy(paidRows, (r) => r.partnershipId);
  const reportsBy = groupBy(reportRows, (r) => r.partnershipId);
  const resultsBy = groupBy(resultRows, (r) => r.partnershipId);
  const indicatorsBy = groupBy(indicatorRows, (r) => r.resultId);
  const docsBy = groupBy(docs, (r) => r.partnershipId);
  const levelOrder = ['impact', 'outcome', 'output'];

  return page.map((p) => {
    const ownResults = (resultsBy.get(p.id) ?? []).sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level));
    const indicatorFacts = (resultId: string): IatiIndicatorFacts[] =>
      (indicatorsBy.get(resultId) ?? []).map((i) => ({
        name: i.name,
        kind: i.kind,
        measure: i.measure,
        direction: i.direction,
        baselineValue: i.baselineValue,
        baselineDate: i.baselineDate,
        baselineDescription: i.baselineDescription,
        endTarget: i.endTarget,
        targets: i.targets.map(numeric),
        actuals: i.actuals.map(numeric),
      }));
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      startYear: p.startYear,
      endYear: p.endYear,
      workingLanguage: p.workingLanguage,
      purposes: p.purposes,
      updatedAt: p.updatedAt,
      home: { name: p.homeName, country: p.homeCountry },
      partner: { name: p.partnerName, country: p.partnerCountry },
      funding: { code: p.fundingCode, name: p.fundingName ?? { en: p.fundingCode }, iatiOrgId: p.fundingOrgId ?? null },
      hidden: hidden.get(p.id) ?? [],
      impact: ownResults.find((r) => r.level === 'impact')?.statement ?? null,
      grants: (grantsBy.get(p.id) ?? []).map((g) => ({ year: g.year, amount: g.amount, firm: g.firm })),
      workPlans: (plansBy.get(p.id) ?? []).map((w) => ({ year: w.year, total: w.total })),
      paid: (paidBy.get(p.id) ?? []).map((i) => ({ paidOn: i.paidOn!, amount: i.amount })),
      expenditure: (reportsBy.get(p.id) ?? []).map((r) => ({ year: r.year, actual: Number(r.actual) })),
      results: ownResults.map((r) => ({ level: r.level, statement: r.statement, indicators: indicatorFacts(r.id) })),
      documents: (docsBy.get(p.id) ?? []).map((d) => ({
        id: d.id,
        fileName: d.fileName,
        mediaType: d.mediaType,
        category: d.category,
        language: d.language,
        documentDate: d.documentDate,
      })),
    };
  });
}
