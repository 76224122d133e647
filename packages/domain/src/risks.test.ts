import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_RISK_SETTINGS } from './risks-defaults';
import {
  addMonths,
  bandOf,
  bandRanges,
  checkRegister,
  checkRiskSettings,
  checkScaleLabels,
  checkThresholds,
  compareRisks,
  currentScores,
  hasDocumentedTolerance,
  hasReducingResponse,
  heatMap,
  isOverdue,
  isRiskScore,
  nextReviewDue,
  questionsContinuation,
  rate,
  ratingOf,
  riskName,
  sortRisks,
  toleranceMissing,
  type RiskFacts,
} from './risks';
import { RISK_RESPONSE_TYPES, RISK_STATUSES, type RiskBandThresholds } from './risks-types';

const T = DEFAULT_RISK_SETTINGS.thresholds;
const score = fc.integer({ min: 1, max: 5 });
const thresholds = fc
  .tuple(fc.integer({ min: 2, max: 24 }), fc.integer({ min: 3, max: 25 }))
  .filter(([m, h]) => m < h)
  .map(([mediumFrom, highFrom]): RiskBandThresholds => ({ mediumFrom, highFrom }));
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function risk(over: Partial<RiskFacts> = {}): RiskFacts {
  return {
    id: 'r1',
    description: 'Elections change the council',
    status: 'open',
    probability: 4,
    consequence: 4,
    response: { type: null, measures: [] },
    tolerance: null,
    ...over,
  };
}

const measure = { action: 'Brief the new council', responsible: 'Coordinator', dueDate: '2027-01-15' };
const tolerance = { justification: 'Accepted by both councils', acceptedBy: 'Mayor', acceptedOn: '2026-02-01' };

const riskFacts = fc.record({
  id: fc.uuid(),
  description: fc.string({ minLength: 1, maxLength: 30 }),
  status: fc.constantFrom(...RISK_STATUSES),
  probability: score,
  consequence: score,
  response: fc.record({
    type: fc.constantFrom(null, ...RISK_RESPONSE_TYPES),
    measures: fc.array(fc.record({ action: fc.constantFrom('', 'Train staff'), responsible: fc.constant('x'), dueDate: fc.constant(null) }), { maxLength: 2 }),
  }),
  tolerance: fc.option(fc.record({ justification: fc.constantFrom('', 'ok'), acceptedBy: fc.constantFrom('', 'Mayor'), acceptedOn: fc.constant('2026-01-01') }), { nil: null }),
});

describe('rating and bands', () => {
  it('rating = probability × consequence, within 1..25', () => {
    fc.assert(
      fc.property(score, score, (p, c) => {
        const r = ratingOf(p, c);
        expect(r).toBe(p * c);
        expect(r).toBeGreaterThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(25);
      }),
    );
  });

  it('bands by default: 1–4 low, 5–9 medium, 10–25 high', () => {
    expect(bandRanges(T)).toEqual([
      { band: 'low', from: 1, to: 4 },
      { band: 'medium', from: 5, to: 9 },
      { band: 'high', from: 10, to: 25 },
    ]);
    expect([1, 4, 5, 9, 10, 25].map((r) => bandOf(r, T))).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
    expect(rate(2, 5, T)).toEqual({ probability: 2, consequence: 5, rating: 10, band: 'high' });
  });

  it('valid thresholds give bands that cover 1..25 without gap or overlap, and agree with bandOf', () => {
    fc.assert(
      fc.property(thresholds, (t) => {
        expect(checkThresholds(t)).toEqual([]);
        const ranges = bandRanges(t);
        expect(ranges[0]!.from).toBe(1);
        expect(ranges[2]!.to).toBe(25);
        for (let i = 0; i < ranges.length; i++) {
          expect(ranges[i]!.from).toBeLessThanOrEqual(ranges[i]!.to);
          if (i > 0) expect(ranges[i]!.from).toBe(ranges[i - 1]!.to + 1);
        }
        for (let rating = 1; rating <= 25; rating++) {
          const holding = ranges.filter((r) => r.from <= rating && rating <= r.to);
          expect(holding).toHaveLength(1);
          expect(holding[0]!.band).toBe(bandOf(rating, t));
        }
      }),
    );
  });

  it('refuses thresholds that leave a band empty or go past 25', () => {
    for (const t of [
      { mediumFrom: 1, highFrom: 10 },
      { mediumFrom: 10, highFrom: 10 },
      { mediumFrom: 12, highFrom: 10 },
      { mediumFrom: 5, highFrom: 26 },
      { mediumFrom: 4.5, highFrom: 10 },
    ]) {
      expect(checkThresholds(t)).toEqual([{ code: 'RISK_BANDS_INVALID', field: 'thresholds' }]);
    }
  });

  it('knows a score', () => {
    expect([0, 1, 5, 6, 2.5, '3'].map(isRiskScore)).toEqual([false, true, true, false, false, false]);
  });
});

