/**
 * Loads the facts of a page of public partnerships for the IATI export: a fixed number of queries per
 * page whatever its size (no query per partnership).
 */
import { and, asc, eq, gt, gte, lte, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client';
import { fundingSources, municipalities, partnerships } from '../../db/schema';
import { hiddenFieldsOf, publicPartnershipWhere, publishedDocumentsOf } from '../public/public.rules';
import type { IatiActivityFacts } from './iati.activity';
import { sqlFactsOf, type SqlFacts } from './iati.facts.sql';

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

/** One activity's facts, put together when it is written (so a page's objects do not outlive it). */
export type LazyFacts = () => IatiActivityFacts;

/** Everything the activities of these partnerships need: three queries per page, whatever its size. */
export async function lazyActivityFactsOf(db: Executor, page: PageRow[]): Promise<LazyFacts[]> {
  if (page.length === 0) return [];
  const ids = page.map((p) => p.id);
  const [hidden, factsById, docs] = await Promise.all([hiddenFieldsOf(db, ids), sqlFactsOf(db, ids), publishedDocumentsOf(db, ids)]);
  const docsBy = groupBy(docs, (r) => r.partnershipId);
  return page.map((p) => () => {
    const facts = JSON.parse(factsById.get(p.id) ?? EMPTY) as SqlFacts;
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
      impact: facts.results.find((r) => r.level === 'impact')?.statement ?? null,
      grants: facts.grants,
      workPlans: facts.workPlans,
      paid: facts.paid,
      expenditure: facts.expenditure,
      results: facts.results,
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

const EMPTY = JSON.stringify({ grants: [], workPlans: [], paid: [], expenditure: [], results: [] } satisfies SqlFacts);

/** The facts of these partnerships, all at once (a single activity, the pre-publication check). */
export async function activityFactsOf(db: Executor, page: PageRow[]): Promise<IatiActivityFacts[]> {
  return (await lazyActivityFactsOf(db, page)).map((facts) => facts());
}
