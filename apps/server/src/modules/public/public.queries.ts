/** The public read model's queries: each answers for a whole page of partnerships at once (never one per row). */
import { and, arrayContains, asc, count, eq, gte, ilike, inArray, isNotNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { likeContains } from '../../db/like';
import {
  annualReports,
  documents,
  grants,
  indicatorTargets,
  indicatorValues,
  indicators,
  instalments,
  municipalities,
  partnerships,
  publicationSettings,
  results,
  workPlans,
} from '../../db/schema';
import { publicPartnershipWhere } from './public.rules';

const home = alias(municipalities, 'home_m');
const partner = alias(municipalities, 'partner_m');

const rowColumns = {
  id: partnerships.id,
  title: partnerships.title,
  homeName: home.name,
  homeCountry: home.country,
  partnerName: partner.name,
  partnerCountry: partner.country,
  fundingSource: partnerships.fundingSource,
  status: partnerships.status,
  startYear: partnerships.startYear,
  endYear: partnerships.endYear,
  purposes: partnerships.purposes,
  workingLanguage: partnerships.workingLanguage,
};
export type PublicRowData = {
  [K in keyof typeof rowColumns]: K extends 'purposes' ? string[] : K extends 'startYear' | 'endYear' ? number : string;
};

export interface PublicFilter {
  q?: string;
  /** The partner municipality's country is one of these (a region's); an empty list matches nothing. */
  partnerCountries?: string[];
  country?: string;
  purpose?: string;
  funding?: string;
  status?: string;
  year?: number;
}

function conditions(f: PublicFilter): SQL[] {
  const where: SQL[] = [publicPartnershipWhere()];
  if (f.q) {
    const p = likeContains(f.q);
    where.push(or(ilike(partnerships.title, p), ilike(home.name, p), ilike(partner.name, p))!);
  }
  if (f.partnerCountries) where.push(f.partnerCountries.length ? inArray(partner.country, f.partnerCountries) : sql`false`);
  if (f.country) where.push(or(eq(home.country, f.country), eq(partner.country, f.country))!);
  if (f.purpose) where.push(arrayContains(partnerships.purposes, [f.purpose]));
  if (f.funding) where.push(eq(partnerships.fundingSource, f.funding));
  if (f.status) where.push(eq(partnerships.status, f.status));
  if (f.year !== undefined) where.push(lte(partnerships.startYear, f.year), gte(partnerships.endYear, f.year));
  return where;
}

const joined = (db: Executor, columns: Record<string, unknown>) =>
  db
    .select(columns as typeof rowColumns)
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homeMunicipalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId));

export async function listPublic(db: Executor, f: PublicFilter, limit: number, offset: number): Promise<{ rows: PublicRowData[]; total: number }> {
  const where = and(...conditions(f));
  const [rows, [totalRow]] = await Promise.all([
    joined(db, rowColumns).where(where).orderBy(asc(partnerships.title), asc(partnerships.id)).limit(limit).offset(offset),
    db
      .select({ n: count() })
      .from(partnerships)
      .innerJoin(home, eq(home.id, partnerships.homeMunicipalityId))
      .innerJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId))
      .where(where),
  ]);
  return { rows: rows as PublicRowData[], total: totalRow?.n ?? 0 };
}

export async function findPublic(db: Executor, id: string): Promise<PublicRowData | null> {
  const [row] = await joined(db, rowColumns).where(and(publicPartnershipWhere(), eq(partnerships.id, id)));
  return (row as PublicRowData | undefined) ?? null;
}

/** Public partnerships per purpose and per partner country (one query each). */
export async function programmeCounts(db: Executor) {
  const purpose = sql<string>`unnest(${partnerships.purposes})`;
  const [byPurpose, byCountry] = await Promise.all([
    db.select({ code: purpose, n: count() }).from(partnerships).where(publicPartnershipWhere()).groupBy(purpose),
    db
      .select({ country: partner.country, n: count() })
      .from(partnerships)
      .innerJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId))
      .where(publicPartnershipWhere())
      .groupBy(partner.country)
      .orderBy(asc(partner.country)),
  ]);
  return { byPurpose, byCountry };
}

/** Not held back: the partnership has no settings, or its `hidden` list lacks the part. */
const shown = (part: string) =>
  sql`not exists (select 1 from ${publicationSettings} where ${publicationSettings.partnershipId} = ${partnerships.id} and ${publicationSettings.hidden} @> ${JSON.stringify([part])}::jsonb)`;

