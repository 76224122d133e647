import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  VALUE_TRANSITIONS,
  approverSideOf,
  baselineAfterFirstActivity,
  checkBaseline,
  checkScale,
  checkTargets,
  frameworkWarnings,
  nextValueStatus,
  normaliseIndicator,
  statusAfterEdit,
  valueInRange,
  type IndicatorFacts,
  type WarningInput,
} from './indicators';
import { VALUE_ACTIONS, VALUE_STATUSES } from './results-types';

const count: IndicatorFacts = { kind: 'quantitative', measure: 'number', direction: 'ascending', aggregation: 'cumulative', scale: null };
const percent: IndicatorFacts = { ...count, measure: 'percentage', aggregation: 'per_year' };
const scale = [
  { value: 1, label: { en: 'None' } },
  { value: 2, label: { en: 'Some' } },
  { value: 3, label: { en: 'Full' } },
];
const qualitative: IndicatorFacts = { kind: 'qualitative', measure: null, direction: 'ascending', aggregation: 'per_year', scale };
const period = { startYear: 2025, endYear: 2027 };

describe('the value workflow', () => {
  it('is draft → submitted → approved | returned, returned → submitted, approved final', () => {
    expect(nextValueStatus('draft', 'submit')).toBe('submitted');
    expect(nextValueStatus('submitted', 'approve')).toBe('approved');
    expect(nextValueStatus('submitted', 'return')).toBe('returned');
    expect(nextValueStatus('returned', 'submit')).toBe('submitted');
    expect(nextValueStatus('draft', 'approve')).toBeNull();
    expect(nextValueStatus('approved', 'return')).toBeNull();
  });

  it('property: approval only ever comes from submitted, and nothing leaves approved', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALUE_STATUSES), fc.constantFrom(...VALUE_ACTIONS), (from, action) => {
        const to = nextValueStatus(from, action);
        if (to === 'approved') expect(from).toBe('submitted');
        if (from === 'approved') expect(to).toBeNull();
        expect(to === null || VALUE_STATUSES.includes(to)).toBe(true);
      }),
    );
    expect(Object.keys(VALUE_TRANSITIONS).sort()).toEqual([...VALUE_STATUSES].sort());
  });

  it('puts an edited value back to draft unless approved', () => {
    expect(VALUE_STATUSES.map(statusAfterEdit)).toEqual(['draft', 'draft', 'approved', 'draft']);
  });

  it('approves both municipalities’ results on the partner side', () => {
    expect(approverSideOf('partner')).toBe('partner');
    expect(approverSideOf('both')).toBe('partner');
    expect(approverSideOf('home')).toBe('home');
  });
});

describe('indicator shape', () => {
  it('normalises qualitative and percentage indicators', () => {
    expect(normaliseIndicator({ ...qualitative, measure: 'number', unit: 'x', aggregation: 'cumulative' })).toMatchObject({ measure: null, unit: null, aggregation: 'per_year' });
    expect(normaliseIndicator({ ...percent, unit: 'households' })).toMatchObject({ unit: '%' });
    expect(normaliseIndicator({ ...count, measure: null, unit: ' days ', scale })).toMatchObject({ measure: 'number', unit: 'days', scale: null });
  });

  it('wants a labelled, ascending scale of 2–10 steps for a qualitative indicator', () => {
    expect(checkScale('qualitative', scale)).toEqual([]);
    expect(checkScale('quantitative', null)).toEqual([]);
    expect(checkScale('qualitative', null)[0]?.code).toBe('SCALE_INVALID');
    expect(checkScale('qualitative', [scale[0]!])[0]?.code).toBe('SCALE_INVALID');
    expect(checkScale('qualitative', [scale[1]!, scale[0]!])[0]?.code).toBe('SCALE_INVALID');
    expect(checkScale('qualitative', [scale[0]!, { value: 2.5, label: { en: 'x' } }])[0]?.code).toBe('SCALE_INVALID');
    expect(checkScale('qualitative', [scale[0]!, { value: 2, label: { en: ' ' } }])[0]?.code).toBe('SCALE_INVALID');
  });

  it('keeps values in range: 0–100 for a percentage, a step for a qualitative indicator', () => {
    expect(valueInRange(count, -5)).toBe(true);
    expect(valueInRange(count, Number.NaN)).toBe(false);
    expect(valueInRange(percent, 100)).toBe(true);
    expect(valueInRange(percent, 100.5)).toBe(false);
    expect(valueInRange(qualitative, 2)).toBe(true);
    expect(valueInRange(qualitative, 4)).toBe(false);
  });

  it('wants a baseline value, or a description for a qualitative one', () => {
    expect(checkBaseline(count, { value: null })[0]).toMatchObject({ code: 'BASELINE_VALUE_REQUIRED', field: 'value' });
    expect(checkBaseline(qualitative, { value: null, description: 'No committees exist' })).toEqual([]);
    expect(checkBaseline(qualitative, { value: 7 })[0]?.code).toBe('VALUE_OUT_OF_RANGE');
    expect(checkBaseline(count, { value: 12 })).toEqual([]);
  });

  it('flags a baseline taken after the first activity', () => {
    expect(baselineAfterFirstActivity('2025-04-01', '2025-03-15')).toBe(true);
    expect(baselineAfterFirstActivity('2025-03-15', '2025-03-15')).toBe(false);
  });
});

