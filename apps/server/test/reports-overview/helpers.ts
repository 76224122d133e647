import type { ReportContent } from '@mic/domain';
import type { Executor } from '../../src/db/client';
import { annualReports, reportVersions } from '../../src/db/schema';

/** Written straight to the database, so these tests do not depend on how reports are started and submitted. */
export function contentSaying(text: string): ReportContent {
  return {
    narrative: { outcomes: [{ resultId: 'o1', contribution: text }], indicatorNotes: '', riskReview: '', homeLearning: '', lessons: '', visibility: { home: '', partner: '' } },
    financial: { lines: [], unspentExplanation: '' },
  };
}

export async function insertReport(db: Executor, values: Partial<typeof annualReports.$inferInsert> & { partnershipId: string; year: number }) {
  const [row] = await db
    .insert(annualReports)
    .values({ content: contentSaying(''), ...values })
    .returning();
  return row!;
}

export async function insertVersion(db: Executor, reportId: string, number: number, text: string, submittedAt: Date) {
  await db.insert(reportVersions).values({ reportId, number, content: contentSaying(text), byName: 'Hanne Home', submittedAt });
}
