import { daysBetween, deadlinesForYear, deadlinesPath, partnershipDeadlines, reminderDue, type CycleDate, type Deadline } from '@mic/domain';
import type { Executor } from '../../db/client';
import { completionKey, loadCompletions, loadCycleDates, loadProgrammeCycle, type StoredCycle } from '../cycle/cycle.repository';
import { insertOutboxRows, existingDedupeKeys, type NewOutboxRow } from '../outbox/outbox.repository';
import { findProgrammeId } from '../programme/programme.repository';
import { reminderMail } from './reminders.mail';
import * as repo from './reminders.repository';

export const REMINDER_KIND = 'deadline-reminder';

export interface PlanOptions {
  /** Base of the links in the messages. */
  publicUrl: string;
  /** No SMTP: the messages are kept (`held`) for an administrator to read instead of sent. */
  hold: boolean;
}

export interface PlanResult {
  /** Reminders due today (whether written now or on an earlier run). */
  due: number;
  /** Messages new in the outbox. */
  written: number;
}

/** One reminder to one person, before its text is composed. */
interface Candidate {
  key: string;
  deadline: Deadline;
  reminder: string;
  recipient: repo.Recipient;
  partnership: { id: string; title: string } | null;
}

/**
 * Kinds of step that get reminders: the things someone has to do, and network meetings once
 * their date is set. Instalments are KS's payments to the partnerships: informational, no reminder.
 */
function remindable(d: Deadline): boolean {
  return d.kind !== 'instalment';
}

/**
 * Writes into the outbox every deadline reminder due on `today` that is not there yet: for each
 * partnership that is applied or active (completed: only its final report), the deadlines of the
 * funding years today−2 … today+1 that reach a reminder day (or are overdue) and are not met, to
 * each of its coordinators; and the programme office's own steps, to the programme officers.
 * The outbox's dedupe key makes each reminder (deadline, kind, person) exist once, whoever plans
 * it and however often. A fixed number of queries, whatever the number of partnerships.
 */
export async function planReminders(db: Executor, today: string, options: PlanOptions): Promise<PlanResult> {
  const programmeId = await findProgrammeId(db);
  const cycle = programmeId ? await loadProgrammeCycle(db, programmeId) : null;
  if (!programmeId || !cycle) return { due: 0, written: 0 };
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1];
  const [dates, coordinators] = await Promise.all([
    loadCycleDates(db, programmeId, years),
    repo.partnershipCoordinators(db, programmeId, years[0]!, years[years.length - 1]!),
  ]);
  const candidates = [
    ...(await partnershipCandidates(db, coordinators, { cycle, dates, years, today })),
    ...(await programmeCandidates(db, { cycle, dates, years, today })),
  ];
  if (!candidates.length) return { due: 0, written: 0 };
  const existing = await existingDedupeKeys(
    db,
    candidates.map((c) => c.key),
  );
  const fresh = candidates.filter((c) => !existing.has(c.key));
  const fundingNames = fresh.some((c) => !c.partnership) ? await repo.fundingSourceNames(db, programmeId) : new Map();
  const rows = fresh.map((c): NewOutboxRow => {
    const link = c.partnership
      ? `${options.publicUrl}${deadlinesPath(c.partnership.id, c.deadline.fundingYear)}`
      : `${options.publicUrl}/calendar?year=${c.deadline.fundingYear}&funding=${encodeURIComponent(c.deadline.fundingSource)}`;
    const mail = reminderMail({
      language: c.recipient.language,
      name: c.recipient.name,
      step: c.deadline.name,
      fundingYear: c.deadline.fundingYear,
      date: c.deadline.date!,
      daysLeft: daysBetween(today, c.deadline.date!),
      overdue: c.reminder === 'overdue',
      partnershipTitle: c.partnership?.title ?? null,
      fundingName: fundingNames.get(c.deadline.fundingSource) ?? null,
      link,
    });
    return {
      dedupeKey: c.key,
      kind: REMINDER_KIND,
      userId: c.recipient.userId,
      toAddress: c.recipient.email,
      recipientName: c.recipient.name,
      language: c.recipient.language,
      subject: mail.subject,
      body: mail.text,
      partnershipId: c.partnership?.id ?? null,
      status: options.hold ? 'held' : 'pending',
    };
  });
  return { due: candidates.length, written: rows.length ? await insertOutboxRows(db, rows) : 0 };
}

interface PlanFacts {
  cycle: StoredCycle;
  dates: CycleDate[];
  years: number[];
  today: string;
}

function dedupeKey(owner: string, d: Deadline, reminder: string, userId: string): string {
  return `deadline:${owner}:${d.fundingSource}:${d.fundingYear}:${d.stepCode}:${reminder}:${userId}`;
}

/** The partnerships' reminders; deadlines recorded as met are left out (one query for the completions). */
async function partnershipCandidates(db: Executor, rows: repo.CoordinatorRow[], facts: PlanFacts): Promise<Candidate[]> {
  const byPartnership = new Map<string, repo.CoordinatorRow[]>();
  for (const row of rows) byPartnership.set(row.partnershipId, [...(byPartnership.get(row.partnershipId) ?? []), row]);
  const completions = await loadCompletions(db, [...byPartnership.keys()], facts.years);
  const met = new Set(completions.map((c) => completionKey(c.partnershipId, c.fundingYear, c.stepCode)));
  const out: Candidate[] = [];
  for (const [id, people] of byPartnership) {
    const p = people[0]!;
    for (const year of facts.years) {
      for (const d of partnershipDeadlines(p, year, facts.cycle, facts.dates)) {
        // A completed partnership still owes the report of its last year, and nothing else.
        if (!remindable(d) || (p.status === 'completed' && (d.kind !== 'annual_report' || year !== p.endYear))) continue;
        const reminder = reminderDue(d, facts.today, facts.cycle.reminderDays, met.has(completionKey(id, year, d.stepCode)));
        if (!reminder) continue;
        for (const person of people) {
          out.push({ key: dedupeKey(id, d, reminder, person.userId), deadline: d, reminder, recipient: person, partnership: { id, title: p.title } });
        }
      }
    }
  }
  return out;
}

/** The programme office's own steps (e.g. the programme application to the donor), once per funding source. */
async function programmeCandidates(db: Executor, facts: PlanFacts): Promise<Candidate[]> {
  const due: { deadline: Deadline; reminder: string }[] = [];
  for (const cycle of facts.cycle.cycles) {
    for (const year of facts.years) {
      for (const d of deadlinesForYear(cycle, year, facts.dates)) {
        if (d.audience !== 'programme_office' || !remindable(d)) continue;
        // Nothing records the office's own steps as done, so they are reminded of ahead, never chased as
        // overdue (the due panel does not show them overdue either).
        const reminder = reminderDue(d, facts.today, facts.cycle.reminderDays, false);
        if (reminder && reminder !== 'overdue') due.push({ deadline: d, reminder });
      }
    }
  }
  if (!due.length) return [];
  const recipients = await repo.programmeOfficeRecipients(db);
  return due.flatMap(({ deadline, reminder }) =>
    recipients.map((recipient) => ({ key: dedupeKey('programme', deadline, reminder, recipient.userId), deadline, reminder, recipient, partnership: null })),
  );
}
