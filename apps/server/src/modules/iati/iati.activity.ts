/**
 * One IATI 2.03 `iati-activity` from the facts of one public partnership: a pure function, so the
 * export, the single-activity route and the tests build exactly the same XML.
 */
import { iatiIdentifier, minorToDecimal, type IatiSettings, type LocalizedText, type PublicField } from '@mic/domain';
import { el, narrative, textEl } from './iati.xml';
import { documentCategoryCode, fileFormatOf, sectorShares } from './iati.codes';

export interface IatiIndicatorFacts {
  name: LocalizedText;
  kind: string;
  measure: string | null;
  direction: string;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineDescription: string | null;
  endTarget: number | null;
  targets: { year: number; value: number }[];
  /** Approved values only. */
  actuals: { year: number; value: number }[];
}

export interface IatiActivityFacts {
  id: string;
  title: string;
  status: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
  updatedAt: Date;
  home: { name: string; country: string };
  partner: { name: string; country: string };
  funding: { code: string; name: LocalizedText; iatiOrgId: string | null };
  hidden: PublicField[];
  /** The impact statement, the activity's description when there is one. */
  impact: LocalizedText | null;
  grants: { year: number; amount: number; firm: boolean }[];
  /** Approved work plans' totals (øre), the budget of a year without a grant. */
  workPlans: { year: number; total: number }[];
  paid: { paidOn: string; amount: number }[];
  /** Accepted annual reports' actual totals (øre). */
  expenditure: { year: number; actual: number }[];
  results: { level: string; statement: LocalizedText; indicators: IatiIndicatorFacts[] }[];
  documents: { id: string; fileName: string; mediaType: string; category: string; language: string | null; documentDate: string | null }[];
}

export interface IatiContext {
  settings: IatiSettings;
  publicUrl: string;
  /** Today (YYYY-MM-DD): actual dates are never in the future. */
  today: string;
}

const RESULT_TYPE: Record<string, string> = { output: '1', outcome: '2', impact: '3' };
// Organisation types (OrganisationType codelist): 10 government, 11 local government.
const GOVERNMENT = '10';
const LOCAL_GOVERNMENT = '11';

/** Narratives in the working language and in English, each with its `xml:lang`; otherwise whatever language there is. */
export function narratives(text: LocalizedText | null | undefined, workingLanguage: string, fallback?: { text: string; lang: string }): string {
  const out: string[] = [];
  const langs = [...new Set([workingLanguage, 'en'])];
  for (const lang of langs) {
    const value = text?.[lang]?.trim();
    if (value) out.push(narrative(value, lang));
  }
  if (out.length === 0) {
    const any = Object.entries(text ?? {}).find(([, v]) => v?.trim());
    if (any) out.push(narrative(any[1]!.trim(), any[0]));
    else if (fallback) out.push(narrative(fallback.text, fallback.lang));
  }
  return out.join('');
}

function englishSummary(f: IatiActivityFacts): string {
  return `Municipal partnership between ${f.home.name} (${f.home.country}) and ${f.partner.name} (${f.partner.country}), ${f.startYear}–${f.endYear}.`;
}

function activityStatus(f: IatiActivityFacts): string {
  if (f.status !== 'completed') return '2';
  // Completed: closed (4) once the final year's report is accepted, finalisation (3) until then.
  return f.expenditure.some((e) => e.year === f.endYear) ? '4' : '3';
}

function activityDates(f: IatiActivityFacts, today: string): string[] {
  const start = `${f.startYear}-01-01`;
  const end = `${f.endYear}-12-31`;
  const dates = [el('activity-date', { type: '1', 'iso-date': start })];
  if (start <= today) dates.push(el('activity-date', { type: '2', 'iso-date': start }));
  dates.push(el('activity-date', { type: '3', 'iso-date': end }));
  if (f.status === 'completed' && end <= today) dates.push(el('activity-date', { type: '4', 'iso-date': end }));
  return dates;
}

function nok(amount: number, valueDate: string): string {
  return `<value currency="NOK" value-date="${valueDate}">${minorToDecimal(amount)}</value>`;
}

/** The start and end of a calendar year, as IATI periods give them. */
function yearPeriod(year: number): string {
  return `<period-start iso-date="${year}-01-01"/><period-end iso-date="${year}-12-31"/>`;
}

function budgets(f: IatiActivityFacts): string[] {
  if (f.hidden.includes('budget')) return [];
  const grants = new Map(f.grants.map((g) => [g.year, g]));
  const plans = new Map(f.workPlans.map((w) => [w.year, w.total]));
  const out: string[] = [];
  for (let year = f.startYear; year <= f.endYear; year++) {
    const grant = grants.get(year);
    const amount = grant ? grant.amount : plans.get(year);
    if (amount === undefined) continue;
    // BudgetStatus: 2 committed (a firm grant), 1 indicative (anything less).
    const status = grant?.firm ? '2' : '1';
    out.push(`<budget type="1" status="${status}">${yearPeriod(year)}${nok(amount, `${year}-01-01`)}</budget>`);
  }
  return out;
}

/** TransactionType 3 disbursement, 4 expenditure; dates come from the database (YYYY-MM-DD). */
function transaction(type: '3' | '4', date: string, amount: number): string {
  return `<transaction><transaction-type code="${type}"/><transaction-date iso-date="${date}"/>${nok(amount, date)}</transaction>`;
}

