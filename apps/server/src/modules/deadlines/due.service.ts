import { DUE_HORIZON_DAYS, addDays, deadlinesPath, isDeadlineOverdue, isDue, isProgrammeOffice, type Actor, type Deadline, type DueItemDto, type DuePanelDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import * as cycleRepo from '../cycle/cycle.repository';
import { yearOf } from '../cycle/cycle.service';
import { currentProgrammeId } from '../programme/programme.service';
import { deadlineBook, memberDeadlines } from './deadlines.service';
import { FOLLOWED_STATUSES, yearsAround, type PartnershipDeadline } from './deadlines.sets';
import * as repo from './deadlines.repository';
import { eventsConcerning } from './event-reads.repository';

/** The due panel shows at most this many lines; `overdueCount` still counts them all. */
export const DUE_PANEL_LIMIT = 50;

function deadlineItem(d: Deadline, overdue: boolean, partnership: { id: string; title: string } | null): DueItemDto {
  return {
    key: `deadline:${partnership?.id ?? 'programme'}:${d.fundingSource}:${d.fundingYear}:${d.stepCode}`,
    type: 'deadline',
    date: d.date!,
    overdue,
    title: d.name,
    stepKind: d.kind,
    fundingSource: d.fundingSource,
    fundingYear: d.fundingYear,
    partnership,
    eventId: null,
    link: partnership ? deadlinesPath(partnership.id, d.fundingYear) : `/calendar?year=${d.fundingYear}`,
  };
}

function partnershipItem({ partnership, deadline }: PartnershipDeadline, overdue: boolean): DueItemDto {
  return deadlineItem(deadline, overdue, { id: partnership.id, title: partnership.title });
}

/** Overdue first (the oldest first), then by date. */
function byUrgency(a: DueItemDto, b: DueItemDto): number {
  return Number(b.overdue) - Number(a.overdue) || a.date.localeCompare(b.date) || a.key.localeCompare(b.key);
}

/**
 * GET /api/me/due: what concerns the caller in the next 90 days, and what is overdue.
 * - members: their partnerships' deadlines (due or overdue);
 * - the programme office: its own steps coming up, and every partnership's overdue deadline;
 * - donor viewers: the programme office's steps coming up;
 * - everyone: planned events they are invited to or registered for (the programme office: all).
 * A fixed number of queries, however many partnerships: the rest is computed in memory.
 */
export async function duePanel(db: Executor, actor: Actor, today: string): Promise<DuePanelDto> {
  const programmeId = await currentProgrammeId(db);
  const years = yearsAround(yearOf(today));
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  const book = await deadlineBook(db, programmeId, years);
  const office = isProgrammeOffice(actor);
  const items = new Map<string, DueItemDto>();
  const add = (item: DueItemDto) => items.set(item.key, item);

  for (const pd of await memberDeadlines(db, book, Object.keys(actor.memberships), years)) {
    if (isDue(pd.deadline, today, !!pd.completion)) add(partnershipItem(pd, isDeadlineOverdue(pd.deadline, today, !!pd.completion)));
  }

  if (actor.globalRole !== null) {
    // The programme office's own steps: there is nothing to mark them met with, so only those coming up.
    for (const d of book.forAudience('programme_office', years)) {
      if (d.date !== null && d.date >= today && d.date <= horizon) add(deadlineItem(d, false, null));
    }
  }

  if (office) {
    const [all, completions] = await Promise.all([
      repo.partnershipFactsByStatus(db, programmeId, FOLLOWED_STATUSES, years[0]!, years[years.length - 1]!),
      cycleRepo.loadCompletionsByStatus(db, programmeId, FOLLOWED_STATUSES, years),
    ]);
    for (const pd of book.forPartnerships(all, years, completions)) {
      if (isDeadlineOverdue(pd.deadline, today, !!pd.completion)) add(partnershipItem(pd, true));
    }
  }

  const events = await eventsConcerning(db, { userId: actor.userId, all: office, from: today, to: horizon, statuses: ['planned'], limit: DUE_PANEL_LIMIT + 1 });
  for (const e of events) {
    add({
      key: `event:${e.id}`,
      type: 'event',
      date: e.date,
      overdue: false,
      title: e.title,
      stepKind: null,
      fundingSource: null,
      fundingYear: null,
      partnership: null,
      eventId: e.id,
      link: `/events/${e.id}`,
    });
  }

  const sorted = [...items.values()].sort(byUrgency);
  return {
    today,
    horizonDays: DUE_HORIZON_DAYS,
    items: sorted.slice(0, DUE_PANEL_LIMIT),
    overdueCount: sorted.filter((i) => i.overdue).length,
    truncated: sorted.length > DUE_PANEL_LIMIT,
  };
}
