import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ReportContent, WorkPlanContent } from '@mic/domain';
import { audits, documents, grants, indicatorValues, instalments, workPlans } from '../../src/db/schema';
import type { Client, TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';

export const YEAR = 2025;
/** GTQ 12 345.67 at 1.38745 NOK = NOK 17 128.9998415, rounded once to the øre. */
export const GTQ_LINE_ORE = 1_712_900;

/**
 * A partnership (2025–2027 unless told) with its two coordinators, an auditor and a viewer, a chain with
 * one outcome and one output each carrying an indicator, and a 2025 work plan of a NOK travel line and a
 * partner workshop line in GTQ; a firm 2025 grant of NOK 30 000 of which NOK 27 129 paid.
 */
export async function reportSetting(t: TestContext, spec: { startYear?: number; endYear?: number } = {}) {
  const p = await buildPartnership(t.db, { status: 'active', startYear: spec.startYear ?? 2025, endYear: spec.endYear ?? 2027 });
  const chain = await buildChain(t.db, p.id);
  const outcomeIndicator = await buildIndicator(t.db, p.id, chain.outcome.id, { targets: [{ year: YEAR, value: 20 }] });
  const outputIndicator = await buildIndicator(t.db, p.id, chain.output.id, { position: 1 });
  const home = await signInAs(t, { name: 'Kari Home', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'Lucía Partner', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  const auditor = await signInAs(t, { name: 'Audun Auditor', memberships: [{ partnershipId: p.id, role: 'auditor' }] });
  const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
  const plan: WorkPlanContent = {
    activities: [],
    lines: [
      { id: randomUUID(), activityId: null, category: 'travel', side: 'home', description: 'Flights', amount: 1_000_000, local: null },
      {
        id: randomUUID(),
        activityId: null,
        category: 'workshops',
        side: 'partner',
        description: 'Workshop venue',
        amount: GTQ_LINE_ORE,
        local: { currency: 'GTQ', amount: 1_234_567, rate: '1.38745', rateDate: '2025-02-02' },
      },
    ],
  };
  await t.db.insert(workPlans).values({ partnershipId: p.id, year: YEAR, status: 'approved', content: plan, total: 1_000_000 + GTQ_LINE_ORE });
  await t.db.insert(grants).values({ partnershipId: p.id, year: YEAR, fundingSource: p.fundingSource, amount: 3_000_000, firm: true });
  await t.db.insert(instalments).values({
    partnershipId: p.id,
    year: YEAR,
    fundingSource: p.fundingSource,
    stepCode: 'instalment-1',
    seq: 1,
    amount: 1_000_000 + GTQ_LINE_ORE,
    status: 'paid',
    paidOn: '2025-03-01',
    paymentReference: 'REF-1',
  });
  return { p, chain, outcomeIndicator, outputIndicator, home, partner, auditor, viewer, plan };
}

export type Setting = Awaited<ReturnType<typeof reportSetting>>;

export async function startReport(c: Client, partnershipId: string, year = YEAR) {
  const res = await c.post(`/api/partnerships/${partnershipId}/reports`, { year });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** The narrative written in full and every line's actual on budget (the GTQ line in its own currency). */
export function completeContent(s: Setting): ReportContent {
  return {
    narrative: {
      outcomes: [{ resultId: s.chain.outcome.id, contribution: 'Weekly collection in three districts' }],
      indicatorNotes: 'The outcome indicator is a little behind.',
      riskReview: 'The election passed without delay to the work.',
      homeLearning: 'Our staff learned participatory budgeting.',
      lessons: 'Start procurement early.',
      visibility: { home: 'An article in the local paper', partner: 'A radio programme' },
    },
    financial: {
      lines: [
        { lineId: s.plan.lines[0]!.id, actual: 1_000_000, localActual: null, explanation: '' },
        { lineId: s.plan.lines[1]!.id, actual: null, localActual: 1_234_567, explanation: '' },
      ],
      unspentExplanation: '',
    },
  };
}

/** The year's actual values of both indicators, entered (submitted for approval) in the framework. */
export async function enterIndicatorValues(t: TestContext, s: Setting) {
  await t.db.insert(indicatorValues).values([
    { indicatorId: s.outcomeIndicator.id, partnershipId: s.p.id, year: YEAR, value: 18, status: 'submitted' },
    { indicatorId: s.outputIndicator.id, partnershipId: s.p.id, year: YEAR, value: 30, status: 'approved', approvedAt: new Date() },
  ]);
}

/** A complete audit of the year, written straight to the database (the audits API is tested on its own). */
export async function completeAudit(t: TestContext, partnershipId: string, year: number) {
  const docId = randomUUID();
  await t.db.insert(documents).values({
    id: docId,
    partnershipId,
    fileName: 'audit.pdf',
    mediaType: 'application/pdf',
    size: 8,
    sha256: '0'.repeat(64),
    content: Buffer.from('%PDF-1.4'),
    category: 'audit_report',
    seriesId: docId,
  });
  await t.db.insert(audits).values({
    partnershipId,
    year,
    firm: 'Revisjon AS',
    auditorName: 'Rita Revisor',
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    opinion: 'unmodified',
    reasonableAssurance: true,
    termsKept: true,
    reportDocumentId: docId,
  });
}
