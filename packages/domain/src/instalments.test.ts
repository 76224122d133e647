import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MIC_2013_CYCLE } from './cycle-defaults';
import type { FundingCycle } from './cycle-types';
import {
  INSTALMENT_ACTION_RULES,
  checkInstalmentSplit,
  checkInstalmentTransition,
  checkProgrammeFunds,
  instalmentActionsFrom,
  isInstalmentAmountLocked,
  planInstalments,
} from './instalments';
import { INSTALMENT_ACTIONS, INSTALMENT_STATUSES, type InstalmentStatus } from './instalments-types';
import { MAX_MONEY } from './money';

const cycleOf = (source: string) => MIC_2013_CYCLE.cycles.find((c) => c.fundingSource === source)!;
const grant = fc.integer({ min: 0, max: MAX_MONEY });
const year = fc.integer({ min: 2000, max: 2100 });

describe('planInstalments', () => {
  it('gives Norad two instalments (1 March, 1 October) and the Ministry one (1 October)', () => {
    expect(planInstalments(cycleOf('norad'), 2027, 500_000_01)).toEqual([
      { stepCode: 'instalment-1', seq: 1, dueDate: '2027-03-01', amount: 250_000_01 },
      { stepCode: 'instalment-2', seq: 2, dueDate: '2027-10-01', amount: 250_000_00 },
    ]);
    expect(planInstalments(cycleOf('mfa'), 2027, 500_000_01)).toEqual([{ stepCode: 'instalment-1', seq: 1, dueDate: '2027-10-01', amount: 500_000_01 }]);
  });

  it('sums to the grant exactly, øre by øre, for any grant and either cycle, the parts differing by at most one øre', () => {
    fc.assert(
      fc.property(grant, year, fc.constantFrom('norad', 'mfa'), (amount, y, source) => {
        const planned = planInstalments(cycleOf(source), y, amount);
        expect(planned).toHaveLength(source === 'norad' ? 2 : 1);
        expect(planned.reduce((n, i) => n + i.amount, 0)).toBe(amount);
        expect(planned.every((i) => Number.isSafeInteger(i.amount) && i.amount >= 0)).toBe(true);
        const amounts = planned.map((i) => i.amount);
        expect(Math.max(...amounts) - Math.min(...amounts)).toBeLessThanOrEqual(1);
        expect(planned.map((i) => i.seq)).toEqual(planned.map((_, i) => i + 1));
      }),
    );
  });

  it('sums to the grant for any number of instalment steps, and takes the dates the programme office set', () => {
    const base = cycleOf('norad').steps.find((s) => s.kind === 'instalment')!;
    fc.assert(
      fc.property(grant, fc.integer({ min: 0, max: 12 }), (amount, n) => {
        const cycle: FundingCycle = { fundingSource: 'x', programmeApplicationYears: [], steps: Array.from({ length: n }, (_, i) => ({ ...base, code: `i-${i}`, month: i + 1 })) };
        const planned = planInstalments(cycle, 2030, amount);
        expect(planned).toHaveLength(Math.max(n, 1));
        expect(planned.reduce((s, i) => s + i.amount, 0)).toBe(amount);
      }),
    );
    const set = planInstalments(cycleOf('norad'), 2028, 100, [{ fundingSource: 'norad', year: 2028, stepCode: 'instalment-2', date: '2028-09-15' }]);
    expect(set.map((i) => i.dueDate)).toEqual(['2028-03-01', '2028-09-15']);
  });
});

