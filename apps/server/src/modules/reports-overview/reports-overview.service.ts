import { DomainError, partnershipDeadlines, type Actor, type ReportOverviewStatus, type ReportsOverviewDto, type ReportVersionDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import * as cycleRepo from '../cycle/cycle.repository';
import { cycleOf } from '../cycle/cycle.service';
import { currentProgrammeId } from '../programme/programme.service';
import type { OverviewQuery } from './reports-overview.contract';
import { mayReadReport } from './reports-overview.policy';
import * as repo from './reports-overview.repository';

/** The annual-report deadline of `year` for each funding source of the cycle (null while to be announced). */
async function reportDeadlines(db: Executor, programmeId: string, year: number): Promise<{ deadlines: Map<string, string | null>; steps: string[] }> {
  const cycle = await cycleOf(db, programmeId);
  const dates = await cycleRepo.loadCycleDates(db, programmeId, [year]);
  const out = new Map<string, string | null>();
  const steps = new Set<string>();
  for (const c of cycle.cycles) {
    const period = { fundingSource: c.fundingSource, startYear: year, endYear: year };
    const step = partnershipDeadlines(period, year, cycle, dates).find((d) => d.kind === 'annual_report');
    if (step) {
      out.set(c.fundingSource, step.date);
      steps.add(step.stepCode);
    }
  }
  return { deadlines: out, steps: [...steps] };
}

/**
 * GET /api/programme/reports: every partnership that reports for the year, with its report or
 * `not_started`, a page of them and the counts over the same filter (without its status). A fixed
 * number of queries (programme, cycle, dates, page, total, counts), whatever the number of rows.
 */
export async function reportsOverview(db: Executor, query: OverviewQuery, today: string): Promise<ReportsOverviewDto> {
  // A year's report is written the following spring, so last year is the one being followed.
  const year = query.year ?? Number(today.slice(0, 4)) - 1;
  const programmeId = await currentProgrammeId(db);
  const { deadlines, steps } = await reportDeadlines(db, programmeId, year);
  const filter: repo.OverviewFilter = { programmeId, year, funding: query.funding, q: query.q, status: query.status, deadlines, reportSteps: steps, today };
  const [page, counts] = await Promise.all([repo.overviewPage(db, filter, query.pageSize, offsetOf(query)), repo.overviewCounts(db, filter)]);
  const byStatus: Record<ReportOverviewStatus, number> = { not_started: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
  for (const c of counts.byStatus) byStatus[c.status] = c.n;
  return {
    year,
    counts: { ...byStatus, overdue: counts.overdue, late: counts.late },
    items: page.rows.map((r) => ({ ...r, year, submittedAt: r.submittedAt?.toISOString() ?? null })),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The report, when the actor may read it; otherwise (or when there is none) 404, the same answer. */
async function readableReport(db: Executor, actor: Actor, id: string) {
  const report = isUuid(id) ? await repo.findReportAccess(db, id) : null;
  if (!report || !mayReadReport(actor, report)) throw new DomainError('NOT_FOUND');
  return report;
}

export async function reportVersions(db: Executor, actor: Actor, id: string): Promise<{ items: Omit<ReportVersionDto, 'content'>[] }> {
  await readableReport(db, actor, id);
  const rows = await repo.listVersions(db, id);
  return { items: rows.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() })) };
}

export async function reportVersion(db: Executor, actor: Actor, id: string, number: number): Promise<ReportVersionDto> {
  await readableReport(db, actor, id);
  const row = await repo.findVersion(db, id, number);
  if (!row) throw new DomainError('NOT_FOUND');
  return { ...row, submittedAt: row.submittedAt.toISOString() };
}
