import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineCompletions } from '../../src/db/schema';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildIndicator, buildResult } from '../helpers/results-factory';
import { buildRisk, completeContent, completeSurroundings, createApplication, partnershipWithCoordinators, readyToSubmit } from './helpers';

let now = new Date('2026-09-15T09:00:00Z');
let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => now });
});
afterAll(() => t.close());

const YEARS = [2027, 2028, 2029];

describe('the completeness check', () => {
  it('lists everything missing, each with the path where it is put right', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    const codes = app.missing.map((m: { code: string }) => m.code);
    expect(codes).toEqual([
      'summary_missing',
      'core_task_missing',
      'core_task_missing',
      ...Array(5).fill('principle_missing'),
      'strategic_goals_missing',
      'budget_missing',
      'budget_missing',
      'budget_missing',
      'council_decision_or_strategy_missing',
      'code_of_ethics_missing',
      'code_of_ethics_missing',
      'impact_missing',
      'outcome_missing',
      'risks_missing',
    ]);
    const path = (code: string) => app.missing.find((m: { code: string }) => m.code === code).path;
    expect(path('summary_missing')).toBe(`/partnerships/${p.id}/applications/${app.id}#summary`);
    expect(path('code_of_ethics_missing')).toBe(`/partnerships/${p.id}/documents?category=code_of_ethics&side=home`);
    expect(path('risks_missing')).toBe(`/partnerships/${p.id}/risks`);
  });

  it('names the outcome without indicator, the indicator without baseline or target, the unanswered high risk and too many purposes', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const { impact } = await completeSurroundings(t.db, p.id);
    const bare = await buildIndicator(t.db, p.id, impact.id, { baseline: null, endTarget: null, name: { es: 'Hogares conectados' } });
    const lonely = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, position: 1 });
    const high = await buildRisk(t.db, p.id, { description: 'Drought empties the reservoir', probability: 4, consequence: 4 });
    const app = await createApplication(home, p.id, { year: 2027 });
    const res = await home.put(`/api/applications/${app.id}`, { content: completeContent(YEARS, ['service-delivery', 'environment', 'participation']), version: 1 });
    expect(res.statusCode).toBe(200);
    const missing = res.json().missing;
    expect(missing).toEqual([
      expect.objectContaining({ code: 'too_many_purposes', params: { max: 2 } }),
      expect.objectContaining({ code: 'outcome_without_indicator', target: { area: 'results', resultId: lonely.id }, path: `/partnerships/${p.id}/results/${lonely.id}` }),
      expect.objectContaining({ code: 'indicator_without_baseline', params: { indicator: 'Hogares conectados' }, path: `/partnerships/${p.id}/results/indicators/${bare.id}` }),
      expect.objectContaining({ code: 'indicator_without_target', target: { area: 'indicator', indicatorId: bare.id } }),
      expect.objectContaining({ code: 'high_risk_unanswered', params: { risk: 'Drought empties the reservoir' }, path: `/partnerships/${p.id}/risks/${high.id}` }),
    ]);
  });
});

describe('submitting', () => {
  it('refuses an incomplete or unconfirmed application, listing the missing items, then accepts it on time and records the deadline met', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    const refused = await home.post(`/api/applications/${app.id}/actions/submit`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    const problem = refused.json();
    expect(problem.code).toBe('APPLICATION_INCOMPLETE');
    expect(problem.items).toHaveLength(app.missing.length);
    expect(problem.items[0]).toMatchObject({ code: 'summary_missing', path: `/partnerships/${p.id}/applications/${app.id}#summary` });
    expect(problem.errors.map((e: { field?: string }) => e.field)).toEqual([undefined, ...app.missing.map((m: { path: string }) => m.path), 'confirmations.home', 'confirmations.partner']);

    await completeSurroundings(t.db, p.id);
    const filled = await home.put(`/api/applications/${app.id}`, { content: completeContent(YEARS), version: 1 });
    expect(filled.json().missing).toEqual([]);
    const unconfirmed = await home.post(`/api/applications/${app.id}/actions/submit`, { version: 2 });
    expect(unconfirmed.json()).toMatchObject({ code: 'APPLICATION_CONFIRMATION_MISSING', items: [] });

    await home.post(`/api/applications/${app.id}/confirm`, { version: 2 });
    // The partner coordinator confirms with the submission itself.
    const submitted = await partner.post(`/api/applications/${app.id}/actions/submit`, { version: 3, confirm: { partnerLedPrioritisation: true } });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'submitted', deadline: '2026-10-01', late: false, submittedAt: '2026-09-15T09:00:00.000Z', can: { edit: false, actions: [] } });
    const [met] = await t.db
      .select()
      .from(deadlineCompletions)
      .where(and(eq(deadlineCompletions.partnershipId, p.id), eq(deadlineCompletions.fundingYear, 2027)));
    expect(met).toMatchObject({ stepCode: 'annual-application', recordedByName: 'Ana López' });
    const deadlines = (await home.get(`/api/partnerships/${p.id}/deadlines?year=2027`)).json();
    expect(deadlines.deadlines.find((d: { stepCode: string }) => d.stepCode === 'annual-application').met).not.toBeNull();

    const locked = await home.put(`/api/applications/${app.id}`, { content: completeContent(YEARS), version: 4 });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('APPLICATION_LOCKED');
  });

  it('accepts a submission after the deadline and marks it late', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    await completeSurroundings(t.db, p.id);
    const app = await createApplication(home, p.id, { year: 2027 });
    const ready = await readyToSubmit(home, partner, app, YEARS);
    now = new Date('2026-10-02T08:00:00Z');
    try {
      const res = await home.post(`/api/applications/${app.id}/actions/submit`, { version: ready.version });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'submitted', deadline: '2026-10-01', late: true });
    } finally {
      now = new Date('2026-09-15T09:00:00Z');
    }
  });
});