/**
 * Granted and paid per year over the public partnerships. A partnership that holds back its budget
 * (or payments) is left out of the granted (or paid) sums, so a total never reveals a held-back figure.
 */
export async function programmeMoney(db: Executor) {
  // A partnership holding back its budget or its payments counts in neither sum: the two figures of a year
  // describe the same partnerships (never more paid than granted), and neither gives a hidden one away.
  const both = and(shown('budget'), shown('payments'));
  const [granted, paid] = await Promise.all([
    db
      .select({ year: grants.year, amount: sql<string>`sum(${grants.amount})` })
      .from(grants)
      .innerJoin(partnerships, eq(partnerships.id, grants.partnershipId))
      .where(and(publicPartnershipWhere(), eq(grants.firm, true), both))
      .groupBy(grants.year),
    db
      .select({ year: instalments.year, amount: sql<string>`sum(${instalments.amount})` })
      .from(instalments)
      .innerJoin(partnerships, eq(partnerships.id, instalments.partnershipId))
      .where(and(publicPartnershipWhere(), eq(instalments.status, 'paid'), both))
      .groupBy(instalments.year),
  ]);
  return { granted, paid };
}

/** One partnership's money per year: approved work plan totals, firm grants, paid instalments. */
export async function partnershipMoney(db: Executor, id: string) {
  const [plans, firm, paid] = await Promise.all([
    db
      .select({ year: workPlans.year, total: workPlans.total })
      .from(workPlans)
      .where(and(eq(workPlans.partnershipId, id), eq(workPlans.status, 'approved'))),
    db.select({ year: grants.year, amount: grants.amount }).from(grants).where(and(eq(grants.partnershipId, id), eq(grants.firm, true))),
    db
      .select({ year: instalments.year, amount: sql<string>`sum(${instalments.amount})` })
      .from(instalments)
      .where(and(eq(instalments.partnershipId, id), eq(instalments.status, 'paid')))
      .groupBy(instalments.year),
  ]);
  return { plans, firm, paid: paid.map((p) => ({ year: p.year, amount: Number(p.amount) })) };
}

/** The framework without activities, its indicators, targets and approved values (four queries). */
export async function partnershipResults(db: Executor, id: string) {
  return Promise.all([
    db
      .select({ id: results.id, level: results.level, statement: results.statement, position: results.position })
      .from(results)
      .where(and(eq(results.partnershipId, id), ne(results.level, 'activity'))),
    db
      .select({
        id: indicators.id,
        resultId: indicators.resultId,
        name: indicators.name,
        unit: indicators.unit,
        kind: indicators.kind,
        direction: indicators.direction,
        baselineValue: indicators.baselineValue,
        baselineDate: indicators.baselineDate,
        endTarget: indicators.endTarget,
      })
      .from(indicators)
      .where(eq(indicators.partnershipId, id))
      .orderBy(asc(indicators.position), asc(indicators.id)),
    db
      .select({ indicatorId: indicatorTargets.indicatorId, year: indicatorTargets.year, value: indicatorTargets.value })
      .from(indicatorTargets)
      .where(eq(indicatorTargets.partnershipId, id)),
    db
      .select({ indicatorId: indicatorValues.indicatorId, year: indicatorValues.year, value: indicatorValues.value })
      .from(indicatorValues)
      .where(and(eq(indicatorValues.partnershipId, id), eq(indicatorValues.status, 'approved'))),
  ]);
}

export async function acceptedReports(db: Executor, id: string) {
  return db
    .select({ year: annualReports.year, acceptedAt: annualReports.acceptedAt, content: annualReports.content })
    .from(annualReports)
    .where(and(eq(annualReports.partnershipId, id), eq(annualReports.status, 'accepted'), isNotNull(annualReports.acceptedAt)))
    .orderBy(asc(annualReports.year));
}

/** A document's bytes, when it is the current version of a published series of a public partnership. */
export async function publicDocumentFile(db: Executor, documentId: string) {
  const [row] = await db
    .select({ fileName: documents.fileName, mediaType: documents.mediaType, content: documents.content })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(
      and(
        eq(documents.id, documentId),
        sql`${documents.supersededAt} is null`,
        publicPartnershipWhere(),
        sql`exists (select 1 from published_documents pd where pd.series_id = ${documents.seriesId} and pd.partnership_id = ${documents.partnershipId})`,
      ),
    );
  return row ?? null;
}