describe('checkInstalmentSplit', () => {
  const status = fc.constantFrom(...INSTALMENT_STATUSES);

  it('accepts exactly the splits that sum to the grant and keep the approved and paid amounts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(status, fc.integer({ min: 0, max: 10_000_000 })), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 4, maxLength: 4 }), (rows, proposed) => {
        const current = rows.map(([s, amount], i) => ({ id: `i${i}`, status: s, amount }));
        const total = current.reduce((n, c) => n + c.amount, 0);
        const next = current.map((c, i) => ({ id: c.id, amount: proposed[i]! }));
        const sum = next.reduce((n, x) => n + x.amount, 0);
        const lockedChanged = current.some((c, i) => isInstalmentAmountLocked(c.status) && c.amount !== next[i]!.amount);
        const v = checkInstalmentSplit(total, current, next);
        if (lockedChanged) expect(v.map((x) => x.code)).toContain('INSTALMENT_LOCKED');
        else if (sum !== total) expect(v).toEqual([expect.objectContaining({ code: 'INSTALMENT_SPLIT_MISMATCH', field: 'amounts' })]);
        else expect(v).toEqual([]);
      }),
    );
  });

  it('says by how much, in NOK, and refuses unknown, missing, repeated, negative and fractional amounts', () => {
    const current = [
      { id: 'a', status: 'planned' as const, amount: 250_000_01 },
      { id: 'b', status: 'planned' as const, amount: 250_000_00 },
    ];
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: 300_000_00 }, { id: 'b', amount: 200_000_00 }])[0]).toMatchObject({
      code: 'INSTALMENT_SPLIT_MISMATCH',
      params: { sumNok: '500000.00', grantNok: '500000.01' },
    });
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: 500_000_01 }])[0]!.code).toBe('VALIDATION_FAILED');
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: 1 }, { id: 'a', amount: 500_000_00 }])[0]!.code).toBe('VALIDATION_FAILED');
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: 1 }, { id: 'x', amount: 500_000_00 }])[0]!.code).toBe('VALIDATION_FAILED');
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: -1 }, { id: 'b', amount: 500_000_02 }])[0]).toMatchObject({ field: 'amounts.0.amount' });
    expect(checkInstalmentSplit(500_000_01, current, [{ id: 'a', amount: 0.5 }, { id: 'b', amount: 500_000_00.5 }])[0]).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('the instalment state machine', () => {
  it('goes planned → approved → paid, withholds planned or approved ones and releases them to planned', () => {
    const walk = (from: InstalmentStatus, actions: (typeof INSTALMENT_ACTIONS)[number][]) =>
      actions.reduce<InstalmentStatus | null>((s, a) => (s && checkInstalmentTransition(s, a).length === 0 ? INSTALMENT_ACTION_RULES[a].to : null), from);
    expect(walk('planned', ['approve', 'pay'])).toBe('paid');
    expect(walk('approved', ['withhold', 'release', 'approve'])).toBe('approved');
    expect(walk('planned', ['pay'])).toBeNull();
    expect(instalmentActionsFrom('paid')).toEqual([]);
    expect(instalmentActionsFrom('planned')).toEqual(['approve', 'withhold']);
    expect(checkInstalmentTransition('paid', 'withhold')).toEqual([{ code: 'INVALID_TRANSITION', field: 'status', params: { from: 'paid', action: 'withhold' } }]);
  });

  it('never leaves paid, and allows an action exactly when it is listed for the status', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INSTALMENT_STATUSES), fc.constantFrom(...INSTALMENT_ACTIONS), (s, a) => {
        expect(checkInstalmentTransition(s, a).length === 0).toBe(instalmentActionsFrom(s).includes(a));
        if (s === 'paid') expect(checkInstalmentTransition(s, a)).not.toEqual([]);
      }),
    );
  });
});

describe('checkProgrammeFunds', () => {
  it('grants up to the last øre available and not one more; nothing recorded is nothing available', () => {
    fc.assert(
      fc.property(grant, grant, grant, (allocated, already, amount) => {
        expect(checkProgrammeFunds(allocated, already, amount).length === 0).toBe(amount <= allocated - already);
      }),
    );
    expect(checkProgrammeFunds(null, 0, 1)[0]).toMatchObject({ code: 'PROGRAMME_FUNDS_EXCEEDED', params: { availableNok: '0.00', amountNok: '0.01' } });
    expect(checkProgrammeFunds(100, 40, 60)).toEqual([]);
  });
});