function transactions(f: IatiActivityFacts): string[] {
  const out: string[] = [];
  if (!f.hidden.includes('payments')) {
    for (const p of f.paid) {
      out.push(transaction('3', p.paidOn, p.amount));
    }
  }
  if (!f.hidden.includes('reports')) {
    for (const e of f.expenditure) {
      const date = `${e.year}-12-31`;
      out.push(transaction('4', date, e.actual));
    }
  }
  return out;
}

function indicator(i: IatiIndicatorFacts, f: IatiActivityFacts): string {
  const qualitative = i.kind === 'qualitative';
  // IndicatorMeasure: 1 unit, 2 percentage, 5 qualitative.
  const measure = qualitative ? '5' : i.measure === 'percentage' ? '2' : '1';
  const baselineYear = i.baselineDate ? Number(i.baselineDate.slice(0, 4)) : null;
  const baseline = baselineYear
    ? el(
        'baseline',
        { year: baselineYear, 'iso-date': i.baselineDate, value: i.baselineValue ?? undefined },
        i.baselineDescription?.trim() ? el('comment', {}, narrative(i.baselineDescription.trim(), f.workingLanguage)) : null,
      )
    : null;
  const targets = new Map(i.targets.map((t) => [t.year, t.value]));
  if (i.endTarget !== null && !targets.has(f.endYear)) targets.set(f.endYear, i.endTarget);
  const actuals = new Map(i.actuals.map((a) => [a.year, a.value]));
  const periods: string[] = [];
  for (let year = f.startYear; year <= f.endYear; year++) {
    const target = targets.get(year);
    const actual = actuals.get(year);
    if (target === undefined && actual === undefined) continue;
    // Years and numbers need no escaping: written straight, the hottest part of a large export.
    periods.push(
      `<period>${yearPeriod(year)}${target === undefined ? '' : `<target value="${target}"/>`}${actual === undefined ? '' : `<actual value="${actual}"/>`}</period>`,
    );
  }
  const title = el('title', {}, narratives(i.name, f.workingLanguage, { text: 'Indicator', lang: 'en' }));
  return el('indicator', { measure, ascending: i.direction === 'descending' ? '0' : '1' }, title, baseline, ...periods);
}

function resultsOf(f: IatiActivityFacts): string[] {
  if (f.hidden.includes('results')) return [];
  return f.results
    .filter((r) => RESULT_TYPE[r.level] && r.indicators.length > 0)
    .map((r) =>
      el('result', { type: RESULT_TYPE[r.level] }, el('title', {}, narratives(r.statement, f.workingLanguage, { text: r.level, lang: 'en' })), ...r.indicators.map((i) => indicator(i, f))),
    );
}

function documentLinks(f: IatiActivityFacts, publicUrl: string): string[] {
  const base = publicUrl.replace(/\/+$/, '');
  return f.documents.map((d) =>
    el(
      'document-link',
      { url: `${base}/api/public/documents/${d.id}`, format: fileFormatOf(d.mediaType) },
      el('title', {}, narrative(d.fileName, f.workingLanguage)),
      el('category', { code: documentCategoryCode(d.category) }),
      d.language ? el('language', { code: d.language }) : null,
      d.documentDate ? el('document-date', { 'iso-date': d.documentDate }) : null,
    ),
  );
}

function participatingOrgs(f: IatiActivityFacts, settings: IatiSettings): string[] {
  const org = (role: string, ref: string | null, type: string, names: string) => el('participating-org', { role, ref: ref || undefined, type }, names);
  return [
    org('1', f.funding.iatiOrgId, GOVERNMENT, narratives(f.funding.name, 'en', { text: f.funding.code, lang: 'en' })),
    org('3', settings.reportingOrgRef, settings.reportingOrgType, narratives(settings.reportingOrgName, 'en')),
    org('4', null, LOCAL_GOVERNMENT, narrative(f.home.name)),
    org('4', null, LOCAL_GOVERNMENT, narrative(f.partner.name)),
  ];
}

/** The `iati-activity` element of one public partnership. */
export function buildActivity(f: IatiActivityFacts, ctx: IatiContext): string {
  const { settings } = ctx;
  const english = englishSummary(f);
  const title = [narrative(f.title, f.workingLanguage), f.workingLanguage === 'en' ? null : narrative(`Municipal partnership: ${f.home.name} – ${f.partner.name}`, 'en')];
  const sectors = sectorShares(f.purposes, settings.sectorsByPurpose).map((s) => el('sector', { vocabulary: '1', code: s.code, percentage: s.percentage }));
  return el(
    'iati-activity',
    { 'xml:lang': f.workingLanguage, 'default-currency': 'NOK', 'last-updated-datetime': f.updatedAt.toISOString() },
    textEl('iati-identifier', {}, iatiIdentifier(settings, f.id)),
    el('reporting-org', { ref: settings.reportingOrgRef, type: settings.reportingOrgType }, narratives(settings.reportingOrgName, 'en')),
    el('title', {}, ...title),
    el('description', { type: '1' }, f.impact ? narratives(f.impact, f.workingLanguage, { text: english, lang: 'en' }) : narrative(english, 'en')),
    ...participatingOrgs(f, settings),
    el('activity-status', { code: activityStatus(f) }),
    ...activityDates(f, ctx.today),
    el('recipient-country', { code: f.partner.country, percentage: 100 }),
    ...sectors,
    ...budgets(f),
    ...transactions(f),
    ...documentLinks(f, ctx.publicUrl),
    ...resultsOf(f),
  );
}
