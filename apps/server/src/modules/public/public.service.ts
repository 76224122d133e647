import {
  DEFAULT_IATI_SETTINGS,
  DomainError,
  OPEN_DATA_LICENCE,
  iatiIdentifier,
  type PartnershipStatus,
  type PublicField,
  type PublicIndicator,
  type PublicPartnershipDto,
  type PublicPartnershipListDto,
  type PublicPartnershipRow,
  type PublicProgrammeDto,
  type Region,
} from '@mic/domain';
import type { DocumentCategory } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { iatiSettings } from '../../db/schema';
import { findProgrammeId, loadProgramme, loadRegions } from '../programme/programme.repository';
import * as q from './public.queries';
import { hiddenFieldsOf, publishedDocumentsOf } from './public.rules';

export function publicDocumentUrl(documentId: string): string {
  return `/api/public/documents/${documentId}`;
}

function regionOf(regions: readonly Region[], country: string): string | null {
  return regions.find((r) => r.countries.includes(country))?.code ?? null;
}

function toRow(r: q.PublicRowData, regions: readonly Region[]): PublicPartnershipRow {
  return {
    id: r.id,
    title: r.title,
    homeMunicipality: { name: r.homeName, country: r.homeCountry },
    partnerMunicipality: { name: r.partnerName, country: r.partnerCountry },
    region: regionOf(regions, r.partnerCountry),
    purposes: r.purposes,
    fundingSource: r.fundingSource,
    status: r.status as PartnershipStatus,
    startYear: r.startYear,
    endYear: r.endYear,
  };
}

export async function programme(db: Executor): Promise<PublicProgrammeDto> {
  const id = await findProgrammeId(db);
  const config = id ? await loadProgramme(db, id) : null;
  if (!config) throw new DomainError('NOT_FOUND');
  const [counts, money] = await Promise.all([q.programmeCounts(db), q.programmeMoney(db)]);
  const byPurpose = new Map(counts.byPurpose.map((p) => [p.code, p.n]));
  const byCountry = new Map(counts.byCountry.map((c) => [c.country, c.n]));
  const years = new Map<number, { year: number; granted: number; paid: number }>();
  const yearOf = (year: number) => years.get(year) ?? years.set(year, { year, granted: 0, paid: 0 }).get(year)!;
  for (const g of money.granted) yearOf(g.year).granted = Number(g.amount);
  for (const p of money.paid) yearOf(p.year).paid = Number(p.amount);
  return {
    name: config.name,
    goal: config.goal,
    purposes: config.purposes.map((p) => ({ code: p.code, name: p.name, partnerships: byPurpose.get(p.code) ?? 0 })),
    regions: config.regions.map((r) => {
      const countries = r.countries.filter((c) => byCountry.has(c)).map((c) => ({ country: c, partnerships: byCountry.get(c)! }));
      return { code: r.code, name: r.name, partnerships: countries.reduce((n, c) => n + c.partnerships, 0), countries };
    }),
    fundingSources: config.fundingSources.map((f) => ({ code: f.code, name: f.name })),
    partnerships: counts.byCountry.reduce((n, c) => n + c.n, 0),
    money: [...years.values()].sort((a, b) => a.year - b.year),
    licence: { ...OPEN_DATA_LICENCE },
  };
}

export interface ListQuery {
  q?: string;
  region?: string;
  country?: string;
  purpose?: string;
  funding?: string;
  status?: string;
  year?: number;
  page: number;
  pageSize: number;
}

export async function list(db: Executor, query: ListQuery): Promise<PublicPartnershipListDto> {
  const regions = await loadRegions(db);
  const partnerCountries = query.region ? (regions.find((r) => r.code === query.region)?.countries ?? []) : undefined;
  const filter: q.PublicFilter = { ...query, partnerCountries };
  const { rows, total } = await q.listPublic(db, filter, query.pageSize, (query.page - 1) * query.pageSize);
  return { items: rows.map((r) => toRow(r, regions)), total, page: query.page, pageSize: query.pageSize };
}

async function reportingOrgRef(db: Executor): Promise<string> {
  const [row] = await db.select({ settings: iatiSettings.settings }).from(iatiSettings).limit(1);
  return row?.settings.reportingOrgRef ?? DEFAULT_IATI_SETTINGS.reportingOrgRef;
}

