import { DEFAULT_IATI_SETTINGS, OPEN_DATA_LICENCE, iatiIdentifier, minorToDecimal, type PublicField, type PublicPartnershipRow } from '@mic/domain';
import type { Executor } from '../../db/client';
import { findProgrammeId } from '../programme/programme.repository';
import { hiddenFieldsOf } from '../public/public.rules';
import { list } from '../public/public.service';
import type { OpenDataQuery } from './opendata.contract';
import * as q from './opendata.queries';

/** Partnerships are read in batches through the public list itself, so a file and the list never disagree. */
const BATCH = 500;

export async function matchingPartnerships(db: Executor, query: OpenDataQuery): Promise<PublicPartnershipRow[]> {
  const rows: PublicPartnershipRow[] = [];
  for (let page = 1; ; page++) {
    const batch = await list(db, { ...query, page, pageSize: BATCH });
    rows.push(...batch.items);
    if (batch.items.length < BATCH || rows.length >= batch.total) return rows;
  }
}

export interface PartnershipRecord {
  id: string;
  iatiIdentifier: string;
  title: string;
  homeMunicipality: string;
  homeCountry: string;
  partnerMunicipality: string;
  partnerCountry: string;
  region: string | null;
  purposes: string[];
  fundingSource: string;
  status: string;
  startYear: number;
  endYear: number;
}

export async function partnershipRecords(db: Executor, query: OpenDataQuery): Promise<PartnershipRecord[]> {
  const [rows, programmeId] = await Promise.all([matchingPartnerships(db, query), findProgrammeId(db)]);
  const orgRef = (programmeId ? await q.reportingOrgRef(db, programmeId) : null) ?? DEFAULT_IATI_SETTINGS.reportingOrgRef;
  return rows.map((r) => ({
    id: r.id,
    iatiIdentifier: iatiIdentifier({ reportingOrgRef: orgRef }, r.id),
    title: r.title,
    homeMunicipality: r.homeMunicipality.name,
    homeCountry: r.homeMunicipality.country,
    partnerMunicipality: r.partnerMunicipality.name,
    partnerCountry: r.partnerMunicipality.country,
    region: r.region,
    purposes: r.purposes,
    fundingSource: r.fundingSource,
    status: r.status,
    startYear: r.startYear,
    endYear: r.endYear,
  }));
}

/** An amount both ways: NOK as an exact decimal ("1234.50") and the integer øre it comes from. */
export interface Money {
  nok: string;
  ore: number;
}
const money = (ore: number | undefined): Money | null => (ore === undefined ? null : { nok: minorToDecimal(ore), ore });

export interface BudgetRecord {
  partnershipId: string;
  title: string;
  year: number;
  /** Null when held back (budget: budget and granted; payments: paid; reports: expenditure) or not there yet. */
  budget: Money | null;
  granted: Money | null;
  paid: Money | null;
  expenditure: Money | null;
}

const keyOf = (partnershipId: string, year: number) => `${partnershipId}:${year}`;
const byKey = (rows: q.YearAmount[]) => new Map(rows.map((r) => [keyOf(r.partnershipId, r.year), r.amount]));

