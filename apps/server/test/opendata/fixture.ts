import { annualReports, grants, instalments, publicationSettings, workPlans } from '../../src/db/schema';
import type { TestContext } from '../helpers/app';
import { buildPartnership, type PartnershipSpec } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';

type Partnership = Awaited<ReturnType<typeof buildPartnership>>;

/** Money of every kind for 2025, with rows that must not count beside it (a draft plan, an indicative grant, an unpaid instalment, a draft report). */
export async function withMoney(t: TestContext, p: Partnership, base: number) {
  await t.db.insert(workPlans).values([
    { partnershipId: p.id, year: 2025, status: 'approved', content: {} as never, total: base + 1_234_50 },
    { partnershipId: p.id, year: 2026, status: 'draft', content: {} as never, total: 9_999_99 },
  ]);
  await t.db.insert(grants).values([
    { partnershipId: p.id, year: 2025, fundingSource: p.fundingSource, amount: base + 500_000_05, firm: true },
    { partnershipId: p.id, year: 2026, fundingSource: p.fundingSource, amount: 7_777_77, firm: false },
  ]);
  const instalment = { partnershipId: p.id, year: 2025, fundingSource: p.fundingSource };
  const paid = { status: 'paid', paymentReference: 'REF-1' };
  await t.db.insert(instalments).values([
    { ...instalment, ...paid, stepCode: 'instalment-1', seq: 1, amount: base + 100_000_01, paidOn: '2025-03-01' },
    { ...instalment, ...paid, stepCode: 'instalment-2', seq: 2, amount: 200_000_02, paidOn: '2025-10-01' },
    { ...instalment, stepCode: 'instalment-3', seq: 3, amount: 3_333_33, status: 'planned' },
  ]);
  const lines = [
    { lineId: 'a', actual: base + 50_000_25, localActual: null, explanation: '' },
    { lineId: 'b', actual: 25_000_00, localActual: null, explanation: '' },
    { lineId: 'c', actual: null, localActual: null, explanation: '' },
  ];
  const content = { narrative: {}, financial: { lines, unspentExplanation: '' } } as never;
  await t.db.insert(annualReports).values([
    { partnershipId: p.id, year: 2025, status: 'accepted', acceptedAt: new Date(), content },
    { partnershipId: p.id, year: 2026, status: 'submitted', content },
  ]);
}

export async function withResults(t: TestContext, p: Partnership) {
  const chain = await buildChain(t.db, p.id);
  return buildIndicator(t.db, p.id, chain.outcome.id, {
    name: { en: 'Households with water', es: 'Hogares con agua' },
    baseline: { value: 10, date: '2024-11-15' },
    targets: [
      { year: 2025, value: 20 },
      { year: 2026, value: 30 },
    ],
    values: [
      { year: 2025, value: 22, status: 'approved' },
      { year: 2026, value: 99, status: 'submitted' },
    ],
  });
}

export async function hide(t: TestContext, partnershipId: string, hidden: ('budget' | 'payments' | 'results' | 'reports' | 'gains')[]) {
  await t.db.insert(publicationSettings).values({ partnershipId, hidden });
}

export async function openDataFixture(t: TestContext) {
  const spec = (over: PartnershipSpec): PartnershipSpec => ({ startYear: 2025, endYear: 2027, ...over });
  const water = await buildPartnership(t.db, spec({ title: 'Water, "clean" & safe', status: 'active', partnerCountry: 'GT', purposes: ['service-delivery'] }));
  const formula = await buildPartnership(t.db, spec({ title: '=HYPERLINK("http://evil.example","click")', status: 'completed', partnerCountry: 'MW', fundingSource: 'mfa', purposes: ['environment'], startYear: 2022, endYear: 2024 }));
  const heldBack = await buildPartnership(t.db, spec({ title: 'Held back budget', status: 'active', partnerCountry: 'UG', purposes: ['participation'] }));
  const draft = await buildPartnership(t.db, spec({ title: 'Draft one', status: 'draft' }));
  const closed = await buildPartnership(t.db, spec({ title: 'Closed one', status: 'closed' }));
  for (const [i, p] of [water, formula, heldBack, draft, closed].entries()) await withMoney(t, p, i * 1_000_00);
  const indicator = await withResults(t, water);
  await withResults(t, heldBack);
  await withResults(t, draft);
  await hide(t, heldBack.id, ['budget', 'results']);
  return { water, formula, heldBack, draft, closed, indicator };
}