const LEVEL_ORDER = ['impact', 'outcome', 'output'];

async function resultsOf(db: Executor, id: string, language: string): Promise<NonNullable<PublicPartnershipDto['results']>> {
  const [rs, inds, targets, values] = await q.partnershipResults(db, id);
  const perIndicator = new Map<string, Map<number, { year: number; target: number | null; actual: number | null }>>();
  const yearEntry = (indicatorId: string, year: number) => {
    const years = perIndicator.get(indicatorId) ?? perIndicator.set(indicatorId, new Map()).get(indicatorId)!;
    return years.get(year) ?? years.set(year, { year, target: null, actual: null }).get(year)!;
  };
  for (const t of targets) yearEntry(t.indicatorId, t.year).target = t.value;
  for (const v of values) yearEntry(v.indicatorId, v.year).actual = v.value;
  const byResult = new Map<string, PublicIndicator[]>();
  for (const i of inds) {
    const list = byResult.get(i.resultId) ?? byResult.set(i.resultId, []).get(i.resultId)!;
    list.push({
      id: i.id,
      name: i.name,
      unit: i.unit ? { [language]: i.unit } : null,
      kind: i.kind === 'qualitative' ? 'qualitative' : 'quantitative',
      ascending: i.direction !== 'descending',
      baseline: { year: i.baselineDate ? Number(i.baselineDate.slice(0, 4)) : null, value: i.baselineValue },
      years: [...(perIndicator.get(i.id)?.values() ?? [])].sort((a, b) => a.year - b.year),
    });
  }
  return rs
    .sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.position - b.position)
    .map((r) => ({
      id: r.id,
      level: r.level as 'impact' | 'outcome' | 'output',
      statement: r.statement,
      indicators: byResult.get(r.id) ?? [],
    }));
}

export async function partnership(db: Executor, id: string): Promise<PublicPartnershipDto> {
  const row = isUuid(id) ? await q.findPublic(db, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  const [regions, hiddenMap, docs, orgRef] = await Promise.all([
    loadRegions(db),
    hiddenFieldsOf(db, [id]),
    publishedDocumentsOf(db, [id]),
    reportingOrgRef(db),
  ]);
  const hidden: PublicField[] = hiddenMap.get(id) ?? [];
  const shows = (f: PublicField) => !hidden.includes(f);
  const money = shows('budget') || shows('payments') ? await q.partnershipMoney(db, id) : null;
  const reports = shows('reports') || shows('gains') ? await q.acceptedReports(db, id) : [];

  let budget: PublicPartnershipDto['budget'] = null;
  if (money && shows('budget')) {
    const years = new Set([...money.plans.map((p) => p.year), ...money.firm.map((g) => g.year)]);
    budget = [...years]
      .sort((a, b) => a - b)
      .map((year) => ({
        year,
        budget: money.plans.find((p) => p.year === year)?.total ?? null,
        granted: money.firm.find((g) => g.year === year)?.amount ?? null,
      }));
  }
  return {
    ...toRow(row, regions),
    workingLanguage: row.workingLanguage,
    budget,
    payments: money && shows('payments') ? money.paid.sort((a, b) => a.year - b.year).map((p) => ({ year: p.year, paid: p.amount })) : null,
    results: shows('results') ? await resultsOf(db, id, row.workingLanguage) : null,
    reports: shows('reports')
      ? reports.map((r) => ({
          year: r.year,
          acceptedAt: r.acceptedAt!.toISOString(),
          lessons: r.content.narrative?.lessons ?? '',
          homeLearning: r.content.narrative?.homeLearning ?? '',
        }))
      : null,
    gains: shows('gains')
      ? reports.map((r) => ({ year: r.year, home: r.content.narrative?.visibility?.home ?? '', partner: r.content.narrative?.visibility?.partner ?? '' }))
      : null,
    documents: docs.map((d) => ({ id: d.id, fileName: d.fileName, category: d.category as DocumentCategory, url: publicDocumentUrl(d.id) })),
    hidden,
    iatiIdentifier: iatiIdentifier({ reportingOrgRef: orgRef }, id),
  };
}

export async function documentFile(db: Executor, documentId: string) {
  const file = isUuid(documentId) ? await q.publicDocumentFile(db, documentId) : null;
  if (!file) throw new DomainError('NOT_FOUND');
  return file;
}
