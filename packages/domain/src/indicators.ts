import type { Violation } from './errors';
import type { LocalizedText } from './i18n-text';
import type {
  FrameworkWarning,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorKind,
  IndicatorMeasure,
  ResultLevel,
  ResultOwner,
  ResultsSettingsDto,
  ScaleLevel,
  ValueAction,
  ValueStatus,
} from './results-types';

/** What the indicator rules need to know of an indicator. */
export interface IndicatorFacts {
  kind: IndicatorKind;
  measure: IndicatorMeasure | null;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  scale: ScaleLevel[] | null;
}

export interface Period {
  startYear: number;
  endYear: number;
}

export const MIN_SCALE_STEPS = 2;
export const MAX_SCALE_STEPS = 10;

/** The actual-value workflow as data: what each action does from each status. */
export const VALUE_TRANSITIONS: Record<ValueStatus, Partial<Record<ValueAction, ValueStatus>>> = {
  draft: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'returned' },
  approved: {},
};

/** The status an action leads to from `from`, or null when the workflow does not allow it. */
export function nextValueStatus(from: ValueStatus, action: ValueAction): ValueStatus | null {
  return VALUE_TRANSITIONS[from][action] ?? null;
}

/** Editing a value that is not approved puts it back to draft (an approved one stays approved). */
export function statusAfterEdit(status: ValueStatus): ValueStatus {
  return status === 'approved' ? 'approved' : 'draft';
}

/**
 * Which side approves a result's values: the partner leads (recipient responsibility), so results of
 * both municipalities are approved on the partner's side; the home municipality's own on the home side.
 */
export function approverSideOf(owner: ResultOwner): 'partner' | 'home' {
  return owner === 'home' ? 'home' : 'partner';
}

/**
 * An indicator as stored: qualitative ones have no measure or unit and are per year; a percentage's
 * unit is "%"; a quantitative one has no scale.
 */
export function normaliseIndicator<T extends IndicatorFacts & { unit: string | null }>(i: T): T {
  if (i.kind === 'qualitative') return { ...i, measure: null, unit: null, aggregation: 'per_year' };
  const measure = i.measure ?? 'number';
  return { ...i, measure, unit: measure === 'percentage' ? '%' : i.unit?.trim() || null, scale: null };
}

/** A qualitative indicator's scale: 2–10 steps, integer values strictly ascending, each labelled. */
export function checkScale(kind: IndicatorKind, scale: ScaleLevel[] | null): Violation[] {
  if (kind !== 'qualitative') return [];
  const bad: Violation[] = [{ code: 'SCALE_INVALID', field: 'scale', params: { min: MIN_SCALE_STEPS, max: MAX_SCALE_STEPS } }];
  if (!scale || scale.length < MIN_SCALE_STEPS || scale.length > MAX_SCALE_STEPS) return bad;
  const ascending = scale.every((s, i) => Number.isInteger(s.value) && (i === 0 || s.value > scale[i - 1]!.value));
  const labelled = scale.every((s) => Object.values(s.label).some((t) => !!t?.trim()));
  return ascending && labelled ? [] : bad;
}

/** A number the indicator can take: finite; 0–100 for a percentage; a step of the scale when qualitative. */
export function valueInRange(indicator: IndicatorFacts, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (indicator.kind === 'qualitative') return (indicator.scale ?? []).some((s) => s.value === value);
  if (indicator.measure === 'percentage') return value >= 0 && value <= 100;
  return true;
}

export function checkValue(indicator: IndicatorFacts, value: number, field: string): Violation[] {
  return valueInRange(indicator, value) ? [] : [{ code: 'VALUE_OUT_OF_RANGE', field }];
}

export function yearInPeriod(year: number, period: Period): boolean {
  return Number.isInteger(year) && year >= period.startYear && year <= period.endYear;
}

/** A baseline: a value (quantitative), or a scale step or a description (qualitative). */
export function checkBaseline(indicator: IndicatorFacts, baseline: { value: number | null; description?: string | null }): Violation[] {
  if (baseline.value === null) {
    const described = indicator.kind === 'qualitative' && !!baseline.description?.trim();
    return described ? [] : [{ code: 'BASELINE_VALUE_REQUIRED', field: 'value' }];
  }
  return checkValue(indicator, baseline.value, 'value');
}

/** True when the baseline was taken after the project's first activity (ISO dates compare as text). */
export function baselineAfterFirstActivity(baselineDate: string, firstActivity: string): boolean {
  return baselineDate > firstActivity;
}

