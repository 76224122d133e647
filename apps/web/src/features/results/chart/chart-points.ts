import type { TrackingYear } from '@mic/domain';
import { formatNumber, formatPercent, type ValueShape } from '../value-format';
import type { ChartPoint } from './chart-scale';

/**
 * The progress chart's points: the baseline first (where the actual line starts), then each project
 * year with its target (set or interpolated) and actual value, whatever the value's status.
 */
export function chartPoints(baseline: number | null, years: TrackingYear[], baselineLabel: string): ChartPoint[] {
  const points: ChartPoint[] = [];
  if (baseline !== null) points.push({ label: baselineLabel, target: null, actual: baseline });
  for (const y of years) points.push({ label: String(y.year), target: y.target, actual: y.actual });
  return points;
}

/** The value axis of an indicator's chart: plain numbers, with the unit once above them; a scale's steps. */
export function axisOf(shape: ValueShape, lang: string): { format: (n: number) => string; unit?: string; steps?: number[] } {
  if (shape.kind === 'qualitative') return { format: (n) => formatNumber(n, lang), steps: (shape.scale ?? []).map((s) => s.value) };
  if (shape.measure === 'percentage') return { format: (n) => formatPercent(n, lang) };
  return { format: (n) => formatNumber(n, lang), unit: shape.unit ?? undefined };
}
