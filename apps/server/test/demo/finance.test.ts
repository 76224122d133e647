import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetTotals, checkBudget, checkWorkPlanShape, convertToOre, partnershipDeadlines, sumMoney, type BudgetRules, type PartnershipPaymentsDto, type WorkPlanDto } from '@mic/domain';
import { applications, auditLog, budgetRules, grants, instalments, partnerships, programmeFunds, results, workPlanRevisions, workPlans } from '../../src/db/schema';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { loadCompletions, loadProgrammeCycle } from '../../src/modules/cycle/cycle.repository';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

let t: TestContext;
let rules: BudgetRules;
const today = new Date().toISOString().slice(0, 10);
const slug = new Map<string, string>();

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
  const [row] = await t.db.select().from(budgetRules);
  rules = row!;
  for (const p of await t.db.select({ id: partnerships.id, title: partnerships.title }).from(partnerships)) slug.set(p.id, p.title.split(':')[0]!);
});
afterAll(() => t.close());

describe('the demo money', () => {
  it('has work plans that keep the budget rules, on the outputs of their own framework', async () => {
    const plans = await t.db.select().from(workPlans);
    const outputs = await t.db.select({ id: results.id, partnershipId: results.partnershipId }).from(results).where(eq(results.level, 'output'));
    expect(plans.length).toBeGreaterThanOrEqual(8);
    for (const p of plans) {
      const name = `${slug.get(p.partnershipId)} ${p.year}`;
      expect(checkBudget(p.content.lines, rules), name).toEqual([]);
      expect(checkWorkPlanShape(p.content), name).toEqual([]);
      const totals = budgetTotals(p.content.lines);
      expect([p.total, p.homeTotal, p.partnerTotal], name).toEqual([totals.total, totals.bySide.home, totals.bySide.partner]);
      expect(p.content.activities.length, name).toBeGreaterThanOrEqual(4);
      expect(p.content.activities.length, name).toBeLessThanOrEqual(6);
      expect(p.content.lines.length, name).toBeGreaterThanOrEqual(8);
      expect(p.content.lines.length, name).toBeLessThanOrEqual(12);
      const own = new Set(outputs.filter((o) => o.partnershipId === p.partnershipId).map((o) => o.id));
      for (const a of p.content.activities) expect(own.has(a.outputId!), `${name}: ${a.title}`).toBe(true);
      const local = p.content.lines.filter((l) => l.local);
      expect(local.length, name).toBeGreaterThan(0);
      for (const l of local) {
        expect(l.side).toBe('partner');
        expect(l.amount).toBe(convertToOre(l.local!.amount, l.local!.currency, l.local!.rate));
      }
      expect(new Set(p.content.lines.map((l) => l.side)), name).toEqual(new Set(['home', 'partner']));
    }
  });

  it('approves past plans, one at its annual meeting and one revised, and leaves Stord – San Juan Comalapa this year as a draft', async () => {
    const plans = await t.db.select().from(workPlans);
    const approved = plans.filter((p) => p.status === 'approved');
    expect(approved.length).toBeGreaterThanOrEqual(4);
    for (const p of approved) expect(p.approvedByName).toBeTruthy();
    expect(approved.some((p) => p.approvedMeetingId !== null)).toBe(true);
    const active = (await t.db.select().from(partnerships)).filter((p) => p.status === 'active');
    for (const p of active) {
      for (let year = p.startYear; year <= Math.min(p.endYear, 2026); year++) expect(plans.some((w) => w.partnershipId === p.id && w.year === year), `${p.title} ${year}`).toBe(true);
    }
    const stord = plans.filter((p) => slug.get(p.partnershipId) === 'Stord – San Juan Comalapa');
    expect(stord.find((p) => p.year === 2026)?.status).toBe('draft');

    const revisions = await t.db.select().from(workPlanRevisions);
    expect(revisions.length).toBeGreaterThanOrEqual(1);
    const revised = approved.find((p) => p.id === revisions[0]!.workPlanId)!;
    expect(revisions[0]!.reason).not.toBe('');
    expect(revisions[0]!.after).toEqual(revised.content);
    expect(revisions[0]!.before).not.toEqual(revised.content);
    expect(checkBudget(revisions[0]!.before.lines, rules)).toEqual([]);
    expect(revisions[0]!.at.getTime()).toBeGreaterThan(revised.approvedAt!.getTime());
  });

  it('makes grants as the appraisal does: firm for the decided year, indicative for the later ones', async () => {
    const rows = await t.db.select().from(grants);
    const stord = rows.filter((g) => slug.get(g.partnershipId) === 'Stord – San Juan Comalapa').sort((a, b) => a.year - b.year);
    expect(stord.map((g) => [g.year, g.amount, g.firm])).toEqual([
      [2025, 850_000_00, true],
      [2026, 810_000_00, true],
      [2027, 850_000_00, false],
    ]);
    const approved = await t.db.select({ id: applications.id, year: applications.year }).from(applications).where(eq(applications.status, 'approved'));
    for (const g of stord.filter((g) => g.firm)) expect(approved.find((a) => a.id === g.applicationId)?.year).toBe(g.year);
  });

  it('splits every firm grant into instalments that sum to it exactly, and none for indicative grants', async () => {
    const all = await t.db.select().from(instalments);
    for (const g of await t.db.select().from(grants)) {
      const own = all.filter((i) => i.partnershipId === g.partnershipId && i.year === g.year);
      if (!g.firm) expect(own).toEqual([]);
      else {
        expect(own.length, `${slug.get(g.partnershipId)} ${g.year}`).toBeGreaterThan(0);
        expect(sumMoney(own.map((i) => i.amount))).toBe(g.amount);
      }
    }
    for (const i of all.filter((i) => i.status === 'paid')) {
      expect(i.paymentReference).toMatch(/^KS-\d{4}-\d{4}$/);
      expect(i.paidOn! <= today).toBe(true);
    }
    expect(new Set(all.filter((i) => i.status === 'paid').map((i) => i.paymentReference)).size).toBe(all.filter((i) => i.status === 'paid').length);
  });

  it('grants no more than the donors allocated, and leaves NOK 3 000 000 per source in 2026 and 2027 for new decisions', async () => {
    const funds = await t.db.select().from(programmeFunds);
    const rows = await t.db.select().from(grants);
    const years = new Set(rows.map((g) => `${g.fundingSource}|${g.year}`));
    for (const key of years) {
      const [source, year] = key.split('|');
      const allocated = funds.find((f) => f.fundingSource === source && f.year === Number(year))?.amount;
      expect(allocated, key).toBeDefined();
      const inYear = rows.filter((g) => g.fundingSource === source && g.year === Number(year));
      expect(sumMoney(inYear.filter((g) => g.firm).map((g) => g.amount))).toBeLessThanOrEqual(allocated!);
      if (year === '2026' || year === '2027') expect(allocated! - sumMoney(inYear.map((g) => g.amount)), key).toBeGreaterThanOrEqual(3_000_000_00);
    }
    for (const source of ['norad', 'mfa']) for (const year of [2026, 2027]) expect(funds.some((f) => f.fundingSource === source && f.year === year)).toBe(true);
  });

  it('withholds exactly one instalment, with its reason', async () => {
    const withheld = await t.db.select().from(instalments).where(eq(instalments.status, 'withheld'));
    expect(withheld).toHaveLength(1);
    expect(withheld[0]!.withheldReason).toMatch(/audit/);
    expect(withheld[0]!.withheldByName).toBeTruthy();
  });

  it('has a planned instalment of a partnership whose annual report is overdue, for the override', async () => {
    const planned = await t.db.select().from(instalments).where(eq(instalments.status, 'planned'));
    const facts = await t.db.select().from(partnerships);
    const cycle = (await loadProgrammeCycle(t.db, facts[0]!.programmeId))!;
    const years = [2023, 2024, 2025, 2026, 2027, 2028];
    const met = new Set((await loadCompletions(t.db, facts.map((p) => p.id), years)).map((c) => `${c.partnershipId}|${c.fundingYear}|${c.stepCode}`));
    const overdue = (id: string) => {
      const p = facts.find((f) => f.id === id)!;
      for (let year = p.startYear; year <= p.endYear; year++) {
        for (const d of partnershipDeadlines(p, year, cycle)) if (d.kind === 'annual_report' && d.date !== null && d.date < today && !met.has(`${id}|${year}|${d.stepCode}`)) return true;
      }
      return false;
    };
    const blocked = planned.filter((i) => overdue(i.partnershipId));
    expect(blocked.map((i) => slug.get(i.partnershipId))).toContain('Stjørdal – Panajachel');
    expect(facts.find((p) => p.id === blocked[0]!.partnershipId)!.status).toBe('active');
  });

  it('has an audit entry for every grant, instalment and work plan it loaded, and the chain holds', async () => {
    const entries = await t.db.select({ action: auditLog.action }).from(auditLog);
    const count = (action: string) => entries.filter((e) => e.action === action).length;
    expect(count('grant.created')).toBe((await t.db.select().from(grants)).length);
    expect(count('instalment.created')).toBe((await t.db.select().from(instalments)).length);
    expect(count('work_plan.created')).toBe((await t.db.select().from(workPlans)).length);
    expect(count('programme_funds.set')).toBe((await t.db.select().from(programmeFunds)).length);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('shows the stories through the API: the override on Stjørdal – Panajachel, the plans without violations, Stord read by its coordinator', async () => {
    const officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
    const id = (name: string) => [...slug].find(([, s]) => s === name)![0];
    const stjordal = (await officer.get(`/api/partnerships/${id('Stjørdal – Panajachel')}/instalments`)).json() as PartnershipPaymentsDto;
    expect(stjordal.blockers).toContainEqual(expect.objectContaining({ kind: 'report_overdue', year: 2025 }));
    const held = stjordal.instalments.find((i) => i.status === 'planned' && i.year === 2025)!;
    expect(held.actions).toContain('approve');
    const refused = await officer.post(`/api/partnerships/${id('Stjørdal – Panajachel')}/instalments/${held.id}/actions/approve`, { version: held.version });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('REPORT_OVERDUE');

    for (const p of await t.db.select().from(workPlans)) {
      const res = await officer.get(`/api/partnerships/${p.partnershipId}/budget?year=${p.year}`);
      const plan = res.json() as WorkPlanDto;
      expect(res.statusCode).toBe(200);
      expect([plan.status, plan.violations, plan.totals.total], `${slug.get(p.partnershipId)} ${p.year}`).toEqual([p.status, [], p.total]);
    }

    const coordinator = await signIn(t.app, 'comalapa@mic.example', DEMO_PASSWORD);
    const stord = (await coordinator.get(`/api/partnerships/${id('Stord – San Juan Comalapa')}/instalments`)).json() as PartnershipPaymentsDto;
    expect(stord.instalments.map((i) => i.status)).toEqual(['paid', 'paid', 'paid', 'approved']);
    expect(stord.totals).toMatchObject({ granted: 1_660_000_00, paid: 1_255_000_00, remaining: 405_000_00 });
    const draft = (await coordinator.get(`/api/partnerships/${id('Stord – San Juan Comalapa')}/budget?year=2026`)).json() as WorkPlanDto;
    expect(draft.can.edit).toBe(true);
  });
});