describe('settings', () => {
  it('accepts the defaults', () => {
    expect(checkRiskSettings(DEFAULT_RISK_SETTINGS)).toEqual([]);
  });

  it('needs each value 1..5 once, worded in en, nb and es', () => {
    const labels = DEFAULT_RISK_SETTINGS.probabilityLabels;
    expect(checkScaleLabels(labels.slice(0, 4), 'p')).toEqual([{ code: 'RISK_SCALE_INVALID', field: 'p' }]);
    expect(checkScaleLabels([...labels.slice(0, 4), { ...labels[0]! }], 'p')).toHaveLength(1);
    expect(checkScaleLabels([...labels.slice(0, 4), { value: 5, label: { en: 'x', nb: ' ', es: 'y' } }], 'p')).toHaveLength(1);
    expect(checkScaleLabels([...labels].reverse(), 'p')).toEqual([]);
  });

  it('names every broken field', () => {
    const broken = { ...DEFAULT_RISK_SETTINGS, consequenceLabels: [], thresholds: { mediumFrom: 9, highFrom: 3 }, reviewIntervalMonths: 0 };
    expect(checkRiskSettings(broken).map((v) => [v.code, v.field])).toEqual([
      ['RISK_SCALE_INVALID', 'consequenceLabels'],
      ['RISK_BANDS_INVALID', 'thresholds'],
      ['VALIDATION_FAILED', 'reviewIntervalMonths'],
    ]);
  });
});

