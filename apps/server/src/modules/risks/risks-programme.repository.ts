import { and, count, eq, inArray, notInArray, sql, type SQL } from 'drizzle-orm';
import type { ProgrammeRiskList, RiskBand, RiskBandThresholds, RiskCategory } from '@mic/domain';
import type { Executor } from '../../db/client';
import { municipalities, partnerships, risks } from '../../db/schema';
import { bandCase, inBand, registerOrder, reviewCount } from './risks.repository';

/** Partnerships whose risks no longer call for attention programme-wide. */
const INACTIVE_STATUSES = ['closed', 'rejected'];

export interface ProgrammeRiskFilter {
  /** The partner municipality's country is one of these (a region); an empty list matches nothing. */
  partnerCountries?: string[];
  fundingSource?: string;
  category?: RiskCategory;
  band?: RiskBand;
}

export interface ProgrammeRiskRules {
  thresholds: RiskBandThresholds;
  reviewIntervalMonths: number;
  today: string;
}

const currentRating = sql`(${risks.currentProbability} * ${risks.currentConsequence})`;

function toleranceDocumented(): SQL {
  return sql`(btrim(coalesce(${risks.toleranceJustification}, '')) <> '' and btrim(coalesce(${risks.toleranceAcceptedBy}, '')) <> '' and ${risks.toleranceAcceptedOn} is not null)`;
}

function overdue(r: ProgrammeRiskRules): SQL {
  return sql`(coalesce(${risks.lastReviewedOn}, ${risks.identifiedOn}) + make_interval(months => ${r.reviewIntervalMonths}::int))::date < ${r.today}::date`;
}

function questioning(r: ProgrammeRiskRules): SQL {
  return sql`(${risks.responseType} = 'no_response_possible' and ${currentRating} >= ${r.thresholds.highFrom})`;
}

/** Open risks of active partnerships matching the filter (the base of every figure in the view). */
function baseWhere(f: ProgrammeRiskFilter, r: ProgrammeRiskRules): SQL | undefined {
  return and(
    eq(risks.status, 'open'),
    notInArray(partnerships.status, INACTIVE_STATUSES),
    f.partnerCountries ? (f.partnerCountries.length ? inArray(municipalities.country, f.partnerCountries) : sql`false`) : undefined,
    f.fundingSource ? eq(partnerships.fundingSource, f.fundingSource) : undefined,
    f.category ? eq(risks.category, f.category) : undefined,
    f.band ? inBand(f.band, r.thresholds) : undefined,
  );
}

function listWhere(list: ProgrammeRiskList, r: ProgrammeRiskRules): SQL | undefined {
  if (list === 'tolerated') return toleranceDocumented();
  if (list === 'overdue') return overdue(r);
  if (list === 'questioned') return questioning(r);
  return undefined;
}

const partnershipJoin = eq(partnerships.id, risks.partnershipId);
const partnerJoin = eq(municipalities.id, partnerships.partnerMunicipalityId);

/** One page of the chosen list, highest current rating first, and the number of matches: two queries. */
export async function listProgrammeRisks(db: Executor, f: ProgrammeRiskFilter, r: ProgrammeRiskRules, list: ProgrammeRiskList, limit: number, offset: number) {
  const where = and(baseWhere(f, r), listWhere(list, r));
  const columns = { risk: risks, reviewCount, partnershipTitle: partnerships.title, partnerCountry: municipalities.country, fundingSource: partnerships.fundingSource };
  const [rows, [counted]] = await Promise.all([
    db
      .select(columns)
      .from(risks)
      .innerJoin(partnerships, partnershipJoin)
      .innerJoin(municipalities, partnerJoin)
      .where(where)
      .orderBy(...registerOrder.slice(1, 3), sql`lower(${partnerships.title})`, ...registerOrder.slice(3))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(risks).innerJoin(partnerships, partnershipJoin).innerJoin(municipalities, partnerJoin).where(where),
  ]);
  return { rows, total: Number(counted?.n ?? 0) };
}

export type ProgrammeRiskRow = Awaited<ReturnType<typeof listProgrammeRisks>>['rows'][number];

/** Open risks counted by category and current band: one query. */
export async function countsByCategoryAndBand(db: Executor, f: ProgrammeRiskFilter, r: ProgrammeRiskRules) {
  const band = bandCase(r.thresholds);
  const rows = await db
    .select({ category: risks.category, band, n: count() })
    .from(risks)
    .innerJoin(partnerships, partnershipJoin)
    .innerJoin(municipalities, partnerJoin)
    .where(baseWhere(f, r))
    // By position: the band's expression carries parameters, so repeating it would not match.
    .groupBy(sql.raw('1'), sql.raw('2'));
  return rows.map((row) => ({ category: row.category as RiskCategory, band: row.band, count: Number(row.n) }));
}

/** The view's totals in one query. */
export async function totals(db: Executor, f: ProgrammeRiskFilter, r: ProgrammeRiskRules) {
  const t = r.thresholds;
  const [row] = await db
    .select({
      open: count(),
      low: sql`count(*) filter (where ${currentRating} < ${t.mediumFrom})`,
      medium: sql`count(*) filter (where ${currentRating} >= ${t.mediumFrom} and ${currentRating} < ${t.highFrom})`,
      high: sql`count(*) filter (where ${currentRating} >= ${t.highFrom})`,
      toleranceDocumented: sql`count(*) filter (where ${toleranceDocumented()})`,
      overdue: sql`count(*) filter (where ${overdue(r)})`,
      continuationQuestioned: sql`count(*) filter (where ${questioning(r)})`,
    })
    .from(risks)
    .innerJoin(partnerships, partnershipJoin)
    .innerJoin(municipalities, partnerJoin)
    .where(baseWhere(f, r));
  const n = (key: keyof NonNullable<typeof row>) => Number(row?.[key] ?? 0);
  return {
    open: n('open'),
    low: n('low'),
    medium: n('medium'),
    high: n('high'),
    toleranceDocumented: n('toleranceDocumented'),
    overdue: n('overdue'),
    continuationQuestioned: n('continuationQuestioned'),
  };
}

/** Partnerships with an open high risk that has no possible response: one query (at most 100). */
export async function questionedPartnerships(db: Executor, f: ProgrammeRiskFilter, r: ProgrammeRiskRules) {
  const rows = await db
    .select({ id: partnerships.id, title: partnerships.title, n: count() })
    .from(risks)
    .innerJoin(partnerships, partnershipJoin)
    .innerJoin(municipalities, partnerJoin)
    .where(and(baseWhere(f, r), questioning(r)))
    .groupBy(partnerships.id, partnerships.title)
    .orderBy(sql`count(*) desc`, sql`lower(${partnerships.title})`)
    .limit(100);
  return rows.map((row) => ({ id: row.id, title: row.title, riskCount: Number(row.n) }));
}
