import { and, asc, count, eq, ilike, inArray, sql } from 'drizzle-orm';
import type { ApplicationOverviewDto, ApplicationStatus } from '@mic/domain';
import type { Executor } from '../../db/client';
import { applications, partnerships } from '../../db/schema';
import { offsetOf } from '../../lib/paging';
import { currentProgrammeId } from '../programme/programme.service';
import type { OverviewQuery } from './applications.contract';
import { missingItems } from './applications.facts';
import { presentSummary } from './applications.present';
import { partnershipColumns, programmePurposes } from './applications.repository';

/** Statuses in which the applicants are still completing the application. */
const OPEN_STATUSES: ApplicationStatus[] = ['draft', 'returned'];

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * GET /api/applications: the programme office's overview of a year's applications. The page's
 * items come with their missing counts; the totals (requested, granted, per status, late) are SQL
 * sums over the whole filter; `incomplete` counts the applications of the filter still being
 * completed (draft or returned) that lack something, checked in one batch (five queries however many).
 */
export async function applicationOverview(db: Executor, query: OverviewQuery): Promise<ApplicationOverviewDto> {
  const programmeId = await currentProgrammeId(db);
  const where = and(
    eq(partnerships.programmeId, programmeId),
    query.year ? eq(applications.year, query.year) : undefined,
    query.status ? eq(applications.status, query.status) : undefined,
    query.funding ? eq(partnerships.fundingSource, query.funding) : undefined,
    query.q ? ilike(partnerships.title, `%${escapeLike(query.q)}%`) : undefined,
  );
  const joined = () => db.select({ application: applications, partnership: partnershipColumns }).from(applications).innerJoin(partnerships, eq(partnerships.id, applications.partnershipId));
  const [rows, byStatus, open, { maxPurposes }] = await Promise.all([
    joined()
      .where(where)
      .orderBy(asc(partnerships.title), asc(applications.year), asc(applications.id))
      .limit(query.pageSize)
      .offset(offsetOf(query)),
    db
      .select({
        status: applications.status,
        n: count(),
        requested: sql<string>`coalesce(sum(${applications.requestedTotal}), 0)`,
        granted: sql<string>`coalesce(sum(${applications.grantedTotal}), 0)`,
        late: sql<string>`count(*) filter (where ${applications.late})`,
      })
      .from(applications)
      .innerJoin(partnerships, eq(partnerships.id, applications.partnershipId))
      .where(where)
      .groupBy(applications.status),
    joined().where(and(where, inArray(applications.status, OPEN_STATUSES))),
    programmePurposes(db, programmeId),
  ]);
  const checked = [...rows, ...open].map((r) => ({ ...r.application, partnership: r.partnership }));
  const missing = await missingItems(db, checked, maxPurposes);
  const totals: ApplicationOverviewDto['totals'] = { requested: 0, granted: 0, byStatus: {}, late: 0, incomplete: 0 };
  let total = 0;
  for (const s of byStatus) {
    total += Number(s.n);
    totals.byStatus[s.status as ApplicationStatus] = Number(s.n);
    totals.requested += Number(s.requested);
    totals.granted += Number(s.granted);
    totals.late += Number(s.late);
  }
  totals.incomplete = open.filter((r) => (missing.get(r.application.id)?.length ?? 0) > 0).length;
  return {
    items: rows.map((r) => presentSummary(r.application, r.partnership, missing.get(r.application.id)?.length ?? 0)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    totals,
  };
}