describe('the high-risk rule', () => {
  it('a reducing response needs a reducing type and a measure', () => {
    expect(hasReducingResponse({ type: 'reduce_probability', measures: [measure] })).toBe(true);
    expect(hasReducingResponse({ type: 'reduce_consequence', measures: [measure] })).toBe(true);
    expect(hasReducingResponse({ type: 'reduce_probability', measures: [] })).toBe(false);
    expect(hasReducingResponse({ type: 'reduce_probability', measures: [{ ...measure, action: '  ' }] })).toBe(false);
    expect(hasReducingResponse({ type: 'tolerate', measures: [measure] })).toBe(false);
    expect(hasReducingResponse({ type: 'no_response_possible', measures: [measure] })).toBe(false);
    expect(hasReducingResponse({ type: null, measures: [measure] })).toBe(false);
  });

  it('a documented tolerance has a justification, who accepted it and a date', () => {
    expect(hasDocumentedTolerance(tolerance)).toBe(true);
    expect(hasDocumentedTolerance(null)).toBe(false);
    expect(hasDocumentedTolerance({ ...tolerance, justification: ' ' })).toBe(false);
    expect(hasDocumentedTolerance({ ...tolerance, acceptedBy: '' })).toBe(false);
    expect(hasDocumentedTolerance({ ...tolerance, acceptedOn: '' })).toBe(false);
  });

  it('an open high risk without either makes the register incomplete, naming the risk', () => {
    const r = risk({ id: 'a', description: '  Elections   change the council ' });
    expect(checkRegister([r], T)).toEqual([
      { code: 'RISK_TOLERANCE_MISSING', field: 'risks.a', params: { riskId: 'a', risk: 'Elections change the council' } },
    ]);
    expect(checkRegister([risk({ response: { type: 'reduce_consequence', measures: [measure] } })], T)).toEqual([]);
    expect(checkRegister([risk({ response: { type: 'tolerate', measures: [] }, tolerance })], T)).toEqual([]);
    expect(checkRegister([risk({ status: 'closed' })], T)).toEqual([]);
    expect(checkRegister([risk({ probability: 3, consequence: 3 })], T)).toEqual([]);
  });

  it('a risk is missing a tolerance exactly when it is open, high, without reducing response or documented tolerance', () => {
    fc.assert(
      fc.property(fc.array(riskFacts, { maxLength: 8 }), thresholds, (risks, t) => {
        const named = checkRegister(risks, t).map((v) => v.params?.riskId);
        const expected = risks.filter(
          (r) =>
            r.status === 'open' &&
            r.probability * r.consequence >= t.highFrom &&
            !hasReducingResponse(r.response) &&
            !hasDocumentedTolerance(r.tolerance),
        );
        expect(new Set(named)).toEqual(new Set(expected.map((r) => r.id)));
        expect(named).toHaveLength(expected.length);
        for (const r of risks) expect(toleranceMissing(r, t)).toBe(expected.includes(r));
      }),
    );
  });

  it('cuts a long description in the violation', () => {
    expect(riskName('x'.repeat(200))).toHaveLength(80);
  });

  it('no possible response to an open high risk questions continuation', () => {
    const none = { type: 'no_response_possible' as const, measures: [] };
    expect(questionsContinuation(risk({ response: none }), T)).toBe(true);
    expect(questionsContinuation(risk({ response: none, status: 'closed' }), T)).toBe(false);
    expect(questionsContinuation(risk({ response: none, probability: 1 }), T)).toBe(false);
    expect(questionsContinuation(risk(), T)).toBe(false);
    // it still needs a documented tolerance to be complete
    expect(toleranceMissing(risk({ response: none }), T)).toBe(true);
    expect(toleranceMissing(risk({ response: none, tolerance }), T)).toBe(false);
  });
});

describe('monitoring', () => {
  it('adds months, keeping to the end of a short month', () => {
    expect(addMonths('2025-11-27', 12)).toBe('2026-11-27');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });

  it('adding months never goes back and lands in the right month', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (d, n) => {
        const out = addMonths(d, n);
        expect(out >= d).toBe(true);
        const [y, m] = d.split('-').map(Number) as [number, number];
        const [y2, m2] = out.split('-').map(Number) as [number, number];
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(n);
      }),
    );
  });

  it('an open risk is overdue when not reviewed within the interval', () => {
    const r = { status: 'open' as const, identifiedOn: '2025-06-01', lastReviewedOn: '2025-11-27' };
    expect(nextReviewDue(r, 12)).toBe('2026-11-27');
    expect(isOverdue(r, 12, '2026-11-27')).toBe(false);
    expect(isOverdue(r, 12, '2026-11-28')).toBe(true);
    expect(isOverdue({ ...r, lastReviewedOn: null }, 12, '2026-06-02')).toBe(true);
    expect(isOverdue({ ...r, status: 'closed' }, 12, '2030-01-01')).toBe(false);
    expect(isOverdue(r, 6, '2026-06-01')).toBe(true);
  });

  it('once overdue, stays overdue on every later day; never overdue before the due day', () => {
    fc.assert(
      fc.property(isoDate, fc.option(isoDate, { nil: null }), fc.integer({ min: 1, max: 60 }), isoDate, isoDate, (identifiedOn, lastReviewedOn, n, a, b) => {
        const r = { status: 'open' as const, identifiedOn, lastReviewedOn };
        const [early, late] = a <= b ? [a, b] : [b, a];
        if (isOverdue(r, n, early)) expect(isOverdue(r, n, late)).toBe(true);
        if (early <= nextReviewDue(r, n)) expect(isOverdue(r, n, early)).toBe(false);
      }),
    );
  });

  it('the current scores are the newest review’s, else the initial ones', () => {
    const initial = { probability: 2, consequence: 3 };
    expect(currentScores(initial, [])).toEqual({ probability: 2, consequence: 3, lastReviewedOn: null });
    const reviews = [
      { reviewedOn: '2026-03-01', createdAt: '2026-03-01T10:00:00Z', probability: 5, consequence: 5 },
      { reviewedOn: '2025-03-01', createdAt: '2026-04-01T10:00:00Z', probability: 1, consequence: 1 },
      { reviewedOn: '2026-03-01', createdAt: '2026-03-02T10:00:00Z', probability: 4, consequence: 2 },
    ];
    expect(currentScores(initial, reviews)).toEqual({ probability: 4, consequence: 2, lastReviewedOn: '2026-03-01' });
  });
});

