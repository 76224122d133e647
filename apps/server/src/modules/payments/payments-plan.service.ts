import type { PaymentsPlanDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { offsetOf } from '../../lib/paging';
import { currentProgrammeId } from '../programme/programme.service';
import type { PlanFilters } from './payments.contract';
import { instalmentFields } from './payments.present';
import * as repo from './payments.repository';

/** The window of a payments plan: from the first of `from` (default this month) for `months` months. */
export function planWindow(filters: PlanFilters, now: Date) {
  const from = filters.from ?? now.toISOString().slice(0, 7);
  const [y, m] = from.split('-').map(Number) as [number, number];
  const end = new Date(Date.UTC(y, m - 1 + filters.months, 1)).toISOString().slice(0, 10);
  return { from, fromDate: `${from}-01`, toDate: end };
}

export async function planWhere(db: Executor, filters: PlanFilters, now: Date): Promise<repo.PlanWhere & { from: string }> {
  const w = planWindow(filters, now);
  return { ...w, programmeId: await currentProgrammeId(db), funding: filters.funding, status: filters.status };
}

/** GET /api/programme/payments-plan: sums by month and source and totals from SQL, and a page of the instalments. */
export async function paymentsPlan(db: Executor, q: PlanFilters & { page: number; pageSize: number }, now: Date): Promise<PaymentsPlanDto> {
  const w = await planWhere(db, q, now);
  const [sums, earlier, list] = await Promise.all([repo.planSums(db, w), repo.earlierUnpaid(db, w), repo.planItems(db, w, { limit: q.pageSize, offset: offsetOf(q) })]);
  return {
    from: w.from,
    months: q.months,
    byMonth: sums.byMonth,
    totals: sums.totals,
    earlier,
    items: list.rows.map((r) => ({ ...instalmentFields(r.instalment), partnershipId: r.instalment.partnershipId, partnershipTitle: r.partnershipTitle })),
    total: list.total,
    page: q.page,
    pageSize: q.pageSize,
  };
}
