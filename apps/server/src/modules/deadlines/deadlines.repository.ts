import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { partnerships } from '../../db/schema';

/** What the deadlines of a partnership depend on: its funding source and period (and, for lists, title and status). */
export interface PartnershipFacts {
  id: string;
  programmeId: string;
  title: string;
  fundingSource: string;
  startYear: number;
  endYear: number;
  status: string;
}

const factColumns = {
  id: partnerships.id,
  programmeId: partnerships.programmeId,
  title: partnerships.title,
  fundingSource: partnerships.fundingSource,
  startYear: partnerships.startYear,
  endYear: partnerships.endYear,
  status: partnerships.status,
};

/** One partnership's facts; `share` keeps its period steady until the end of the transaction. */
export async function findPartnershipFacts(db: Executor, id: string, lock?: 'share'): Promise<PartnershipFacts | null> {
  const query = db.select(factColumns).from(partnerships).where(eq(partnerships.id, id));
  const [row] = lock ? await query.for(lock) : await query;
  return row ?? null;
}

/** The given partnerships (a user's own), in the given statuses, in one query. */
export async function partnershipFactsOf(db: Executor, ids: string[], statuses: readonly string[]): Promise<PartnershipFacts[]> {
  if (!ids.length) return [];
  return db
    .select(factColumns)
    .from(partnerships)
    .where(and(inArray(partnerships.id, ids), inArray(partnerships.status, [...statuses])))
    .orderBy(asc(partnerships.title));
}

/**
 * Every partnership of the programme in the given statuses whose period touches the years from
 * `fromYear` to `toYear`, in one query: the programme office's view of what is overdue.
 */
export async function partnershipFactsByStatus(
  db: Executor,
  programmeId: string,
  statuses: readonly string[],
  fromYear: number,
  toYear: number,
): Promise<PartnershipFacts[]> {
  return db
    .select(factColumns)
    .from(partnerships)
    .where(
      and(
        eq(partnerships.programmeId, programmeId),
        inArray(partnerships.status, [...statuses]),
        lte(partnerships.startYear, toYear),
        gte(partnerships.endYear, fromYear),
      ),
    );
}
