import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { workPlanRevisions, workPlans } from '../../src/db/schema.finance';
import { createTestApp, type TestContext } from '../helpers/app';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { activity, budgetSetting, GTQ_LINE_ORE, line, samplePlan } from './budget.fixtures';

let t: TestContext;
let officer: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olav Officer' });
});
afterAll(() => t.close());

describe('a work plan and budget', () => {
  it('is empty, version 0 and on this year until saved, with the outputs and rules to choose from', async () => {
    const s = await budgetSetting(t);
    const res = await s.home.get(s.url);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      year: 2026,
      years: [2025, 2026, 2027],
      version: 0,
      status: 'draft',
      activities: [],
      lines: [],
      totals: { total: 0 },
      grant: null,
      rules: { yearlyCeiling: 100_000_000, maxAdministrationPercent: 10 },
      violations: [],
      approved: null,
      outputs: [{ id: s.chain.output.id }],
      can: { edit: true, approve: false },
    });
  });

  it('is saved by a coordinator with a partner line in GTQ converted to the exact øre', async () => {
    const s = await budgetSetting(t);
    const plan = samplePlan(s.chain.output.id);
    // Whatever amount the client sends for a local-currency line, the server computes it.
    plan.lines[1]!.amount = 1;
    const res = await s.partner.put(`${s.url}/2026`, { version: 0, ...plan });
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json();
    expect(dto.version).toBe(1);
    expect(dto.activities[0]).toMatchObject({ outputId: s.chain.output.id, title: 'Training of waste collectors' });
    expect(dto.lines.map((l: { id: string }) => l.id)).toEqual(plan.lines.map((l) => l.id));
    expect(dto.lines[1]).toMatchObject({ amount: GTQ_LINE_ORE, local: { currency: 'GTQ', amount: 1_234_567, rate: '1.38745', rateDate: '2026-02-02' } });
    expect(dto.totals).toEqual({
      total: 4_500_000 + GTQ_LINE_ORE + 500_000,
      bySide: { home: 5_000_000, partner: GTQ_LINE_ORE },
      byCategory: { travel: 4_500_000, workshops: GTQ_LINE_ORE, administration: 500_000 },
    });
    const [row] = await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, s.p.id));
    expect(row).toMatchObject({ total: 4_500_000 + GTQ_LINE_ORE + 500_000, homeTotal: 5_000_000, partnerTotal: GTQ_LINE_ORE, status: 'draft' });
    const audit = await auditEntriesOf(t.db, row!.id);
    expect(audit.map((a) => a.action)).toEqual(['work_plan.saved']);

    // The same content again writes nothing: no new version, no audit entry.
    const before = await auditCount(t.db);
    const again = await s.home.put(`${s.url}/2026`, { version: 1, ...plan });
    expect(again.json().version).toBe(1);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses every broken rule at once with its code, field and amounts, and writes nothing', async () => {
    const s = await budgetSetting(t);
    const a = activity(s.chain.output.id);
    const lines = [
      line(a.id, { amount: 90_000_000 }),
      line(a.id, { category: 'investments', amount: 100 }),
      line(null, { category: 'administration', amount: 20_000_000 }),
    ];
    const before = await auditCount(t.db);
    const res = await s.home.put(`${s.url}/2026`, { version: 0, activities: [a], lines });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('BUDGET_CATEGORY_NOT_ELIGIBLE');
    const byCode = Object.fromEntries(body.errors.map((v: { code: string }) => [v.code, v]));
    expect(byCode.BUDGET_CATEGORY_NOT_ELIGIBLE).toMatchObject({ field: 'lines.1.category', message: expect.stringContaining('investments') });
    expect(byCode.BUDGET_CEILING_EXCEEDED).toMatchObject({ field: 'lines', message: expect.stringMatching(/NOK 1100001\.00.*NOK 1000000\.00/) });
    expect(byCode.BUDGET_ADMINISTRATION_SHARE_EXCEEDED).toMatchObject({ field: 'lines', message: expect.stringMatching(/NOK 200000\.00 of NOK 1100001\.00.*10 %/) });
    expect(await auditCount(t.db)).toBe(before);
    expect(await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, s.p.id))).toEqual([]);
  });

  it('refuses unknown currencies, bad rates, local currency on the home side, foreign outputs and missing amounts, field by field', async () => {
    const s = await budgetSetting(t);
    const other = await budgetSetting(t);
    const a = activity(other.chain.output.id);
    const lines = [
      line(a.id, { side: 'partner', local: { currency: 'XYZ', amount: 100, rate: '1.2', rateDate: '2026-01-01' } }),
      line(a.id, { side: 'partner', local: { currency: 'GTQ', amount: 100, rate: '0', rateDate: '2026-01-01' } }),
      line(a.id, { side: 'home', local: { currency: 'GTQ', amount: 100, rate: '1.3', rateDate: '2026-01-01' } }),
      line(a.id, { amount: undefined }),
      line(randomUUID(), {}),
    ];
    const res = await s.home.put(`${s.url}/2026`, { version: 0, activities: [a, { ...activity(null), startMonth: 9, endMonth: 2 }], lines });
    expect(res.statusCode).toBe(422);
    const fields = res.json().errors.map((v: { code: string; field: string }) => `${v.code} ${v.field}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'VALIDATION_FAILED activities.0.outputId',
        'CURRENCY_UNKNOWN lines.0.local.currency',
        'EXCHANGE_RATE_INVALID lines.1.local.rate',
        'BUDGET_LOCAL_CURRENCY_HOME_SIDE lines.2.local',
        'VALIDATION_FAILED lines.3.amount',
        'VALIDATION_FAILED lines.4.activityId',
        'DATES_INVALID activities.1.endMonth',
      ]),
    );
  });

  it('rejects malformed bodies (unknown keys, bad ids, months, currency format) as 422 VALIDATION_FAILED', async () => {
    const s = await budgetSetting(t);
    const bad = [
      { version: 0, activities: [], lines: [], extra: 1 },
      { version: 0, activities: [{ ...activity(null), id: 'not-a-uuid' }], lines: [] },
      { version: 0, activities: [{ ...activity(null), endMonth: 13 }], lines: [] },
      { version: 0, activities: [], lines: [line(null, { amount: -1 })] },
      { version: 0, activities: [], lines: [line(null, { amount: 1.5 })] },
      { version: 0, activities: [], lines: [line(null, { side: 'partner', local: { currency: 'gtq', amount: 1, rate: '1', rateDate: '2026-01-01' } })] },
    ];
    for (const body of bad) expect((await s.home.put(`${s.url}/2026`, body)).json().code).toBe('VALIDATION_FAILED');
  });

  it('answers a stale version with 409 CONFLICT and keeps the other save', async () => {
    const s = await budgetSetting(t);
    const plan = samplePlan(s.chain.output.id);
    expect((await s.home.put(`${s.url}/2026`, { version: 0, ...plan })).statusCode).toBe(200);
    const second = await s.partner.put(`${s.url}/2026`, { version: 0, ...plan, lines: [] });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('CONFLICT');
    expect((await s.home.put(`${s.url}/2026`, { version: 5, ...plan, lines: [] })).statusCode).toBe(409);
    expect((await s.home.get(`${s.url}?year=2026`)).json().lines).toHaveLength(3);
  });

  it('keeps years outside the project period out, on reading and on saving', async () => {
    const s = await budgetSetting(t);
    const get = await s.home.get(`${s.url}?year=2030`);
    expect(get.statusCode).toBe(422);
    expect(get.json()).toMatchObject({ code: 'YEAR_OUTSIDE_PERIOD', errors: [{ field: 'year', message: 'The year 2030 is outside the project period (2025–2027).' }] });
    expect((await s.home.put(`${s.url}/2024`, { version: 0, activities: [], lines: [] })).json().code).toBe('YEAR_OUTSIDE_PERIOD');
  });

  it('is hidden from another partnership’s coordinator, read-only for an auditor, and frozen when the partnership is closed', async () => {
    const s = await budgetSetting(t);
    const other = await budgetSetting(t);
    expect((await other.home.get(s.url)).statusCode).toBe(404);
    expect((await other.home.put(`${s.url}/2026`, { version: 0, activities: [], lines: [] })).statusCode).toBe(404);
    const asAuditor = await s.auditor.get(s.url);
    expect(asAuditor.json().can).toEqual({ edit: false, approve: false });
    expect((await s.auditor.put(`${s.url}/2026`, { version: 0, activities: [], lines: [] })).statusCode).toBe(403);

    const closed = await budgetSetting(t, { status: 'closed' });
    const res = await closed.home.put(`${closed.url}/2026`, { version: 0, ...samplePlan(closed.chain.output.id) });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PARTNERSHIP_CLOSED');
    expect((await closed.home.get(closed.url)).json().can.edit).toBe(false);
  });
});

describe('approval and revisions', () => {
  async function meetingOf(s: Awaited<ReturnType<typeof budgetSetting>>) {
    const res = await s.home.post(`/api/partnerships/${s.p.id}/meetings`, {
      meetingDate: '2026-02-20',
      place: 'Stord',
      participants: [{ name: 'Kari Home', organisation: 'Home' }],
      progressReviewed: 'On track.',
      decisions: [{ kind: 'approve_budget', text: 'Approved.' }],
      minutesDocumentId: null,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }

  it('is approved by the programme office at an annual meeting, not by a coordinator', async () => {
    const s = await budgetSetting(t);
    const meetingId = await meetingOf(s);
    await s.home.put(`${s.url}/2026`, { version: 0, ...samplePlan(s.chain.output.id) });
    expect((await s.home.post(`${s.url}/2026/approve`, { version: 1, meetingId })).statusCode).toBe(403);

    const other = await budgetSetting(t);
    const foreignMeeting = await meetingOf(other);
    const wrong = await officer.post(`${s.url}/2026/approve`, { version: 1, meetingId: foreignMeeting });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([expect.objectContaining({ field: 'meetingId' })]);

    expect((await officer.get(s.url)).json().can.approve).toBe(true);
    const res = await officer.post(`${s.url}/2026/approve`, { version: 1, meetingId, note: 'Approved at the annual meeting.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'approved',
      version: 2,
      approved: { byName: 'Olav Officer', meetingId, meetingDate: '2026-02-20', note: 'Approved at the annual meeting.' },
      can: { approve: false },
    });
    const again = await officer.post(`${s.url}/2026/approve`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('INVALID_TRANSITION');
    const [row] = await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, s.p.id));
    expect((await auditEntriesOf(t.db, row!.id)).map((a) => a.action)).toEqual(['work_plan.saved', 'work_plan.approved']);
  });

  it('cannot approve an empty plan or one breaking today’s rules', async () => {
    const s = await budgetSetting(t);
    await s.home.put(`${s.url}/2026`, { version: 0, activities: [], lines: [] });
    const res = await officer.post(`${s.url}/2026/approve`, { version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'lines' })]);
    expect((await officer.post(`${s.url}/2027/approve`, { version: 1 })).statusCode).toBe(409);
  });

  it('after approval, a change needs a reason, writes a numbered revision with its changes, and the plan stays approved', async () => {
    const s = await budgetSetting(t);
    const plan = samplePlan(s.chain.output.id);
    await s.home.put(`${s.url}/2026`, { version: 0, ...plan });
    await officer.post(`${s.url}/2026/approve`, { version: 1 });
    const changed = { ...plan, lines: [{ ...plan.lines[0]!, amount: 5_000_000 }, plan.lines[1]!, line(null, { description: 'Interpreter', category: 'translation', amount: 250_000 })] };

    const before = await auditCount(t.db);
    const refused = await s.partner.put(`${s.url}/2026`, { version: 2, ...changed });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'REVISION_REASON_REQUIRED', errors: [{ field: 'revisionReason' }] });
    expect((await s.partner.put(`${s.url}/2026`, { version: 2, ...changed, revisionReason: '   ' })).statusCode).toBe(422);
    expect(await auditCount(t.db)).toBe(before);

    const res = await s.partner.put(`${s.url}/2026`, { version: 2, ...changed, revisionReason: 'Flights cost more; an interpreter is needed.' });
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json();
    expect(dto.status).toBe('approved');
    expect(dto.revisions).toEqual([
      expect.objectContaining({
        number: 1,
        byName: 'Lucía Partner',
        reason: 'Flights cost more; an interpreter is needed.',
        totalBefore: 5_000_000 + GTQ_LINE_ORE,
        totalAfter: 5_250_000 + GTQ_LINE_ORE,
        changes: [
          { kind: 'changed', lineId: plan.lines[0]!.id, description: plan.lines[0]!.description, before: 4_500_000, after: 5_000_000 },
          expect.objectContaining({ kind: 'added', after: 250_000 }),
          expect.objectContaining({ kind: 'removed', lineId: plan.lines[2]!.id, before: 500_000 }),
        ],
      }),
    ]);

    const second = await s.home.put(`${s.url}/2026`, { version: 3, ...changed, lines: changed.lines.slice(0, 2), revisionReason: 'No interpreter after all.' });
    expect(second.json().revisions.map((r: { number: number }) => r.number)).toEqual([2, 1]);
    const [row] = await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, s.p.id));
    expect(await t.db.select().from(workPlanRevisions).where(eq(workPlanRevisions.workPlanId, row!.id))).toHaveLength(2);
    expect((await auditEntriesOf(t.db, row!.id)).map((a) => a.action)).toEqual(['work_plan.saved', 'work_plan.approved', 'work_plan.revised', 'work_plan.revised']);
  });
});
