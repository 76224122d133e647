import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { LocalizedText } from '@mic/domain';
import type { Executor } from '../../db/client';
import { fundingSources, memberships, partnerships, users } from '../../db/schema';

/** Partnership statuses whose deadlines get reminders (a completed one only for its final report). */
export const REMINDED_STATUSES = ['applied', 'active', 'completed'];
/** The roles in a partnership that are responsible for its deadlines. */
export const RESPONSIBLE_ROLES = ['home_coordinator', 'partner_coordinator'];

export interface Recipient {
  userId: string;
  email: string;
  name: string;
  language: string;
}

export interface CoordinatorRow extends Recipient {
  partnershipId: string;
  title: string;
  fundingSource: string;
  startYear: number;
  endYear: number;
  status: string;
}

/**
 * The partnerships that get reminders, whose project period overlaps the funding years
 * `fromYear`..`toYear`, each with its enabled coordinators: one query (one row per coordinator).
 */
export async function partnershipCoordinators(db: Executor, programmeId: string, fromYear: number, toYear: number): Promise<CoordinatorRow[]> {
  return db
    .select({
      partnershipId: partnerships.id,
      title: partnerships.title,
      fundingSource: partnerships.fundingSource,
      startYear: partnerships.startYear,
      endYear: partnerships.endYear,
      status: partnerships.status,
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
    })
    .from(partnerships)
    .innerJoin(memberships, eq(memberships.partnershipId, partnerships.id))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(partnerships.programmeId, programmeId),
        inArray(partnerships.status, REMINDED_STATUSES),
        lte(partnerships.startYear, toYear),
        gte(partnerships.endYear, fromYear),
        inArray(memberships.role, RESPONSIBLE_ROLES),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(asc(partnerships.id), asc(users.id));
}

/** Who is reminded of the programme office's own steps: the programme officers, or the administrators when there are none. */
export async function programmeOfficeRecipients(db: Executor): Promise<Recipient[]> {
  const rows = await db
    .select({ userId: users.id, email: users.email, name: users.name, language: users.language, role: users.globalRole })
    .from(users)
    .where(and(inArray(users.globalRole, ['programme_officer', 'admin']), isNull(users.disabledAt)))
    .orderBy(asc(users.id));
  const officers = rows.filter((r) => r.role === 'programme_officer');
  return (officers.length ? officers : rows).map(({ role: _role, ...r }) => r);
}

/** The funding sources' names, by code. */
export async function fundingSourceNames(db: Executor, programmeId: string): Promise<Map<string, LocalizedText>> {
  const rows = await db.select({ code: fundingSources.code, name: fundingSources.name }).from(fundingSources).where(eq(fundingSources.programmeId, programmeId));
  return new Map(rows.map((r) => [r.code, r.name]));
}
