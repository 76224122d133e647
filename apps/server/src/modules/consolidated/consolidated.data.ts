import {
  PROGRESS_STATUSES,
  REPORT_STATUSES,
  auditComplete,
  bandOf,
  convertToOre,
  isAuditOpinion,
  localize,
  percentOfTarget,
  progressStatus,
  sumMoney,
  targetForYear,
  type ConsolidatedDataDto,
  type ConsolidatedPartnershipMoney,
  type ProgressStatus,
  type PurposeResults,
  type ReportOverviewStatus,
} from '@mic/domain';
import type { Db } from '../../db/client';
import { loadProgramme } from '../programme/programme.repository';
import { loadSettings } from '../results/settings.repository';
import { settingsOf as riskSettingsOf } from '../risks/risks-settings.service';
import * as q from './consolidated.queries';

const TOP_RISKS = 10;
const HIGHLIGHTS = 3;
/** Partner countries outside every configured region. */
export const OTHER_REGION = 'other';

/** What the year's report says was spent, in øre: NOK lines as recorded, local lines converted at the work plan line's rate. */
export function spentOf(row: q.ReportLinesRow): number {
  const plan = new Map(row.planLines.map((l) => [l.id, l]));
  const amounts: number[] = [];
  for (const line of row.lines) {
    const local = plan.get(line.lineId)?.local;
    if (local && line.localActual !== null && line.localActual !== undefined) amounts.push(convertToOre(line.localActual, local.currency, local.rate));
    else if (line.actual !== null && line.actual !== undefined) amounts.push(line.actual);
  }
  return sumMoney(amounts);
}