describe('checkTargets', () => {
  it('names each cumulative period target above the end target', () => {
    const v = checkTargets(count, [{ year: 2025, value: 40 }, { year: 2026, value: 120 }, { year: 2027, value: 100 }], 100, period);
    expect(v).toEqual([{ code: 'TARGET_EXCEEDS_END_TARGET', field: 'targets.1.value', params: { year: 2026, target: 120, endTarget: 100 } }]);
  });

  it('for a descending cumulative indicator, a period target below the end target passes it', () => {
    const v = checkTargets({ ...count, direction: 'descending' }, [{ year: 2025, value: 5 }], 10, period);
    expect(v[0]?.code).toBe('TARGET_EXCEEDS_END_TARGET');
  });

  it('does not limit per-year targets, but wants years in the period, once each, and values in range', () => {
    expect(checkTargets(percent, [{ year: 2025, value: 90 }], 50, period)).toEqual([]);
    const codes = checkTargets(percent, [{ year: 2024, value: 10 }, { year: 2025, value: 10 }, { year: 2025, value: 120 }], 150, period).map((v) => [v.code, v.field]);
    expect(codes).toEqual([
      ['YEAR_OUTSIDE_PERIOD', 'targets.0.year'],
      ['VALIDATION_FAILED', 'targets.2.year'],
      ['VALUE_OUT_OF_RANGE', 'targets.2.value'],
      ['VALUE_OUT_OF_RANGE', 'endTarget'],
    ]);
  });

  it('property: the offending years are exactly those above the end target (ascending cumulative)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 200 }), (values, end) => {
        const targets = values.map((value, i) => ({ year: 2025 + i, value }));
        const flagged = checkTargets(count, targets, end, period)
          .filter((v) => v.code === 'TARGET_EXCEEDS_END_TARGET')
          .map((v) => v.params!.year);
        expect(flagged).toEqual(targets.filter((t) => t.value > end).map((t) => t.year));
      }),
    );
  });
});

describe('frameworkWarnings', () => {
  const indicator = (id: string, resultId: string, over: Partial<WarningInput['indicators'][number]> = {}) => ({
    ...count,
    id,
    resultId,
    baseline: { date: '2025-01-10' },
    targets: [],
    endTarget: 10,
    ...over,
  });
  const input = (indicators: WarningInput['indicators'], max = { maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: 12 }): WarningInput => ({
    results: [
      { id: 'i', level: 'impact' },
      { id: 'o', level: 'outcome' },
      { id: 'p', level: 'output' },
    ],
    indicators,
    settings: max,
    period,
    firstActivityDate: '2025-02-01',
  });

  it('warns above the limits, never for exactly the limit', () => {
    const three = ['a', 'b', 'c'].map((id) => indicator(id, 'o'));
    expect(frameworkWarnings(input(three))).toEqual([]);
    const four = [...three, indicator('d', 'o')];
    expect(frameworkWarnings(input(four)).map((w) => w.code)).toEqual(['TOO_MANY_INDICATORS_OUTCOME']);
    expect(frameworkWarnings(input(four))[0]).toMatchObject({ resultId: 'o', params: { count: 4, max: 3 } });
    expect(frameworkWarnings(input(four, { maxIndicatorsPerOutcome: 5, maxIndicatorsPerPartnership: 3 })).map((w) => w.code)).toEqual([
      'TOO_MANY_INDICATORS_PARTNERSHIP',
    ]);
  });

  it('counts an outcome’s own indicators, not those of its outputs', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => indicator(id, 'p'));
    expect(frameworkWarnings(input(many))).toEqual([]);
  });

  it('property: the partnership warning appears exactly when the count passes the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 20 }), (n, max) => {
        const list = Array.from({ length: n }, (_, k) => indicator(`x${k}`, 'p'));
        const has = frameworkWarnings(input(list, { maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: max })).some((w) => w.code === 'TOO_MANY_INDICATORS_PARTNERSHIP');
        return has === n > max;
      }),
    );
  });

  it('flags a missing baseline, a late baseline, a target past the end and a target year outside the period', () => {
    const w = frameworkWarnings(
      input([
        indicator('a', 'o', { baseline: null }),
        indicator('b', 'o', { baseline: { date: '2025-06-01' } }),
        indicator('c', 'p', { targets: [{ year: 2026, value: 11 }, { year: 2030, value: 1 }] }),
      ]),
    );
    expect(w.map((x) => [x.code, x.indicatorId, x.params?.year])).toEqual([
      ['BASELINE_MISSING', 'a', undefined],
      ['BASELINE_AFTER_FIRST_ACTIVITY', 'b', undefined],
      ['TARGET_EXCEEDS_END_TARGET', 'c', 2026],
      ['TARGET_OUTSIDE_PERIOD', 'c', 2030],
    ]);
  });

  it('warns when there is no impact', () => {
    expect(frameworkWarnings({ ...input([]), results: [] }).map((w) => w.code)).toEqual(['NO_IMPACT']);
  });
});
