import { asc, eq } from 'drizzle-orm';
import { addDays } from '@mic/domain';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { upsertCycleDate } from '../modules/cycle/cycle.repository';
import { recordDeadlineMet } from '../modules/deadlines/deadlines.service';

/**
 * The demo's yearly cycle, relative to the day the demo is loaded: the programme office has set the
 * date of the Norad network meeting (about six weeks ahead, in the funding year of that date; the
 * Ministry's stays "to be announced"), and recorded Stord – San Juan Comalapa's annual report for
 * last year as received.
 */
export async function loadDemoCycle(tx: Executor, programmeId: string, partnershipIds: Map<string, string>, now = new Date()): Promise<void> {
  const [officer] = await tx
    .select({ userId: users.id, name: users.name })
    .from(users)
    .where(eq(users.globalRole, 'programme_officer'))
    .orderBy(asc(users.email))
    .limit(1);
  const meeting = addDays(now.toISOString().slice(0, 10), 42);
  const target = { fundingSource: 'norad', year: Number(meeting.slice(0, 4)), stepCode: 'network-meeting' };
  await upsertCycleDate(tx, programmeId, { ...target, date: meeting }, officer?.userId ?? null);
  await recordChange(tx, officer ?? null, { action: 'cycle.date_set', entityType: 'cycle_date', entityId: `norad:${target.year}:network-meeting`, after: { ...target, date: meeting } });

  const stord = partnershipIds.get('stord-comalapa');
  if (!stord) return;
  // The project runs 2025–2027: last year's report, kept within the period.
  const year = Math.min(Math.max(now.getUTCFullYear() - 1, 2025), 2027);
  await recordDeadlineMet(tx, officer ?? null, stord, year, 'annual-report', 'Received with the audited accounts.');
}
