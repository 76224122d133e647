import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ReportContent, WorkPlanContent } from '@mic/domain';
import { annualReports, audits, grants, instalments, partnerships, risks, workPlans } from '../../src/db/schema';
import type { TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildIndicator, buildResult } from '../helpers/results-factory';

export const SOURCE = 'mfa';
export const YEAR = 2026;

const narrative = { outcomes: [], indicatorNotes: '', riskReview: '', homeLearning: '', lessons: '', visibility: { home: '', partner: '' } };

async function paid(t: TestContext, partnershipId: string, seq: number, amount: number, status: 'paid' | 'planned' = 'paid') {
  await t.db.insert(instalments).values({
    partnershipId,
    year: YEAR,
    fundingSource: SOURCE,
    stepCode: `instalment-${seq}`,
    seq,
    amount,
    status,
    paidOn: status === 'paid' ? `${YEAR}-03-01` : null,
    paymentReference: status === 'paid' ? `REF-${seq}` : null,
  });
}

/**
 * A small programme for the consolidated report of MFA 2026: two partnerships followed that year (one
 * reporting a NOK line and a GTQ line), and three that must be left out (a draft, another source,
 * another period), each with money that would show if it were counted.
 */
export async function buildProgramme(t: TestContext) {
  const a = await buildPartnership(t.db, { title: 'Alpha partnership', fundingSource: SOURCE, status: 'active', startYear: 2025, endYear: 2027, partnerCountry: 'GT', purposes: ['service-delivery'] });
  const b = await buildPartnership(t.db, { title: 'Beta partnership', fundingSource: SOURCE, status: 'applied', startYear: 2026, endYear: 2028, partnerCountry: 'UG', purposes: ['environment', 'participation'] });
  const draft = await buildPartnership(t.db, { title: 'Draft partnership', fundingSource: SOURCE, status: 'draft', startYear: 2026, endYear: 2028 });
  const norad = await buildPartnership(t.db, { title: 'Norad partnership', fundingSource: 'norad', status: 'active', startYear: 2025, endYear: 2027 });
  const old = await buildPartnership(t.db, { title: 'Old partnership', fundingSource: SOURCE, status: 'completed', startYear: 2020, endYear: 2022 });

  await t.db.insert(grants).values([
    { partnershipId: a.id, year: YEAR, fundingSource: SOURCE, amount: 300_000_00, firm: true },
    { partnershipId: b.id, year: YEAR, fundingSource: SOURCE, amount: 100_000_00, firm: true },
    { partnershipId: b.id, year: YEAR + 1, fundingSource: SOURCE, amount: 90_000_00, firm: false },
    { partnershipId: draft.id, year: YEAR, fundingSource: SOURCE, amount: 1_000_000_00, firm: true },
    { partnershipId: norad.id, year: YEAR, fundingSource: 'norad', amount: 1_000_000_00, firm: true },
    { partnershipId: old.id, year: YEAR, fundingSource: SOURCE, amount: 1_000_000_00, firm: true },
  ]);
  await paid(t, a.id, 1, 200_000_00);
  await paid(t, a.id, 2, 100_000_00, 'planned');
  await paid(t, b.id, 1, 50_000_01);
  await paid(t, norad.id, 1, 7_00);

  const plan: WorkPlanContent = {
    activities: [],
    lines: [
      { id: 'l1', activityId: null, category: 'travel', side: 'home', description: 'Flights', amount: 150_000_00, local: null },
      { id: 'l2', activityId: null, category: 'travel', side: 'partner', description: 'Workshops', amount: 97_118_00, local: { currency: 'GTQ', amount: 70_000_00, rate: '1.3874', rateDate: '2026-01-02' } },
    ],
  };
  await t.db.insert(workPlans).values({ partnershipId: a.id, year: YEAR, status: 'approved', content: plan, total: 247_118_00 });
  const content = (lines: ReportContent['financial']['lines']): ReportContent => ({ narrative, financial: { lines, unspentExplanation: '' } });
  await t.db.insert(annualReports).values([
    // The GTQ line counts at the work plan's rate: GTQ 50 000.00 × 1.3874 = NOK 69 370.00.
    { partnershipId: a.id, year: YEAR, status: 'submitted', submissionCount: 1, content: content([
      { lineId: 'l1', actual: 123_456_78, localActual: null, explanation: '' },
      { lineId: 'l2', actual: null, localActual: 50_000_00, explanation: '' },
    ]) },
    // A draft's figures are not yet the partnership's word: not counted.
    { partnershipId: b.id, year: YEAR, status: 'draft', content: content([{ lineId: 'x', actual: 99_999_99, localActual: null, explanation: '' }]) },
  ]);

  await t.db.insert(audits).values({
    partnershipId: a.id,
    year: YEAR,
    firm: 'Revisjon AS',
    auditorName: 'Kari Revisor',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    opinion: 'qualified',
    reasonableAssurance: true,
    termsKept: true,
    findings: [{ id: 'f1', finding: 'Receipts missing', action: 'Collect them', due: null, status: 'open' }],
  });

  const riskBase = { category: 'financial', origin: 'internal', owner: 'Ana', identifiedOn: '2026-01-10', probability: 3, consequence: 3 };
  await t.db.insert(risks).values([
    { ...riskBase, partnershipId: a.id, description: 'Currency loss', currentProbability: 5, currentConsequence: 4, responseType: 'reduce_probability' },
    { ...riskBase, partnershipId: b.id, description: 'Staff turnover', currentProbability: 2, currentConsequence: 3 },
    { ...riskBase, partnershipId: b.id, description: 'Closed flood', status: 'closed', currentProbability: 5, currentConsequence: 5 },
    { ...riskBase, partnershipId: norad.id, description: 'Elsewhere', currentProbability: 5, currentConsequence: 5 },
  ]);

  const impact = await buildResult(t.db, a.id, { level: 'impact' });
  const outcome = await buildResult(t.db, a.id, { level: 'outcome', parentId: impact.id, purpose: 'service-delivery' });
  const output = await buildResult(t.db, a.id, { level: 'output', parentId: outcome.id, purpose: null });
  await buildIndicator(t.db, a.id, output.id, { name: { en: 'Households served' }, targets: [{ year: YEAR, value: 20 }], values: [{ year: YEAR, value: 20 }] });
  await buildIndicator(t.db, a.id, outcome.id, { name: { en: 'Complaints answered' }, position: 1, targets: [{ year: YEAR, value: 20 }], values: [{ year: YEAR, value: 11 }] });
  const bImpact = await buildResult(t.db, b.id, { level: 'impact', purpose: null });
  await buildIndicator(t.db, b.id, bImpact.id, { name: { en: 'Trees planted' } });

  return { a, b };
}

/** What the database holds for the scope, summed by SQL, to hold the report's totals against. */
export async function sqlSums(t: TestContext) {
  const ids = (await t.db
    .select({ id: partnerships.id })
    .from(partnerships)
    .where(and(eq(partnerships.fundingSource, SOURCE), inArray(partnerships.status, ['applied', 'active', 'completed']), sql`${partnerships.startYear} <= ${YEAR} and ${partnerships.endYear} >= ${YEAR}`))).map((r) => r.id);
  const [g] = await t.db.select({ v: sql<string>`coalesce(sum(${grants.amount}), 0)` }).from(grants).where(and(inArray(grants.partnershipId, ids), eq(grants.year, YEAR), eq(grants.firm, true)));
  const [p] = await t.db
    .select({ v: sql<string>`coalesce(sum(${instalments.amount}), 0)` })
    .from(instalments)
    .where(and(inArray(instalments.partnershipId, ids), eq(instalments.year, YEAR), eq(instalments.status, 'paid')));
  return { count: ids.length, granted: Number(g!.v), paid: Number(p!.v) };
}
