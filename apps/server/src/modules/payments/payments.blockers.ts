import { isDeadlineOverdue, partnershipDeadlines, type PaymentBlocker } from '@mic/domain';
import type { Executor } from '../../db/client';
import * as cycleRepo from '../cycle/cycle.repository';
import { cycleOf } from '../cycle/cycle.service';
import type { PartnershipFacts } from '../deadlines/deadlines.repository';
import { projectYears } from '../deadlines/deadlines.service';

/**
 * What keeps the partnership's instalments from being approved today: its annual reports whose
 * deadline has passed and that are not recorded as met (three queries, whatever the number of years).
 * Issue 8 adds the reports that were returned.
 */
export async function paymentBlockers(db: Executor, partnership: PartnershipFacts, today: string): Promise<PaymentBlocker[]> {
  const years = projectYears(partnership);
  // One after the other: inside a transaction the queries share one connection.
  const cycle = await cycleOf(db, partnership.programmeId);
  const dates = await cycleRepo.loadCycleDates(db, partnership.programmeId, years);
  const completions = await cycleRepo.loadCompletions(db, [partnership.id], years);
  const met = new Set(completions.map((c) => cycleRepo.completionKey(c.partnershipId, c.fundingYear, c.stepCode)));
  const out: PaymentBlocker[] = [];
  for (const year of years) {
    for (const d of partnershipDeadlines(partnership, year, cycle, dates)) {
      if (d.kind !== 'annual_report') continue;
      if (!isDeadlineOverdue(d, today, met.has(cycleRepo.completionKey(partnership.id, year, d.stepCode)))) continue;
      out.push({ kind: 'report_overdue', year, stepCode: d.stepCode, dueDate: d.date });
    }
  }
  return out;
}