describe('order and heat map', () => {
  it('lists open risks first, then by current rating highest first', () => {
    const list = sortRisks([
      { id: 'a', status: 'open' as const, probability: 2, consequence: 2 },
      { id: 'b', status: 'closed' as const, probability: 5, consequence: 5 },
      { id: 'c', status: 'open' as const, probability: 3, consequence: 4 },
      { id: 'd', status: 'open' as const, probability: 4, consequence: 3 },
    ]);
    expect(list.map((r) => r.id)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('every sorted register is open-first and highest-first, and the order is total', () => {
    const sortable = fc.record({ id: fc.uuid(), status: fc.constantFrom(...RISK_STATUSES), probability: score, consequence: score });
    fc.assert(
      fc.property(fc.array(sortable, { maxLength: 20 }), (risks) => {
        const sorted = sortRisks(risks);
        expect(sorted).toHaveLength(risks.length);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          expect(compareRisks(a, b)).toBeLessThanOrEqual(0);
          if (a.status === b.status) expect(a.probability * a.consequence).toBeGreaterThanOrEqual(b.probability * b.consequence);
          else expect(a.status).toBe('open');
        }
        expect(sortRisks([...risks].reverse()).map((r) => r.id)).toEqual(sorted.map((r) => r.id));
      }),
    );
  });

  it('has 25 cells, top row probability 5, and places each open risk once', () => {
    const cells = heatMap(
      [
        { id: 'a', status: 'open', probability: 5, consequence: 1 },
        { id: 'b', status: 'open', probability: 1, consequence: 5 },
        { id: 'c', status: 'closed', probability: 1, consequence: 5 },
        { id: 'd', status: 'open', probability: 1, consequence: 5 },
      ],
      T,
    );
    expect(cells).toHaveLength(25);
    expect(cells[0]).toMatchObject({ probability: 5, consequence: 1, rating: 5, band: 'medium', count: 1, riskIds: ['a'] });
    expect(cells[24]).toMatchObject({ probability: 1, consequence: 5, count: 2, riskIds: ['b', 'd'] });
    expect(cells[4]).toMatchObject({ probability: 5, consequence: 5, rating: 25, band: 'high', count: 0 });
  });

  it('heat-map counts add up to the open risks, each in the cell of its scores', () => {
    const sortable = fc.record({ id: fc.uuid(), status: fc.constantFrom(...RISK_STATUSES), probability: score, consequence: score });
    fc.assert(
      fc.property(fc.array(sortable, { maxLength: 30 }), thresholds, (risks, t) => {
        const cells = heatMap(risks, t);
        expect(cells.reduce((n, c) => n + c.count, 0)).toBe(risks.filter((r) => r.status === 'open').length);
        for (const c of cells) {
          expect(c.count).toBe(risks.filter((r) => r.status === 'open' && r.probability === c.probability && r.consequence === c.consequence).length);
          expect(c.band).toBe(bandOf(c.probability * c.consequence, t));
        }
      }),
    );
  });
});
