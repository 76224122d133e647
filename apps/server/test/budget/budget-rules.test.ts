import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DEFAULT_BUDGET_RULES } from '@mic/domain';
import { budgetRules } from '../../src/db/schema.finance';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import { createTestApp, type TestContext } from '../helpers/app';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { budgetSetting, line, samplePlan } from './budget.fixtures';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
});
afterAll(() => t.close());

const rules = (over: Record<string, unknown> = {}) => ({ ...DEFAULT_BUDGET_RULES, version: 1, ...over });

describe('the programme’s budget rules', () => {
  it('are loaded with the defaults on start, once, and read by any signed-in user', async () => {
    // A database from before issue 7 has no rules: the next start loads them; later starts leave them be.
    await t.db.delete(budgetRules);
    await ensureProgramme(t.db);
    await ensureProgramme(t.db);
    expect(await t.db.select().from(budgetRules).where(eq(budgetRules.programmeId, t.programmeId))).toHaveLength(1);
    const coordinator = await signInAs(t, {});
    const res = await coordinator.get('/api/programme/budget-rules');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...DEFAULT_BUDGET_RULES, version: 1, can: { edit: false } });
  });

  it('are changed by the programme office with the version, audited; a stale version gets 409 and invalid rules 422', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const coordinator = await signInAs(t, {});
    expect((await coordinator.put('/api/programme/budget-rules', rules())).statusCode).toBe(403);

    const current = (await officer.get('/api/programme/budget-rules')).json();
    expect(current.can.edit).toBe(true);
    const before = await auditCount(t.db);
    for (const bad of [{ maxAdministrationPercent: 101 }, { varianceThresholdPercent: -1 }]) {
      const res = await officer.put('/api/programme/budget-rules', rules({ ...bad, version: current.version }));
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('BUDGET_RULES_INVALID');
    }
    expect((await officer.put('/api/programme/budget-rules', rules({ yearlyCeiling: -5, version: current.version }))).json().code).toBe('VALIDATION_FAILED');
    expect((await officer.put('/api/programme/budget-rules', rules({ ineligibleCategories: ['bitcoin'], version: current.version }))).json().code).toBe('VALIDATION_FAILED');
    expect(await auditCount(t.db)).toBe(before);

    const ok = await officer.put('/api/programme/budget-rules', rules({ yearlyCeiling: 50_000_000, maxAdministrationPercent: 5, version: current.version }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ yearlyCeiling: 50_000_000, maxAdministrationPercent: 5, version: current.version + 1 });
    const stale = await officer.put('/api/programme/budget-rules', rules({ version: current.version }));
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await auditEntriesOf(t.db, t.programmeId)).map((a) => a.action)).toContain('budget_rules.updated');

    // A plan saved under the old rules shows where it breaks the new ones, and cannot be approved.
    const s = await budgetSetting(t);
    await officer.put('/api/programme/budget-rules', rules({ version: current.version + 1 }));
    const plan = samplePlan(s.chain.output.id);
    expect((await s.home.put(`${s.url}/2026`, { version: 0, ...plan })).statusCode).toBe(200);
    await officer.put('/api/programme/budget-rules', rules({ yearlyCeiling: 1_000_000, version: current.version + 2 }));
    const dto = (await s.home.get(s.url)).json();
    expect(dto.rules.yearlyCeiling).toBe(1_000_000);
    expect(dto.violations.map((v: { code: string }) => v.code)).toContain('BUDGET_CEILING_EXCEEDED');
    const approve = await officer.post(`${s.url}/2026/approve`, { version: 1 });
    expect(approve.statusCode).toBe(422);
    expect(approve.json().code).toBe('BUDGET_CEILING_EXCEEDED');
    await officer.put('/api/programme/budget-rules', rules({ version: current.version + 3 }));
  });
});

describe('two writers at once', () => {
  it('both creating the year’s plan: one wins, the other gets 409', async () => {
    const s = await budgetSetting(t);
    const results = await Promise.all([
      s.home.put(`${s.url}/2026`, { version: 0, activities: [], lines: [line(null, { description: 'Home' })] }),
      s.partner.put(`${s.url}/2026`, { version: 0, activities: [], lines: [line(null, { description: 'Partner' })] }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect((await s.home.get(s.url)).json().lines).toEqual(winner.lines);
  });
});
