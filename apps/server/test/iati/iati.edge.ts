/** Edge-case partnerships for the IATI tests, written straight to the database. */
import { randomUUID } from 'node:crypto';
import type { ReportContent } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { annualReports, documents, grants, instalments, publicationSettings, publishedDocuments, workPlans } from '../../src/db/schema';
import { buildPartnership, type PartnershipSpec } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';

export async function publicPartnership(db: Executor, spec: PartnershipSpec = {}) {
  return buildPartnership(db, { status: 'active', startYear: 2024, endYear: 2026, ...spec });
}

export async function withGrant(db: Executor, p: { id: string; fundingSource: string }, year: number, amount: number, firm = true) {
  await db.insert(grants).values({ partnershipId: p.id, year, fundingSource: p.fundingSource, amount, firm });
}

export async function withApprovedPlan(db: Executor, partnershipId: string, year: number, total: number) {
  await db.insert(workPlans).values({ partnershipId, year, status: 'approved', content: { activities: [], lines: [] }, total });
}

export async function withPaidInstalment(db: Executor, p: { id: string; fundingSource: string }, year: number, amount: number, paidOn: string) {
  await db.insert(instalments).values({
    partnershipId: p.id,
    year,
    fundingSource: p.fundingSource,
    stepCode: `step-${randomUUID().slice(0, 6)}`,
    seq: 1,
    amount,
    status: 'paid',
    paidOn,
    paymentReference: 'REF-1',
  });
}

export async function withAcceptedReport(db: Executor, partnershipId: string, year: number, actuals: number[]) {
  const content = {
    narrative: { outcomes: [], indicatorNotes: '', riskReview: '', homeLearning: '', lessons: '', visibility: { home: '', partner: '' } },
    financial: { lines: actuals.map((actual) => ({ lineId: randomUUID(), actual, localActual: null, explanation: '' })), unspentExplanation: '' },
  } satisfies ReportContent;
  await db.insert(annualReports).values({ partnershipId, year, status: 'accepted', content, acceptedAt: new Date() });
}

export async function withHidden(db: Executor, partnershipId: string, hidden: ('budget' | 'payments' | 'results' | 'reports' | 'gains')[]) {
  await db.insert(publicationSettings).values({ partnershipId, hidden });
}

export async function withPublishedDocument(db: Executor, partnershipId: string, spec: { fileName: string; category: string; mediaType?: string }) {
  const id = randomUUID();
  const content = Buffer.from('%PDF-1.4 test');
  await db.insert(documents).values({
    id,
    partnershipId,
    fileName: spec.fileName,
    mediaType: spec.mediaType ?? 'application/pdf',
    size: content.length,
    sha256: 'x'.repeat(64),
    content,
    category: spec.category,
    seriesId: id,
    documentDate: '2025-03-01',
    language: 'es',
  });
  await db.insert(publishedDocuments).values({ seriesId: id, partnershipId });
  return id;
}

/** An impact → outcome → output chain with a quantitative indicator on the outcome and a qualitative one on the output. */
export async function withResults(db: Executor, partnershipId: string) {
  const chain = await buildChain(db, partnershipId);
  await buildIndicator(db, partnershipId, chain.outcome.id, {
    targets: [{ year: 2025, value: 20 }],
    values: [
      { year: 2025, value: 18, status: 'approved' },
      { year: 2026, value: 99, status: 'submitted' },
    ],
  });
  await buildIndicator(db, partnershipId, chain.output.id, {
    kind: 'qualitative',
    direction: 'descending',
    baseline: { value: 1, date: '2023-12-01', description: 'Débil & <informal>' },
    values: [{ year: 2025, value: 2, status: 'approved' }],
  });
  return chain;
}
