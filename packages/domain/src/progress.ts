import type { Period } from './indicators';
import type {
  IndicatorDirection,
  IndicatorProgress,
  ProgressStatus,
  ResultsSettingsDto,
  TrackingYear,
  ValueStatus,
} from './results-types';

/** What progress needs of an indicator. */
export interface ProgressInput {
  direction: IndicatorDirection;
  baseline: number | null;
  targets: { year: number; value: number }[];
  endTarget: number | null;
  values: { year: number; value: number; status: ValueStatus }[];
}

/** One decimal; never -0. */
const round1 = (x: number) => Math.round(x * 10) / 10 + 0;

/**
 * The target of a year: the one set for it; else, in the end year, the end target; else a straight
 * line from the baseline (taken as the value before the start year) to the end target. Null when
 * there is nothing to go by.
 */
export function targetForYear(i: Pick<ProgressInput, 'baseline' | 'targets' | 'endTarget'>, year: number, period: Period): { value: number; set: boolean } | null {
  const set = i.targets.find((t) => t.year === year);
  if (set) return { value: set.value, set: true };
  if (i.endTarget === null) return null;
  if (year === period.endYear) return { value: i.endTarget, set: true };
  if (i.baseline === null || year < period.startYear || year > period.endYear) return null;
  const steps = period.endYear - period.startYear + 1;
  const done = year - period.startYear + 1;
  return { value: round1(i.baseline + ((i.endTarget - i.baseline) * done) / steps), set: false };
}

/**
 * How far `actual` has come from `baseline` toward `target`, in percent (one decimal): 0 at the
 * baseline, 100 at the target, beyond 100 past it, negative when it went the wrong way. The formula
 * holds for both directions. Without a baseline an ascending indicator starts from 0 and a
 * descending one cannot be judged (null). When the target equals the baseline: 100 when the actual
 * is at or past it in the indicator's direction, else 0.
 */
export function percentOfTarget(direction: IndicatorDirection, baseline: number | null, target: number, actual: number): number | null {
  const from = baseline ?? (direction === 'ascending' ? 0 : null);
  if (from === null) return null;
  if (target === from) {
    const reached = direction === 'descending' ? actual <= target : actual >= target;
    return reached ? 100 : 0;
  }
  return round1(((actual - from) / (target - from)) * 100);
}

/** On track at or above the programme's onTrackPercent, at risk at or above atRiskPercent, else off track. */
export function progressStatus(percent: number | null, settings: Pick<ResultsSettingsDto, 'onTrackPercent' | 'atRiskPercent'>): ProgressStatus {
  if (percent === null) return 'no_data';
  if (percent >= settings.onTrackPercent) return 'on_track';
  if (percent >= settings.atRiskPercent) return 'at_risk';
  return 'off_track';
}

/** One row per project year: target, actual (whatever its status), % of target and status. */
export function indicatorTracking(i: ProgressInput, period: Period, settings: Pick<ResultsSettingsDto, 'onTrackPercent' | 'atRiskPercent'>): TrackingYear[] {
  const rows: TrackingYear[] = [];
  for (let year = period.startYear; year <= period.endYear; year++) {
    const target = targetForYear(i, year, period);
    const value = i.values.find((v) => v.year === year) ?? null;
    const percent = target && value ? percentOfTarget(i.direction, i.baseline, target.value, value.value) : null;
    rows.push({
      year,
      target: target?.value ?? null,
      targetSet: target?.set ?? false,
      actual: value?.value ?? null,
      valueStatus: value?.status ?? null,
      percentOfTarget: percent,
      progress: progressStatus(percent, settings),
    });
  }
  return rows;
}

/**
 * An indicator's progress, judged on the latest year with an approved value: against that year's
 * target for the status, and against the end target for how far the whole project has come.
 */
export function indicatorProgress(i: ProgressInput, period: Period, settings: Pick<ResultsSettingsDto, 'onTrackPercent' | 'atRiskPercent'>): IndicatorProgress {
  const approved = i.values.filter((v) => v.status === 'approved').sort((a, b) => b.year - a.year)[0];
  if (!approved) {
    return { status: 'no_data', year: null, baseline: i.baseline, actual: null, target: null, percentOfTarget: null, percentOfEndTarget: null };
  }
  const target = targetForYear(i, approved.year, period);
  const percent = target ? percentOfTarget(i.direction, i.baseline, target.value, approved.value) : null;
  const ofEnd = i.endTarget !== null ? percentOfTarget(i.direction, i.baseline, i.endTarget, approved.value) : null;
  return {
    status: progressStatus(percent, settings),
    year: approved.year,
    baseline: i.baseline,
    actual: approved.value,
    target: target?.value ?? null,
    percentOfTarget: percent,
    percentOfEndTarget: ofEnd,
  };
}
