import type { TFunction } from 'i18next';
import { MUNICIPALITY_SIDES, minorToDecimal, parseMoney, type ApplicationContent, type ApplicationDto, type MunicipalitySide } from '@mic/domain';
import { newKey } from '../../programme/programme-form';

/** The principles answered in words (the other donors are a list of their own). */
export const PRINCIPLE_TEXTS = ['sustainability', 'coherence', 'recipientResponsibility', 'nationalMobilisation', 'ownCompetence'] as const;
export type PrincipleText = (typeof PRINCIPLE_TEXTS)[number];

export interface DonorRow {
  key: string;
  donor: string;
  area: string;
  /** NOK as typed. */
  amount: string;
}

/** What the application form holds, as typed: amounts in NOK as text. */
export interface ApplicationFormValues {
  summary: string;
  purposes: string[];
  coreTasks: Record<MunicipalitySide, string>;
  principles: Record<PrincipleText, string>;
  otherDonors: DonorRow[];
  strategicGoals: string;
  /** The budget asked for, per year: NOK as typed. */
  budget: { year: number; amount: string }[];
}

/** The server's limits (applications.contract.ts): amounts in øre up to two thousand million. */
export const MAX_AMOUNT_ORE = 2_000_000_000;
export const MAX_SUMMARY = 10_000;
export const MAX_TEXT = 5000;
export const MAX_NAME = 200;
export const MAX_DONORS = 20;

export const newDonor = (): DonorRow => ({ key: newKey(), donor: '', area: '', amount: '' });

/** The id of a field's control: `principles.coherence` → `af-principles-coherence`. */
export const controlId = (path: string) => `af-${path.replace(/\./g, '-')}`;

/**
 * NOK as a person types it ("150000", "150 000", "150,000", "1500,50") → øre; null when it is not an
 * amount. A comma or point before one or two digits at the end is the decimal sign, else a thousands separator.
 */
export function parseNok(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]|kr|nok/gi, '');
  if (!s) return null;
  // Digits only, never through a float: "1500,50" → 150050, "150.000" → 15000000.
  if (/^\d+([.,]\d{1,2})?$/.test(s)) return parseMoney(s.replace(',', '.'), '.');
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return parseMoney(s.replace(/[.,]/g, ''), '.');
  return null;
}

/** øre → NOK as the form shows it: whole kroner without separators, or with two decimals. */
export const nokText = (ore: number) => (ore % 100 === 0 ? minorToDecimal(ore).slice(0, -3) : minorToDecimal(ore));

/** The years a budget is asked for: those the application has lines for, those still missing and its own year. */
export function budgetYears(app: Pick<ApplicationDto, 'year' | 'content' | 'missing'>): number[] {
  const years = new Set<number>([app.year, ...app.content.budgetRequested.map((b) => b.year)]);
  for (const m of app.missing) if (m.code === 'budget_missing' && typeof m.params?.year === 'number') years.add(m.params.year);
  return [...years].sort((a, b) => a - b);
}

export function valuesOfApplication(app: ApplicationDto): ApplicationFormValues {
  const c = app.content;
  return {
    summary: c.summary,
    purposes: c.purposes,
    coreTasks: { home: c.coreTasks.home ?? '', partner: c.coreTasks.partner ?? '' },
    principles: Object.fromEntries(PRINCIPLE_TEXTS.map((p) => [p, c.principles[p] ?? ''])) as Record<PrincipleText, string>,
    otherDonors: c.principles.otherDonors.map((d) => ({ key: newKey(), donor: d.donor, area: d.area, amount: nokText(d.amount) })),
    strategicGoals: c.strategicGoals,
    budget: budgetYears(app).map((year) => {
      const line = c.budgetRequested.find((b) => b.year === year);
      return { year, amount: line ? nokText(line.amount) : '' };
    }),
  };
}

