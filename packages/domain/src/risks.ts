/**
 * The risk register's rules (the guideline's "Risk Assessment"): rating and bands, the high-risk
 * rule, monitoring and ordering. Pure functions: no clock (pass `today`), no I/O. The web runs them
 * for live feedback; the server runs them again to enforce.
 */
import type { Violation } from './errors';
import {
  REDUCING_RESPONSES,
  RISK_SCALE_MAX,
  RISK_SCALE_MIN,
  type RiskBand,
  type RiskBandRange,
  type RiskBandThresholds,
  type RiskRatingDto,
  type RiskResponseDto,
  type RiskScore,
  type RiskStatus,
  type RiskToleranceDto,
} from './risks-types';

export const RISK_SCORES: readonly RiskScore[] = [1, 2, 3, 4, 5];

export function isRiskScore(value: unknown): value is RiskScore {
  return typeof value === 'number' && Number.isInteger(value) && value >= RISK_SCALE_MIN && value <= RISK_SCALE_MAX;
}

/** rating = probability × consequence (1..25 for scores on the 1..5 scale). */
export function ratingOf(probability: RiskScore, consequence: RiskScore): number {
  return probability * consequence;
}

/** The three bands as ranges: low 1..mediumFrom-1, medium mediumFrom..highFrom-1, high highFrom..25. */
export function bandRanges(t: RiskBandThresholds): RiskBandRange[] {
  const max = RISK_SCALE_MAX * RISK_SCALE_MAX;
  return [
    { band: 'low', from: 1, to: t.mediumFrom - 1 },
    { band: 'medium', from: t.mediumFrom, to: t.highFrom - 1 },
    { band: 'high', from: t.highFrom, to: max },
  ];
}

export function bandOf(rating: number, t: RiskBandThresholds): RiskBand {
  if (rating >= t.highFrom) return 'high';
  if (rating >= t.mediumFrom) return 'medium';
  return 'low';
}

export function rate(probability: RiskScore, consequence: RiskScore, t: RiskBandThresholds): RiskRatingDto {
  const rating = ratingOf(probability, consequence);
  return { probability, consequence, rating, band: bandOf(rating, t) };
}

/** Thresholds are valid when every band is non-empty: 2 ≤ mediumFrom < highFrom ≤ 25. */
export function checkThresholds(t: RiskBandThresholds, field = 'thresholds'): Violation[] {
  const max = RISK_SCALE_MAX * RISK_SCALE_MAX;
  const ok =
    Number.isInteger(t.mediumFrom) && Number.isInteger(t.highFrom) && t.mediumFrom >= 2 && t.mediumFrom < t.highFrom && t.highFrom <= max;
  return ok ? [] : [{ code: 'RISK_BANDS_INVALID', field }];
}

/** A scale has one label for each value 1..5, each with a non-empty text in every required language. */
export function checkScaleLabels(
  labels: readonly { value: number; label: Partial<Record<string, string>> }[],
  field: string,
  languages: readonly string[] = ['en', 'nb', 'es'],
): Violation[] {
  const values = labels.map((l) => l.value).sort((a, b) => a - b);
  const complete = values.length === RISK_SCORES.length && values.every((v, i) => v === RISK_SCORES[i]);
  const worded = labels.every((l) => languages.every((lang) => !!l.label[lang]?.trim()));
  return complete && worded ? [] : [{ code: 'RISK_SCALE_INVALID', field }];
}

export const REVIEW_INTERVAL_MIN = 1;
export const REVIEW_INTERVAL_MAX = 60;

/** Every rule the programme's risk settings break; empty when they keep them all. */
export function checkRiskSettings(s: {
  probabilityLabels: readonly { value: number; label: Partial<Record<string, string>> }[];
  consequenceLabels: readonly { value: number; label: Partial<Record<string, string>> }[];
  thresholds: RiskBandThresholds;
  reviewIntervalMonths: number;
}): Violation[] {
  const v: Violation[] = [
    ...checkScaleLabels(s.probabilityLabels, 'probabilityLabels'),
    ...checkScaleLabels(s.consequenceLabels, 'consequenceLabels'),
    ...checkThresholds(s.thresholds),
  ];
  const months = s.reviewIntervalMonths;
  if (!Number.isInteger(months) || months < REVIEW_INTERVAL_MIN || months > REVIEW_INTERVAL_MAX) {
    v.push({ code: 'VALIDATION_FAILED', field: 'reviewIntervalMonths' });
  }
  return v;
}

/** A response reduces the risk when it reduces probability or consequence with at least one measure. */
export function hasReducingResponse(response: RiskResponseDto | null | undefined): boolean {
  if (!response?.type || !REDUCING_RESPONSES.includes(response.type)) return false;
  return response.measures.some((m) => m.action.trim() !== '');
}

/** A tolerance is documented with a justification, who accepted it and when. */
export function hasDocumentedTolerance(tolerance: RiskToleranceDto | null | undefined): boolean {
  return !!tolerance && !!tolerance.justification.trim() && !!tolerance.acceptedBy.trim() && !!tolerance.acceptedOn;
}

/** What the register's rules need to know about one risk, as it is now. */
export interface RiskFacts {
  id: string;
  description: string;
  status: RiskStatus;
  /** The current probability and consequence. */
  probability: RiskScore;
  consequence: RiskScore;
  response: RiskResponseDto;
  tolerance: RiskToleranceDto | null;
  /** For the register order's ties (see compareRisks). */
  identifiedOn?: string;
  createdAt?: string;
}

