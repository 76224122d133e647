import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RISK_SETTINGS, checkRegister, hasDocumentedTolerance, isOverdue, ratingOf } from '@mic/domain';
import { partnerships, results, riskRegisters, riskReviews, risks } from '../../src/db/schema';
import { DEMO_PARTNERSHIPS } from '../../src/demo/demo.data';
import { DEMO_RISK_REGISTERS } from '../../src/demo/demo.risks';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { factsOf } from '../../src/modules/risks/risks.present';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

/** The demo's "today". */
const TODAY = '2026-11-27';
const T = DEFAULT_RISK_SETTINGS.thresholds;

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo risk registers', () => {
  it('give every demo partnership four to eight risks with a review history', async () => {
    const rows = await t.db.select({ title: partnerships.title, risk: risks }).from(risks).innerJoin(partnerships, eq(partnerships.id, risks.partnershipId));
    const reviews = await t.db.select({ riskId: riskReviews.riskId }).from(riskReviews);
    const reviewed = new Set(reviews.map((r) => r.riskId));
    for (const p of DEMO_PARTNERSHIPS) {
      const own = rows.filter((r) => r.title === p.title).map((r) => r.risk);
      expect(own.length, p.title).toBeGreaterThanOrEqual(4);
      expect(own.length, p.title).toBeLessThanOrEqual(8);
      expect(own.some((r) => reviewed.has(r.id)), p.title).toBe(true);
    }
  });

  it('has a high risk with a documented tolerance, an overdue review and a questioned continuation (as of 2026-11-27)', async () => {
    const all = (await t.db.select().from(risks)).map((r) => ({ row: r, facts: factsOf(r) }));
    const high = all.filter(({ facts }) => facts.status === 'open' && ratingOf(facts.probability, facts.consequence) >= T.highFrom);
    expect(high.filter(({ facts }) => hasDocumentedTolerance(facts.tolerance)).length).toBeGreaterThanOrEqual(1);
    const overdue = all.filter(({ row }) => isOverdue({ status: row.status as 'open', identifiedOn: row.identifiedOn, lastReviewedOn: row.lastReviewedOn }, 12, TODAY));
    expect(overdue.map(({ row }) => row.description)).toEqual(['Citizens do not use the new complaints system because they expect no answer.']);
    expect(high.filter(({ facts }) => facts.response.type === 'no_response_possible')).toHaveLength(1);
  });

  it('keeps the high-risk rule in every register saved as complete, and leaves one draft that misses a tolerance', async () => {
    const registers = await t.db.select().from(riskRegisters);
    const complete = registers.filter((r) => r.state === 'complete');
    expect(complete.length).toBe(DEMO_RISK_REGISTERS.filter((r) => r.completed).length);
    for (const register of complete) {
      const own = await t.db.select().from(risks).where(eq(risks.partnershipId, register.partnershipId));
      expect(checkRegister(own.map(factsOf), T)).toEqual([]);
    }
    const violations = [];
    for (const p of await t.db.select({ id: partnerships.id }).from(partnerships)) {
      const own = await t.db.select().from(risks).where(eq(risks.partnershipId, p.id));
      violations.push(...checkRegister(own.map(factsOf), T));
    }
    expect(violations).toHaveLength(1);
    expect(violations[0]!.params?.risk).toContain('presupuesto abierto');
  });

  it('links risks to the result they threaten in the demo results framework', async () => {
    const linked = await t.db
      .select({ description: risks.description, level: results.level, riskPartnership: risks.partnershipId, resultPartnership: results.partnershipId })
      .from(risks)
      .innerJoin(results, eq(results.id, risks.resultId));
    const wanted = DEMO_RISK_REGISTERS.flatMap((r) => r.risks).filter((r) => r.threatens !== undefined);
    expect(linked).toHaveLength(wanted.length);
    for (const l of linked) expect(l.resultPartnership).toBe(l.riskPartnership);
    expect(linked.find((l) => l.description.startsWith('Las elecciones municipales'))?.level).toBe('impact');
  });

  it('is in the audit log, and the programme office sees it programme-wide', async () => {
    expect((await verifyChain(t.db)).ok).toBe(true);
    const officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
    const view = (await officer.get('/api/programme/risks')).json();
    expect(view.totals.toleranceDocumented).toBeGreaterThanOrEqual(3);
    expect(view.questionedPartnerships.map((p: { title: string }) => p.title)).toEqual(['Kristiansand – Mykolaiv: water supply and municipal services']);
    expect(view.items[0].current.rating).toBe(20);
  });
});