/** The request body: trimmed texts, amounts in øre; a budget line left empty is left out. */
export function toContent(v: ApplicationFormValues): ApplicationContent {
  return {
    summary: v.summary.trim(),
    purposes: v.purposes,
    coreTasks: { home: v.coreTasks.home.trim(), partner: v.coreTasks.partner.trim() },
    principles: {
      ...(Object.fromEntries(PRINCIPLE_TEXTS.map((p) => [p, v.principles[p].trim()])) as Record<PrincipleText, string>),
      otherDonors: v.otherDonors.map((d) => ({ donor: d.donor.trim(), area: d.area.trim(), amount: parseNok(d.amount) ?? 0 })),
    },
    strategicGoals: v.strategicGoals.trim(),
    budgetRequested: v.budget.filter((b) => b.amount.trim()).map((b) => ({ year: b.year, amount: parseNok(b.amount) ?? 0 })),
  };
}

/** Every field of the form, in the order of the page (the error summary lists them so). */
export function applicationFields(v: ApplicationFormValues): string[] {
  return [
    'summary',
    'purposes',
    ...MUNICIPALITY_SIDES.map((s) => `coreTasks.${s}`),
    ...PRINCIPLE_TEXTS.map((p) => `principles.${p}`),
    ...v.otherDonors.flatMap((_, i) => ['donor', 'area', 'amount'].map((f) => `principles.otherDonors.${i}.${f}`)),
    'principles.otherDonors',
    'strategicGoals',
    ...v.budget.map((b) => `budget.${b.year}`),
  ];
}

/** The control a field's message links to: the first purpose's box for the purposes. */
export const applicationTarget = (purposeIds: string[]) => (field: string) =>
  field === 'purposes' ? (purposeIds[0] ?? controlId('purposes')) : controlId(field);

/**
 * The form field a server error belongs to: `content.` is dropped, a budget line's index becomes its
 * year (in the order the lines were sent), anything unknown belongs to no field.
 */
export function applicationFieldOf(v: ApplicationFormValues) {
  const fields = new Set(applicationFields(v));
  const sentYears = v.budget.filter((b) => b.amount.trim()).map((b) => b.year);
  return (path: string): string => {
    const p = path.replace(/^content\./, '');
    const budget = /^budgetRequested(?:\.(\d+))?/.exec(p);
    if (budget) {
      const year = budget[1] === undefined ? undefined : sentYears[Number(budget[1])];
      return year ? `budget.${year}` : v.budget[0] ? `budget.${v.budget[0].year}` : '';
    }
    if (fields.has(p)) return p;
    const donor = /^principles\.otherDonors\.\d+/.exec(p);
    return donor ? 'principles.otherDonors' : '';
  };
}

/** What is wrong as the form stands (missing answers are not errors here: the completeness panel lists them). */
export function validateApplication(t: TFunction, v: ApplicationFormValues, maxPurposes: number): Record<string, string> {
  const out: Record<string, string> = {};
  const tooLong = (field: string, text: string, max = MAX_TEXT) => {
    if (text.trim().length > max) out[field] = t('applications.form.tooLong', { max });
  };
  const amount = (field: string, text: string, required: boolean) => {
    if (!text.trim()) {
      if (required) out[field] = t('applications.form.amountRequired');
      return;
    }
    const ore = parseNok(text);
    if (ore === null) out[field] = t('applications.form.amountInvalid');
    else if (ore > MAX_AMOUNT_ORE) out[field] = t('applications.form.amountTooHigh');
  };
  tooLong('summary', v.summary, MAX_SUMMARY);
  if (v.purposes.length > maxPurposes) out.purposes = t('errors.PURPOSE_LIMIT_EXCEEDED', { max: maxPurposes });
  for (const s of MUNICIPALITY_SIDES) tooLong(`coreTasks.${s}`, v.coreTasks[s]);
  for (const p of PRINCIPLE_TEXTS) tooLong(`principles.${p}`, v.principles[p]);
  v.otherDonors.forEach((d, i) => {
    const at = `principles.otherDonors.${i}`;
    if (!d.donor.trim()) out[`${at}.donor`] = t('applications.form.donorRequired');
    else tooLong(`${at}.donor`, d.donor, MAX_NAME);
    if (!d.area.trim()) out[`${at}.area`] = t('applications.form.areaRequired');
    else tooLong(`${at}.area`, d.area, MAX_NAME);
    amount(`${at}.amount`, d.amount, true);
  });
  tooLong('strategicGoals', v.strategicGoals);
  for (const b of v.budget) amount(`budget.${b.year}`, b.amount, false);
  return out;
}
