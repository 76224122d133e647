import { isDeadlineOverdue, partnershipDeadlines, type PaymentBlocker } from '@mic/domain';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { annualReports } from '../../db/schema';
import * as cycleRepo from '../cycle/cycle.repository';
import { cycleOf } from '../cycle/cycle.service';
import type { PartnershipFacts } from '../deadlines/deadlines.repository';
import { projectYears } from '../deadlines/deadlines.service';

/**
 * What keeps the partnership's instalments from being approved today: its annual reports whose
 * deadline has passed and that are not recorded as met, and those the programme office returned for
 * changes and that are not resubmitted yet (four queries, whatever the number of years).
 */
export async function paymentBlockers(db: Executor, partnership: PartnershipFacts, today: string): Promise<PaymentBlocker[]> {
  const years = projectYears(partnership);
  // One after the other: inside a transaction the queries share one connection.
  const cycle = await cycleOf(db, partnership.programmeId);
  const dates = await cycleRepo.loadCycleDates(db, partnership.programmeId, years);
  const completions = await cycleRepo.loadCompletions(db, [partnership.id], years);
  const returned = await returnedReports(db, partnership.id);
  const met = new Set(completions.map((c) => cycleRepo.completionKey(c.partnershipId, c.fundingYear, c.stepCode)));
  const out: PaymentBlocker[] = [];
  for (const year of years) {
    for (const d of partnershipDeadlines(partnership, year, cycle, dates)) {
      if (d.kind !== 'annual_report') continue;
      if (returned.has(year)) out.push({ kind: 'report_returned', year, stepCode: d.stepCode, dueDate: returned.get(year) ?? d.date });
      if (!isDeadlineOverdue(d, today, met.has(cycleRepo.completionKey(partnership.id, year, d.stepCode)))) continue;
      out.push({ kind: 'report_overdue', year, stepCode: d.stepCode, dueDate: d.date });
    }
  }
  return out;
}

/** The years of the partnership's reports that stand returned, with the deadline each was held to. */
async function returnedReports(db: Executor, partnershipId: string): Promise<Map<number, string | null>> {
  const rows = await db
    .select({ year: annualReports.year, deadline: annualReports.deadline })
    .from(annualReports)
    .where(and(eq(annualReports.partnershipId, partnershipId), eq(annualReports.status, 'returned')));
  return new Map(rows.map((r) => [r.year, r.deadline]));
}
