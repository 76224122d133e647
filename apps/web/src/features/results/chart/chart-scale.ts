/** Pure geometry of the progress chart: a "nice" value axis and the positions of the points. */

export interface ChartPoint {
  /** What the x axis says: "Baseline", "2025", "End". */
  label: string;
  target: number | null;
  actual: number | null;
}

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits the range into about `count` parts. */
function niceStep(range: number, count: number): number {
  const raw = range / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** The value axis for some numbers: from zero (or below, for negatives) to a round number above the largest. */
export function valueAxis(values: number[], count = 4): Axis {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = Math.min(0, ...finite);
  let hi = Math.max(0, ...finite);
  if (lo === hi) hi = lo + 1;
  const step = niceStep(hi - lo, count);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's precision so 0.1 + 0.2 does not print as 0.30000000000000004.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return { min: lo, max: hi, ticks };
}

/** The value axis of a qualitative indicator: exactly its scale's steps. */
export function stepAxis(steps: number[]): Axis {
  const ticks = [...new Set(steps.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
  if (ticks.length === 0) return valueAxis([]);
  const min = ticks[0]!;
  const max = ticks.at(-1)!;
  return { min, max: max === min ? min + 1 : max, ticks };
}

export interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const DEFAULT_LAYOUT: Layout = { width: 480, height: 240, left: 56, right: 16, top: 28, bottom: 40 };

/** x of the i-th of n points, spread evenly with half a step of room at each end. */
export function xOf(i: number, n: number, l: Layout = DEFAULT_LAYOUT): number {
  const inner = l.width - l.left - l.right;
  return l.left + (inner * (i + 0.5)) / Math.max(1, n);
}

/** y of a value on the axis (larger values higher up). */
export function yOf(value: number, axis: Axis, l: Layout = DEFAULT_LAYOUT): number {
  const inner = l.height - l.top - l.bottom;
  return l.top + inner * (1 - (value - axis.min) / (axis.max - axis.min));
}

/** An SVG path through the points that have a value; a gap where one is missing. */
export function linePath(values: (number | null)[], axis: Axis, l: Layout = DEFAULT_LAYOUT): string {
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${xOf(i, values.length, l).toFixed(1)},${yOf(v, axis, l).toFixed(1)}`;
    pen = true;
  });
  return path;
}
