import { and, asc, count, desc, eq, gte, ilike, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { ReportContent, ReportOverviewStatus } from '@mic/domain';
import type { Executor } from '../../db/client';
import { likeContains } from '../../db/like';
import { annualReports, deadlineCompletions, partnerships, reportVersions } from '../../db/schema';

/** The partnerships that report for a year: applied for, running, or finished with the year in their period. */
const REPORTING_STATUSES = ['applied', 'active', 'completed'];

export interface OverviewFilter {
  programmeId: string;
  year: number;
  funding?: string;
  q?: string;
  status?: ReportOverviewStatus | 'overdue' | 'late';
  /** The annual-report deadline of the year per funding source (null: not announced). */
  deadlines: Map<string, string | null>;
  /** The cycle's annual-report step codes: a deadline the programme office recorded as met is not overdue. */
  reportSteps: string[];
  today: string;
}

/** The cycle's deadline for the partnership's funding source, as one CASE over the few sources. */
function cycleDeadline(deadlines: Map<string, string | null>): SQL {
  const known = [...deadlines].filter((e): e is [string, string] => e[1] !== null);
  if (!known.length) return sql`null::date`;
  const whens = known.map(([source, date]) => sql`when ${source} then ${date}::date`);
  return sql`(case ${partnerships.fundingSource} ${sql.join(whens, sql` `)} else null::date end)`;
}

/** The figures every row and count is made of, as SQL over partnerships left-joined to the year's report. */
function columns(f: OverviewFilter) {
  const deadline = sql`coalesce(${annualReports.deadline}, ${cycleDeadline(f.deadlines)})`;
  const status = sql`coalesce(${annualReports.status}, 'not_started')`;
  // A report received outside the platform (the deadline recorded as met) is not overdue; a returned one is.
  const recordedMet = f.reportSteps.length
    ? sql`exists (select 1 from ${deadlineCompletions} where ${deadlineCompletions.partnershipId} = ${partnerships.id} and ${deadlineCompletions.fundingYear} = ${f.year} and ${inArray(deadlineCompletions.stepCode, f.reportSteps)} and ${deadlineCompletions.metAt} is not null)`
    : sql`false`;
  // Past the deadline (a deadline is met on its day) and not in the office's hands.
  const overdue = sql`((${status} = 'returned' or (${status} in ('not_started', 'draft') and not ${recordedMet})) and ${deadline} < ${f.today}::date)`;
  const late = sql`coalesce(${annualReports.late}, false)`;
  return { deadline, status, overdue, late };
}

function where(f: OverviewFilter, withStatus: boolean): SQL | undefined {
  const c = columns(f);
  let status: SQL | undefined;
  if (withStatus && f.status === 'overdue') status = c.overdue;
  else if (withStatus && f.status === 'late') status = sql`${c.late}`;
  else if (withStatus && f.status) status = sql`${c.status} = ${f.status}`;
  return and(
    eq(partnerships.programmeId, f.programmeId),
    inArray(partnerships.status, REPORTING_STATUSES),
    lte(partnerships.startYear, f.year),
    gte(partnerships.endYear, f.year),
    f.funding ? eq(partnerships.fundingSource, f.funding) : undefined,
    f.q ? ilike(partnerships.title, likeContains(f.q)) : undefined,
    status,
  );
}

const reportJoin = (year: number) => and(eq(annualReports.partnershipId, partnerships.id), eq(annualReports.year, year));

export interface OverviewRow {
  reportId: string | null;
  partnershipId: string;
  partnershipTitle: string;
  fundingSource: string;
  status: ReportOverviewStatus;
  submissionCount: number;
  deadline: string | null;
  late: boolean;
  overdue: boolean;
  submittedAt: Date | null;
}

/** One page, overdue first and then by title, and the number of matches: two queries. */
export async function overviewPage(db: Executor, f: OverviewFilter, limit: number, offset: number): Promise<{ rows: OverviewRow[]; total: number }> {
  const c = columns(f);
  const overdue = sql<boolean>`${c.overdue}`;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        reportId: annualReports.id,
        partnershipId: partnerships.id,
        partnershipTitle: partnerships.title,
        fundingSource: partnerships.fundingSource,
        status: sql<ReportOverviewStatus>`${c.status}`,
        submissionCount: sql<number>`coalesce(${annualReports.submissionCount}, 0)`.mapWith(Number),
        deadline: sql<string | null>`(${c.deadline})::text`,
        late: sql<boolean>`${c.late}`,
        overdue: sql<boolean>`coalesce(${c.overdue}, false)`,
        submittedAt: annualReports.submittedAt,
      })
      .from(partnerships)
      .leftJoin(annualReports, reportJoin(f.year))
      .where(where(f, true))
      .orderBy(desc(sql`coalesce(${overdue}, false)`), asc(partnerships.title), asc(partnerships.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(partnerships).leftJoin(annualReports, reportJoin(f.year)).where(where(f, true)),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

export interface OverviewCounts {
  byStatus: { status: ReportOverviewStatus; n: number }[];
  overdue: number;
  late: number;
}

/** How many reports are in each status, overdue and late, over the filter without its status: one query. */
export async function overviewCounts(db: Executor, f: OverviewFilter): Promise<OverviewCounts> {
  const c = columns(f);
  const rows = await db
    .select({
      status: sql<ReportOverviewStatus>`${c.status}`,
      n: count(),
      overdue: sql<number>`count(*) filter (where ${c.overdue})`.mapWith(Number),
      late: sql<number>`count(*) filter (where ${c.late})`.mapWith(Number),
    })
    .from(partnerships)
    .leftJoin(annualReports, reportJoin(f.year))
    .where(where(f, false))
    .groupBy(sql`1`);
  return {
    byStatus: rows.map((r) => ({ status: r.status, n: r.n })),
    overdue: rows.reduce((s, r) => s + r.overdue, 0),
    late: rows.reduce((s, r) => s + r.late, 0),
  };
}

/** What deciding who may read a report needs. */
export async function findReportAccess(db: Executor, id: string): Promise<{ partnershipId: string; status: string } | null> {
  const [row] = await db.select({ partnershipId: annualReports.partnershipId, status: annualReports.status }).from(annualReports).where(eq(annualReports.id, id));
  return row ?? null;
}

export async function listVersions(db: Executor, reportId: string): Promise<{ number: number; submittedAt: Date; byName: string | null }[]> {
  return db
    .select({ number: reportVersions.number, submittedAt: reportVersions.submittedAt, byName: reportVersions.byName })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(asc(reportVersions.number));
}

export async function findVersion(
  db: Executor,
  reportId: string,
  number: number,
): Promise<{ number: number; submittedAt: Date; byName: string | null; content: ReportContent } | null> {
  const [row] = await db
    .select({ number: reportVersions.number, submittedAt: reportVersions.submittedAt, byName: reportVersions.byName, content: reportVersions.content })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.number, number)));
  return row ?? null;
}
