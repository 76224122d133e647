import type { FundingCycle } from './cycle-types';
import type { CycleDate } from './cycle-types';
import { deadlinesForYear } from './cycle';
import type { Violation } from './errors';
import type { InstalmentAction, InstalmentStatus, PlannedInstalment } from './instalments-types';
import { minorToDecimal, splitEvenly, sumMoney } from './money';

/** The instalment state machine: which action leads from which statuses to which. */
export const INSTALMENT_ACTION_RULES: Record<InstalmentAction, { from: readonly InstalmentStatus[]; to: InstalmentStatus }> = {
  approve: { from: ['planned'], to: 'approved' },
  pay: { from: ['approved'], to: 'paid' },
  withhold: { from: ['planned', 'approved'], to: 'withheld' },
  release: { from: ['withheld'], to: 'planned' },
};

export function checkInstalmentTransition(from: InstalmentStatus, action: InstalmentAction): Violation[] {
  return INSTALMENT_ACTION_RULES[action].from.includes(from) ? [] : [{ code: 'INVALID_TRANSITION', field: 'status', params: { from, action } }];
}

export function instalmentActionsFrom(status: InstalmentStatus): InstalmentAction[] {
  return (Object.keys(INSTALMENT_ACTION_RULES) as InstalmentAction[]).filter((a) => INSTALMENT_ACTION_RULES[a].from.includes(status));
}

/** Only a planned (or withheld) instalment's amount may still change; approved and paid ones are fixed. */
export function isInstalmentAmountLocked(status: InstalmentStatus): boolean {
  return status === 'approved' || status === 'paid';
}

/**
 * The instalments of a grant for one funding year: one per instalment step of the funding source's
 * cycle, on the date the cycle gives (or the programme office set), the grant split evenly to the øre.
 */
export function planInstalments(cycle: FundingCycle, year: number, grant: number, dates: readonly CycleDate[] = []): PlannedInstalment[] {
  const steps = deadlinesForYear(cycle, year, dates).filter((d) => d.kind === 'instalment');
  const ordered = [...steps].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.stepCode.localeCompare(b.stepCode));
  const amounts = splitEvenly(grant, Math.max(ordered.length, 1));
  if (!ordered.length) return [{ stepCode: 'instalment', seq: 1, dueDate: null, amount: grant }];
  return ordered.map((d, i) => ({ stepCode: d.stepCode, seq: i + 1, dueDate: d.date, amount: amounts[i]! }));
}

/**
 * A new split of a grant over its instalments: amounts whole and not negative, summing to the grant
 * exactly, and the approved or paid instalments keeping theirs.
 */
export function checkInstalmentSplit(
  grant: number,
  current: readonly { id: string; status: InstalmentStatus; amount: number }[],
  next: readonly { id: string; amount: number }[],
): Violation[] {
  const v: Violation[] = [];
  const byId = new Map(current.map((c) => [c.id, c]));
  if (next.length !== current.length || next.some((n) => !byId.has(n.id)) || new Set(next.map((n) => n.id)).size !== next.length) {
    return [{ code: 'VALIDATION_FAILED', field: 'amounts' }];
  }
  next.forEach((n, i) => {
    if (!Number.isSafeInteger(n.amount) || n.amount < 0) v.push({ code: 'VALIDATION_FAILED', field: `amounts.${i}.amount` });
    const c = byId.get(n.id)!;
    if (isInstalmentAmountLocked(c.status) && c.amount !== n.amount) v.push({ code: 'INSTALMENT_LOCKED', field: `amounts.${i}.amount`, params: { status: c.status } });
  });
  const sum = sumMoney(next.map((n) => n.amount));
  if (!v.length && sum !== grant) {
    v.push({ code: 'INSTALMENT_SPLIT_MISMATCH', field: 'amounts', params: { sum, grant, sumNok: minorToDecimal(sum), grantNok: minorToDecimal(grant) } });
  }
  return v;
}

/** Whether granting `amount` more keeps a funding source's year within what the donor allocated. */
export function checkProgrammeFunds(allocated: number | null, alreadyGranted: number, amount: number): Violation[] {
  const available = (allocated ?? 0) - alreadyGranted;
  if (amount <= available) return [];
  return [
    {
      code: 'PROGRAMME_FUNDS_EXCEEDED',
      field: 'granted',
      params: { amount, available, allocated: allocated ?? 0, amountNok: minorToDecimal(amount), availableNok: minorToDecimal(Math.max(available, 0)), allocatedNok: minorToDecimal(allocated ?? 0) },
    },
  ];
}
