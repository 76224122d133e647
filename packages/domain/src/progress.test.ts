import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indicatorProgress, indicatorTracking, percentOfTarget, progressStatus, targetForYear, type ProgressInput } from './progress';
import { DEFAULT_RESULTS_SETTINGS } from './results-types';

const period = { startYear: 2025, endYear: 2027 };
const settings = DEFAULT_RESULTS_SETTINGS;

describe('percentOfTarget', () => {
  it('measures the way from baseline to target, in both directions', () => {
    expect(percentOfTarget('ascending', 40, 80, 60)).toBe(50);
    expect(percentOfTarget('ascending', 40, 80, 80)).toBe(100);
    expect(percentOfTarget('ascending', 40, 80, 30)).toBe(-25);
    expect(percentOfTarget('descending', 30, 10, 15)).toBe(75);
    expect(percentOfTarget('descending', 30, 10, 35)).toBe(-25);
  });

  it('starts an ascending indicator without a baseline from 0, and cannot judge a descending one', () => {
    expect(percentOfTarget('ascending', null, 200, 150)).toBe(75);
    expect(percentOfTarget('descending', null, 10, 5)).toBeNull();
  });

  it('when target equals baseline: reached or not', () => {
    expect(percentOfTarget('ascending', 5, 5, 6)).toBe(100);
    expect(percentOfTarget('ascending', 5, 5, 4)).toBe(0);
    expect(percentOfTarget('descending', 5, 5, 4)).toBe(100);
  });

  it('property: 0 at the baseline, 100 at the target, and better values never score lower', () => {
    const n = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(fc.constantFrom('ascending' as const, 'descending' as const), n, n, n, n, (direction, baseline, target, a, b) => {
        fc.pre(target !== baseline);
        expect(percentOfTarget(direction, baseline, target, baseline)).toBe(0);
        expect(percentOfTarget(direction, baseline, target, target)).toBe(100);
        // "Better" means toward the target from the baseline.
        const towardTarget = Math.sign(target - baseline);
        const [worse, better] = (a - b) * towardTarget <= 0 ? [a, b] : [b, a];
        expect(percentOfTarget(direction, baseline, target, better)!).toBeGreaterThanOrEqual(percentOfTarget(direction, baseline, target, worse)!);
      }),
    );
  });
});

describe('progressStatus', () => {
  it('uses the programme thresholds', () => {
    expect(progressStatus(95, settings)).toBe('on_track');
    expect(progressStatus(90, settings)).toBe('on_track');
    expect(progressStatus(60, settings)).toBe('at_risk');
    expect(progressStatus(59.9, settings)).toBe('off_track');
    expect(progressStatus(null, settings)).toBe('no_data');
    expect(progressStatus(70, { onTrackPercent: 70, atRiskPercent: 50 })).toBe('on_track');
  });

  it('property: monotonic in the percentage', () => {
    const rank = { off_track: 0, at_risk: 1, on_track: 2, no_data: -1 } as const;
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: -500, max: 500, noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return rank[progressStatus(lo, settings)] <= rank[progressStatus(hi, settings)];
      }),
    );
  });
});

describe('targets per year', () => {
  const i = { baseline: 40, targets: [{ year: 2026, value: 55 }], endTarget: 70 };
  it('takes the set target, the end target in the end year, else a straight line from the baseline', () => {
    expect(targetForYear(i, 2026, period)).toEqual({ value: 55, set: true });
    expect(targetForYear(i, 2027, period)).toEqual({ value: 70, set: true });
    expect(targetForYear(i, 2025, period)).toEqual({ value: 50, set: false });
    expect(targetForYear({ ...i, baseline: null }, 2025, period)).toBeNull();
    expect(targetForYear({ ...i, endTarget: null }, 2025, period)).toBeNull();
  });
});

describe('indicator tracking and progress', () => {
  const input: ProgressInput = {
    direction: 'ascending',
    baseline: 40,
    targets: [
      { year: 2025, value: 50 },
      { year: 2026, value: 60 },
    ],
    endTarget: 70,
    values: [
      { year: 2025, value: 50, status: 'approved' },
      { year: 2026, value: 48, status: 'submitted' },
    ],
  };

  it('gives one row per project year with % of target and status, whatever the value’s status', () => {
    expect(indicatorTracking(input, period, settings)).toEqual([
      { year: 2025, target: 50, targetSet: true, actual: 50, valueStatus: 'approved', percentOfTarget: 100, progress: 'on_track' },
      { year: 2026, target: 60, targetSet: true, actual: 48, valueStatus: 'submitted', percentOfTarget: 40, progress: 'off_track' },
      { year: 2027, target: 70, targetSet: true, actual: null, valueStatus: null, percentOfTarget: null, progress: 'no_data' },
    ]);
  });

  it('judges the indicator on the latest approved value only', () => {
    expect(indicatorProgress(input, period, settings)).toEqual({
      status: 'on_track',
      year: 2025,
      baseline: 40,
      actual: 50,
      target: 50,
      percentOfTarget: 100,
      percentOfEndTarget: 33.3,
    });
    expect(indicatorProgress({ ...input, values: [] }, period, settings).status).toBe('no_data');
  });

  it('judges a descending indicator the right way round', () => {
    const days: ProgressInput = { direction: 'descending', baseline: 30, targets: [], endTarget: 10, values: [{ year: 2025, value: 28, status: 'approved' }] };
    // Interpolated target for 2025: 30 − 20/3 ≈ 23.3; 2 of 6.7 days is 30 %.
    const p = indicatorProgress(days, period, settings);
    expect(p.target).toBe(23.3);
    expect(p.status).toBe('off_track');
  });
});