function isOpenHigh(risk: Pick<RiskFacts, 'status' | 'probability' | 'consequence'>, t: RiskBandThresholds): boolean {
  return risk.status === 'open' && bandOf(ratingOf(risk.probability, risk.consequence), t) === 'high';
}

/** An open high risk with neither a reducing response nor a documented tolerance. */
export function toleranceMissing(risk: RiskFacts, t: RiskBandThresholds): boolean {
  return isOpenHigh(risk, t) && !hasReducingResponse(risk.response) && !hasDocumentedTolerance(risk.tolerance);
}

/** An open high risk for which no response is possible: continuation should be questioned. */
export function questionsContinuation(risk: Pick<RiskFacts, 'status' | 'probability' | 'consequence' | 'response'>, t: RiskBandThresholds): boolean {
  return isOpenHigh(risk, t) && risk.response.type === 'no_response_possible';
}

const RISK_NAME_MAX = 80;

/** The name a violation gives a risk: its description, cut short. */
export function riskName(description: string): string {
  const text = description.trim().replace(/\s+/g, ' ');
  return text.length > RISK_NAME_MAX ? `${text.slice(0, RISK_NAME_MAX - 1)}…` : text;
}

/**
 * What stops the register from being complete: one RISK_TOLERANCE_MISSING per open high risk
 * without a reducing response or a documented tolerance, at field `risks.<id>`, in register order.
 */
export function checkRegister(risks: readonly RiskFacts[], t: RiskBandThresholds): Violation[] {
  return [...risks]
    .sort(compareRisks)
    .filter((r) => toleranceMissing(r, t))
    .map((r) => ({ code: 'RISK_TOLERANCE_MISSING' as const, field: `risks.${r.id}`, params: { riskId: r.id, risk: riskName(r.description) } }));
}

/** The current rating's scores: the newest review's (by date, then entry order), else the initial ones. */
export function currentScores(
  initial: { probability: RiskScore; consequence: RiskScore },
  reviews: readonly { reviewedOn: string; createdAt: string; probability: RiskScore; consequence: RiskScore }[],
): { probability: RiskScore; consequence: RiskScore; lastReviewedOn: string | null } {
  let newest: (typeof reviews)[number] | undefined;
  for (const r of reviews) {
    if (!newest || r.reviewedOn > newest.reviewedOn || (r.reviewedOn === newest.reviewedOn && r.createdAt >= newest.createdAt)) newest = r;
  }
  return newest
    ? { probability: newest.probability, consequence: newest.consequence, lastReviewedOn: newest.reviewedOn }
    : { probability: initial.probability, consequence: initial.consequence, lastReviewedOn: null };
}

/** `YYYY-MM-DD` plus whole months; a day past the month's end becomes its last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day the next review is due: the last review (else identification) plus the interval. */
export function nextReviewDue(risk: { identifiedOn: string; lastReviewedOn: string | null }, intervalMonths: number): string {
  return addMonths(risk.lastReviewedOn ?? risk.identifiedOn, intervalMonths);
}

/** An open risk not reviewed within the interval: its next review was due before `today`. */
export function isOverdue(
  risk: { status: RiskStatus; identifiedOn: string; lastReviewedOn: string | null },
  intervalMonths: number,
  today: string,
): boolean {
  return risk.status === 'open' && nextReviewDue(risk, intervalMonths) < today.slice(0, 10);
}

export interface SortableRisk {
  id: string;
  status: RiskStatus;
  probability: RiskScore;
  consequence: RiskScore;
  identifiedOn?: string;
  createdAt?: string;
}

/**
 * Register order: open before closed, then current rating highest first, then consequence highest
 * first, then the earliest identified, then the earliest entered, then id.
 */
export function compareRisks(a: SortableRisk, b: SortableRisk): number {
  return (
    (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) ||
    ratingOf(b.probability, b.consequence) - ratingOf(a.probability, a.consequence) ||
    b.consequence - a.consequence ||
    (a.identifiedOn ?? '').localeCompare(b.identifiedOn ?? '') ||
    (a.createdAt ?? '').localeCompare(b.createdAt ?? '') ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function sortRisks<T extends SortableRisk>(risks: readonly T[]): T[] {
  return [...risks].sort(compareRisks);
}

export interface HeatMapCell {
  probability: RiskScore;
  consequence: RiskScore;
  rating: number;
  band: RiskBand;
  count: number;
  riskIds: string[];
}

/** The 5 × 5 heat map of open risks: rows probability 5..1, columns consequence 1..5. */
export function heatMap(risks: readonly SortableRisk[], t: RiskBandThresholds): HeatMapCell[] {
  const cells: HeatMapCell[] = [];
  for (const probability of [...RISK_SCORES].reverse()) {
    for (const consequence of RISK_SCORES) cells.push({ ...rate(probability, consequence, t), count: 0, riskIds: [] });
  }
  for (const r of sortRisks(risks)) {
    if (r.status !== 'open') continue;
    const cell = cells[(RISK_SCALE_MAX - r.probability) * RISK_SCORES.length + (r.consequence - 1)];
    if (!cell) continue;
    cell.count += 1;
    cell.riskIds.push(r.id);
  }
  return cells;
}
