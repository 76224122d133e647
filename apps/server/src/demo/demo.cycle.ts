import { asc, eq } from 'drizzle-orm';
import { addDays, isActionable, partnershipDeadlines, type ProgrammeCycle } from '@mic/domain';
import type { Executor } from '../db/client';
import { users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { loadProgrammeCycle, upsertCycleDate } from '../modules/cycle/cycle.repository';
import { DEMO_PARTNERSHIPS } from './demo.data';
import { recordDeadlineMet } from '../modules/deadlines/deadlines.service';

/**
 * The demo's yearly cycle, relative to the day the demo is loaded: the programme office has set the
 * date of the Norad network meeting (three weeks ahead, in the funding year of that date, so its
 * first reminders are due at once; the Ministry's stays "to be announced"), recorded Stord – San Juan Comalapa's annual report for last
 * year as received, and every earlier application and report of the running partnerships as met, but
 * for the latest one of each, which stays overdue (the platform is new: that is what it chases).
 */
export async function loadDemoCycle(tx: Executor, programmeId: string, partnershipIds: Map<string, string>, now = new Date()): Promise<void> {
  const [officer] = await tx
    .select({ userId: users.id, name: users.name })
    .from(users)
    .where(eq(users.globalRole, 'programme_officer'))
    .orderBy(asc(users.email))
    .limit(1);
  const meeting = addDays(now.toISOString().slice(0, 10), 21);
  const target = { fundingSource: 'norad', year: Number(meeting.slice(0, 4)), stepCode: 'network-meeting' };
  await upsertCycleDate(tx, programmeId, { ...target, date: meeting }, officer?.userId ?? null);
  await recordChange(tx, officer ?? null, { action: 'cycle.date_set', entityType: 'cycle_date', entityId: `norad:${target.year}:network-meeting`, after: { ...target, date: meeting } });

  const stord = partnershipIds.get('stord-comalapa');
  if (!stord) return;
  // The project runs 2025–2027: last year's report, kept within the period.
  const year = Math.min(Math.max(now.getUTCFullYear() - 1, 2025), 2027);
  await recordDeadlineMet(tx, officer ?? null, stord, year, 'annual-report', 'Received with the audited accounts.');

  const cycle = await loadProgrammeCycle(tx, programmeId);
  if (cycle) await markPastDeadlinesMet(tx, officer ?? null, cycle, partnershipIds, now.toISOString().slice(0, 10), `${stord}|${year}|annual-report`);
}

async function markPastDeadlinesMet(
  tx: Executor,
  officer: { userId: string; name: string } | null,
  cycle: ProgrammeCycle,
  partnershipIds: Map<string, string>,
  today: string,
  alreadyMet: string,
) {
  for (const p of DEMO_PARTNERSHIPS) {
    const id = partnershipIds.get(p.key);
    if (!id || !['applied', 'active', 'completed'].includes(p.status)) continue;
    const past = [];
    for (let year = p.startYear; year <= p.endYear; year++) {
      past.push(...partnershipDeadlines(p, year, cycle).filter((d) => isActionable(d) && d.date !== null && d.date < today));
    }
    past.sort((a, b) => a.date!.localeCompare(b.date!));
    for (const d of past.slice(0, -1)) {
      if (`${id}|${d.fundingYear}|${d.stepCode}` !== alreadyMet) await recordDeadlineMet(tx, officer, id, d.fundingYear, d.stepCode, 'Received.');
    }
  }
}