/** One row per partnership and year of its period (and any other year that has money), held-back parts left out. */
export async function budgetRecords(db: Executor, query: OpenDataQuery): Promise<BudgetRecord[]> {
  const rows = await matchingPartnerships(db, query);
  const ids = rows.map((r) => r.id);
  const [hidden, m] = await Promise.all([hiddenFieldsOf(db, ids), q.moneyOf(db, ids)]);
  const maps = { budget: byKey(m.budget), granted: byKey(m.granted), paid: byKey(m.paid), expenditure: byKey(m.expenditure) };
  const extraYears = new Map<string, Set<number>>();
  for (const r of [...m.budget, ...m.granted, ...m.paid, ...m.expenditure]) {
    (extraYears.get(r.partnershipId) ?? extraYears.set(r.partnershipId, new Set()).get(r.partnershipId)!).add(r.year);
  }
  const out: BudgetRecord[] = [];
  for (const p of rows) {
    const held = hidden.get(p.id) ?? [];
    const shows = (f: PublicField) => !held.includes(f);
    if (!shows('budget') && !shows('payments') && !shows('reports')) continue;
    const years = new Set(extraYears.get(p.id) ?? []);
    for (let y = p.startYear; y <= p.endYear; y++) years.add(y);
    for (const year of [...years].sort((a, b) => a - b)) {
      const k = keyOf(p.id, year);
      out.push({
        partnershipId: p.id,
        title: p.title,
        year,
        budget: shows('budget') ? money(maps.budget.get(k)) : null,
        granted: shows('budget') ? money(maps.granted.get(k)) : null,
        paid: shows('payments') ? money(maps.paid.get(k) ?? 0) : null,
        expenditure: shows('reports') ? money(maps.expenditure.get(k)) : null,
      });
    }
  }
  return out;
}

export interface ResultRecord {
  partnershipId: string;
  resultId: string;
  level: string;
  statement: Record<string, string>;
  indicatorId: string;
  indicator: Record<string, string>;
  unit: string | null;
  kind: string;
  measure: string | null;
  ascending: boolean;
  baselineYear: number | null;
  baselineValue: number | null;
  /** Null for an indicator with neither a target nor an approved value yet (it is still listed once). */
  year: number | null;
  target: number | null;
  actual: number | null;
}

const LEVEL_ORDER = ['impact', 'outcome', 'output'];

/** One row per indicator and year that has a target or an approved value; held-back results left out. */
export async function resultRecords(db: Executor, query: OpenDataQuery): Promise<ResultRecord[]> {
  const rows = await matchingPartnerships(db, query);
  const hidden = await hiddenFieldsOf(
    db,
    rows.map((r) => r.id),
  );
  const ids = rows.map((r) => r.id).filter((id) => !(hidden.get(id) ?? []).includes('results'));
  const f = await q.frameworksOf(db, ids);
  const perIndicator = new Map<string, Map<number, { target: number | null; actual: number | null }>>();
  const entry = (indicatorId: string, year: number) => {
    const years = perIndicator.get(indicatorId) ?? perIndicator.set(indicatorId, new Map()).get(indicatorId)!;
    return years.get(year) ?? years.set(year, { target: null, actual: null }).get(year)!;
  };
  for (const t of f.targets) entry(t.indicatorId, t.year).target = t.value;
  for (const v of f.values) entry(v.indicatorId, v.year).actual = v.value;
  const resultById = new Map(f.results.map((r) => [r.id, r]));
  const order = new Map(ids.map((id, i) => [id, i]));
  const out: ResultRecord[] = [];
  const indicators = f.indicators
    .filter((i) => resultById.has(i.resultId))
    .sort(
      (a, b) =>
        order.get(a.partnershipId)! - order.get(b.partnershipId)! ||
        LEVEL_ORDER.indexOf(resultById.get(a.resultId)!.level) - LEVEL_ORDER.indexOf(resultById.get(b.resultId)!.level),
    );
  for (const i of indicators) {
    const result = resultById.get(i.resultId)!;
    const base = {
      partnershipId: i.partnershipId,
      resultId: result.id,
      level: result.level,
      statement: result.statement,
      indicatorId: i.id,
      indicator: i.name,
      unit: i.unit,
      kind: i.kind,
      measure: i.measure,
      ascending: i.direction !== 'descending',
      baselineYear: i.baselineDate ? Number(i.baselineDate.slice(0, 4)) : null,
      baselineValue: i.baselineValue,
    };
    const years = [...(perIndicator.get(i.id) ?? new Map()).entries()].sort((a, b) => a[0] - b[0]);
    if (years.length === 0) out.push({ ...base, year: null, target: null, actual: null });
    for (const [year, v] of years) out.push({ ...base, year, target: v.target, actual: v.actual });
  }
  return out;
}

export const licence = { ...OPEN_DATA_LICENCE };