/** A cumulative period target past the end target in the indicator's direction. */
function passesEnd(direction: IndicatorDirection, target: number, endTarget: number): boolean {
  return direction === 'descending' ? target < endTarget : target > endTarget;
}

/**
 * The targets of an indicator: each year once and within the project period, each value in range,
 * and for a cumulative indicator no period target past the end target. Each offending year is named
 * (field `targets.<i>.year|value`, param `year`).
 */
export function checkTargets(
  indicator: IndicatorFacts,
  targets: { year: number; value: number }[],
  endTarget: number | null,
  period: Period,
): Violation[] {
  const v: Violation[] = [];
  const seen = new Set<number>();
  targets.forEach((t, i) => {
    if (seen.has(t.year)) v.push({ code: 'VALIDATION_FAILED', field: `targets.${i}.year`, params: { year: t.year } });
    seen.add(t.year);
    if (!yearInPeriod(t.year, period)) {
      v.push({ code: 'YEAR_OUTSIDE_PERIOD', field: `targets.${i}.year`, params: { year: t.year, startYear: period.startYear, endYear: period.endYear } });
    }
    if (!valueInRange(indicator, t.value)) v.push({ code: 'VALUE_OUT_OF_RANGE', field: `targets.${i}.value`, params: { year: t.year } });
    else if (indicator.aggregation === 'cumulative' && endTarget !== null && passesEnd(indicator.direction, t.value, endTarget)) {
      v.push({ code: 'TARGET_EXCEEDS_END_TARGET', field: `targets.${i}.value`, params: { year: t.year, target: t.value, endTarget } });
    }
  });
  if (endTarget !== null && !valueInRange(indicator, endTarget)) v.push({ code: 'VALUE_OUT_OF_RANGE', field: 'endTarget' });
  return v;
}

/** What the framework warnings look at. */
export interface WarningInput {
  results: { id: string; level: ResultLevel }[];
  indicators: (IndicatorFacts & {
    id: string;
    resultId: string;
    baseline: { date: string } | null;
    targets: { year: number; value: number }[];
    endTarget: number | null;
  })[];
  settings: Pick<ResultsSettingsDto, 'maxIndicatorsPerOutcome' | 'maxIndicatorsPerPartnership'>;
  period: Period;
  firstActivityDate: string;
}

/**
 * Everything the framework page warns about; none of it blocks. Indicators per outcome count the
 * outcome's own indicators (not those of its outputs); the partnership limit counts all of them.
 */
export function frameworkWarnings(input: WarningInput): FrameworkWarning[] {
  const { results, indicators, settings, period } = input;
  const w: FrameworkWarning[] = [];
  if (!results.some((r) => r.level === 'impact')) w.push({ code: 'NO_IMPACT' });
  if (indicators.length > settings.maxIndicatorsPerPartnership) {
    w.push({ code: 'TOO_MANY_INDICATORS_PARTNERSHIP', params: { count: indicators.length, max: settings.maxIndicatorsPerPartnership } });
  }
  for (const r of results) {
    if (r.level !== 'outcome') continue;
    const count = indicators.filter((i) => i.resultId === r.id).length;
    if (count > settings.maxIndicatorsPerOutcome) {
      w.push({ code: 'TOO_MANY_INDICATORS_OUTCOME', resultId: r.id, params: { count, max: settings.maxIndicatorsPerOutcome } });
    }
  }
  for (const i of indicators) {
    if (!i.baseline) w.push({ code: 'BASELINE_MISSING', resultId: i.resultId, indicatorId: i.id });
    else if (baselineAfterFirstActivity(i.baseline.date, input.firstActivityDate)) {
      w.push({
        code: 'BASELINE_AFTER_FIRST_ACTIVITY',
        resultId: i.resultId,
        indicatorId: i.id,
        params: { baselineDate: i.baseline.date, firstActivityDate: input.firstActivityDate },
      });
    }
    for (const x of checkTargets(i, i.targets, i.endTarget, period)) {
      if (x.code === 'TARGET_EXCEEDS_END_TARGET' || x.code === 'YEAR_OUTSIDE_PERIOD') {
        w.push({
          code: x.code === 'YEAR_OUTSIDE_PERIOD' ? 'TARGET_OUTSIDE_PERIOD' : 'TARGET_EXCEEDS_END_TARGET',
          resultId: i.resultId,
          indicatorId: i.id,
          params: x.params,
        });
      }
    }
  }
  return w;
}

/** The name of an indicator or a statement in the working language is required. */
export function checkWorkingLanguageText(text: LocalizedText, language: string, field: string): Violation[] {
  return text[language]?.trim() ? [] : [{ code: 'STATEMENT_REQUIRED', field, params: { language } }];
}
