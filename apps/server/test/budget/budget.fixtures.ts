import { randomUUID } from 'node:crypto';
import type { TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';

/** A partnership (2025–2027, Guatemala) with its two coordinators, an outsider, an auditor and a results chain. */
export async function budgetSetting(t: TestContext, spec: { status?: 'draft' | 'active' | 'closed' } = {}) {
  const p = await buildPartnership(t.db, { status: spec.status ?? 'active' });
  const chain = await buildChain(t.db, p.id);
  const home = await signInAs(t, { name: 'Kari Home', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'Lucía Partner', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
  return { p, chain, home, partner, auditor, url: `/api/partnerships/${p.id}/budget` };
}

export type Activity = { id: string; outputId: string | null; title: string; responsible: 'home' | 'partner' | 'both'; startMonth: number; endMonth: number };
export type Line = {
  id: string;
  activityId: string | null;
  category: string;
  side: 'home' | 'partner';
  description: string;
  amount?: number;
  local?: { currency: string; amount: number; rate: string; rateDate: string } | null;
};

export const activity = (outputId: string | null, over: Partial<Activity> = {}): Activity => ({
  id: randomUUID(),
  outputId,
  title: 'Training of waste collectors',
  responsible: 'both',
  startMonth: 3,
  endMonth: 6,
  ...over,
});

export const line = (activityId: string | null, over: Partial<Line> = {}): Line => ({
  id: randomUUID(),
  activityId,
  category: 'travel',
  side: 'home',
  description: 'Flights Bergen – Guatemala City',
  amount: 4_500_000,
  local: null,
  ...over,
});

/** A plan of one activity on the output: a home travel line, a partner workshop line in GTQ and a little administration. */
export function samplePlan(outputId: string) {
  const a = activity(outputId);
  return {
    activities: [a],
    lines: [
      line(a.id, { amount: 4_500_000 }),
      line(a.id, { category: 'workshops', side: 'partner', description: 'Workshop venue', local: { currency: 'GTQ', amount: 1_234_567, rate: '1.38745', rateDate: '2026-02-02' } }),
      line(null, { category: 'administration', description: 'Coordination', amount: 500_000 }),
    ],
  };
}

/** GTQ 12 345.67 at 1.38745 NOK = NOK 17 128.9998415, rounded once to the øre. */
export const GTQ_LINE_ORE = 1_712_900;
