import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEFAULT_BUDGET_RULES } from '@mic/domain';
import { type Route, OFFICE_ONLY, PARTNERSHIP_EDITORS, PARTNERSHIP_OFFICE, PARTNERSHIP_READERS, PROGRAMME_READERS, clients, freshPartnership } from './role-matrix.support';

/** Budget rules and work plans (issue 7): coordinators and the programme office write, the office approves and sets the rules, everyone who sees the partnership reads. */

const plan = () => {
  const activityId = randomUUID();
  return {
    activities: [{ id: activityId, outputId: null, title: 'Exchange visit', responsible: 'both', startMonth: 3, endMonth: 5 }],
    lines: [{ id: randomUUID(), activityId, category: 'travel', side: 'home', description: 'Flights', amount: 1_000_000, local: null }],
  };
};

/** A fresh partnership with a saved 2026 plan (version 1). */
async function freshPlan() {
  const p = await freshPartnership();
  const res = await clients.admin.put(`/api/partnerships/${p.id}/budget/2026`, { version: 0, ...plan() });
  expect(res.statusCode).toBe(200);
  return `/api/partnerships/${p.id}/budget`;
}

/** The rules as they are, at their current version, so that every allowed call succeeds. */
async function currentRules() {
  const res = await clients.admin.get('/api/programme/budget-rules');
  return { ...DEFAULT_BUDGET_RULES, version: res.json().version as number };
}

export const budgetRoutes: Route[] = [
  { name: 'GET /api/programme/budget-rules', call: async (c) => c.get('/api/programme/budget-rules'), expect: PROGRAMME_READERS },
  { name: 'PUT /api/programme/budget-rules', call: async (c) => c.put('/api/programme/budget-rules', await currentRules()), expect: OFFICE_ONLY },
  { name: 'GET /api/partnerships/:id/budget', call: async (c) => c.get(`/api/partnerships/${(await freshPartnership()).id}/budget?year=2026`), expect: PARTNERSHIP_READERS },
  { name: 'GET /api/partnerships/:id/budget.xlsx', call: async (c) => c.get(`${await freshPlan()}.xlsx?year=2026`), expect: PARTNERSHIP_READERS },
  {
    name: 'PUT /api/partnerships/:id/budget/:year',
    call: async (c) => c.put(`/api/partnerships/${(await freshPartnership()).id}/budget/2026`, { version: 0, ...plan() }),
    expect: PARTNERSHIP_EDITORS,
  },
  { name: 'POST /api/partnerships/:id/budget/:year/approve', call: async (c) => c.post(`${await freshPlan()}/2026/approve`, { version: 1 }), expect: PARTNERSHIP_OFFICE },
];