function countBy<T>(items: T[], keys: (item: T) => string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

export interface Judged {
  partnershipTitle: string;
  indicator: string;
  status: ProgressStatus;
  percent: number | null;
}

/** The notable few: the furthest along first, then the furthest behind among those off track. */
function highlightsOf(items: Judged[]): Judged[] {
  const measured = items.filter((i) => i.percent !== null).sort((a, b) => b.percent! - a.percent!);
  const picked: Judged[] = measured.slice(0, 1);
  const behind = measured.filter((i) => i.status === 'off_track').reverse();
  for (const i of behind) if (picked.length < HIGHLIGHTS && !picked.includes(i)) picked.push(i);
  for (const i of measured) if (picked.length < HIGHLIGHTS && !picked.includes(i)) picked.push(i);
  return picked;
}

/**
 * The data of the consolidated report for a funding source and year: a fixed number of queries,
 * money summed as integer øre. Indicator names in `lang`.
 */
export async function consolidatedData(db: Db, scope: q.Scope, lang: string): Promise<ConsolidatedDataDto> {
  return (await consolidatedDetail(db, scope, lang)).data;
}

/** The data, and for the annex every indicator judged, by purpose. */
export async function consolidatedDetail(db: Db, scope: q.Scope, lang: string): Promise<{ data: ConsolidatedDataDto; indicators: (Judged & { purpose: string })[] }> {
  // Independent reads over thousands of partnerships: side by side on the pool, not one after the other
  // (so this takes the database, never a transaction's one connection; issue 10).
  const [programme, resultsSettings, riskSettings, partnerships, reported, indicators, risks, audits] = await Promise.all([
    loadProgramme(db, scope.programmeId),
    loadSettings(db, scope.programmeId),
    riskSettingsOf(db, scope.programmeId),
    q.partnershipsWithMoney(db, scope),
    q.reportedLines(db, scope),
    q.indicatorsOfYear(db, scope),
    q.highestRisks(db, scope, TOP_RISKS),
    q.auditsOfYear(db, scope),
  ]);

  const regions = programme?.regions ?? [];
  const regionOf = (country: string) => regions.find((r) => r.countries.includes(country))?.code ?? OTHER_REGION;
  const byRegion = countBy(partnerships, (p) => [regionOf(p.country)]);
  const byCountry = countBy(partnerships, (p) => [p.country]);
  const byPurpose = countBy(partnerships, (p) => p.purposes);
  const purposeOrder = (programme?.purposes ?? []).map((p) => p.code);
  const ordered = <V>(m: Map<string, V>, order: string[]) => [...order.filter((k) => m.has(k)), ...[...m.keys()].filter((k) => !order.includes(k)).sort()];

  const spent = new Map<string, number>();
  for (const r of reported) spent.set(r.partnershipId, (spent.get(r.partnershipId) ?? 0) + spentOf(r));
  const opinions = new Map(audits.map((a) => [a.partnershipId, a.opinion]));
  const rows: ConsolidatedPartnershipMoney[] = partnerships.map((p) => {
    const s = spent.get(p.id) ?? 0;
    const opinion = opinions.get(p.id) ?? null;
    return {
      partnershipId: p.id,
      title: p.title,
      country: p.country,
      granted: p.granted,
      paid: p.paid,
      spent: s,
      unspent: p.paid - s,
      reportStatus: (p.reportStatus ?? 'not_started') as ReportOverviewStatus,
      auditOpinion: isAuditOpinion(opinion) ? opinion : null,
    };
  });
  const total = (k: 'granted' | 'paid' | 'spent' | 'unspent') => sumMoney(rows.map((r) => r[k]));

  const judged = new Map<string, Judged[]>();
  for (const i of indicators) {
    const period = { startYear: i.startYear, endYear: i.endYear };
    const target = targetForYear(i, scope.year, period);
    const percent = target && i.value !== null ? percentOfTarget(i.direction, i.baseline, target.value, i.value) : null;
    const item: Judged = { partnershipTitle: i.partnershipTitle, indicator: localize(i.name, lang), status: progressStatus(percent, resultsSettings), percent };
    // Appended in place: copying the list for each of 40,000 indicators was quadratic (issue 10).
    for (const purpose of i.purpose ? [i.purpose] : i.purposes) {
      const list = judged.get(purpose);
      if (list) list.push(item);
      else judged.set(purpose, [item]);
    }
  }
  const results: PurposeResults[] = ordered(judged, purposeOrder).map((purpose) => {
    const items = judged.get(purpose)!;
    const counts = Object.fromEntries(PROGRESS_STATUSES.map((s) => [s, items.filter((i) => i.status === s).length])) as Record<ProgressStatus, number>;
    return { purpose, counts, highlights: highlightsOf(items) };
  });

  const reports = Object.fromEntries([...REPORT_STATUSES, 'not_started'].map((s) => [s, rows.filter((r) => r.reportStatus === s).length])) as Record<ReportOverviewStatus, number>;

  const data: ConsolidatedDataDto = {
    fundingSource: scope.fundingSource,
    year: scope.year,
    portfolio: {
      total: partnerships.length,
      byRegion: [...regions.map((r) => ({ region: r.code, count: byRegion.get(r.code) ?? 0 })), ...(byRegion.has(OTHER_REGION) ? [{ region: OTHER_REGION, count: byRegion.get(OTHER_REGION)! }] : [])],
      byCountry: [...byCountry.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([country, count]) => ({ country, count })),
      byPurpose: ordered(byPurpose, purposeOrder).map((purpose) => ({ purpose, count: byPurpose.get(purpose)! })),
    },
    money: { rows, totals: { granted: total('granted'), paid: total('paid'), spent: total('spent'), unspent: total('unspent') } },
    results,
    risks: risks.map((r) => ({ partnershipTitle: r.partnershipTitle, title: r.description, score: r.score, band: bandOf(r.score, riskSettings.thresholds), response: r.responseType ?? '' })),
    audits: audits.map((a) => ({
      partnershipTitle: a.partnershipTitle,
      year: a.year,
      opinion: isAuditOpinion(a.opinion) ? a.opinion : null,
      complete: auditComplete(a),
      openFindings: a.findings.filter((f) => f.status !== 'closed').length,
    })),
    reports,
  };
  return { data, indicators: results.flatMap((r) => judged.get(r.purpose)!.map((i) => ({ ...i, purpose: r.purpose }))) };
}
