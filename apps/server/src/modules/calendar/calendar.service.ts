import { createHmac, randomBytes } from 'node:crypto';
import { DomainError, isLanguage, isProgrammeOffice, type Actor, type CalendarFeedDto, type GlobalRole, type Language, type PartnershipRole } from '@mic/domain';
import type { AppContext } from '../../app';
import type { Db, Executor } from '../../db/client';
import { writeCalendar, type IcalEvent } from '../../lib/ical';
import { recordChange } from '../audit/audit.service';
import { membershipsOf } from '../auth/session.repository';
import { loadCompletions } from '../cycle/cycle.repository';
import { todayOf, yearOf } from '../cycle/cycle.service';
import { findPartnershipFacts } from '../deadlines/deadlines.repository';
import { deadlineBook, memberDeadlines, projectYears } from '../deadlines/deadlines.service';
import { yearsAround } from '../deadlines/deadlines.sets';
import { eventsConcerning } from '../deadlines/event-reads.repository';
import { loadProgramme } from '../programme/programme.repository';
import { currentProgrammeId } from '../programme/programme.service';
import { entryContext, eventEntry, partnershipDeadlineEntry, programmeDeadlineEntry, type EntryContext } from './calendar.entries';
import * as repo from './calendar.repository';

/** The most events one feed lists (three years of a programme's meetings fit many times over). */
const FEED_EVENT_LIMIT = 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** Only this keyed hash of a feed token is stored: a copy of the database gives no usable feed URLs. */
export function feedTokenHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(`calendar-feed:${token}`).digest('base64url');
}

export async function feedStatus(db: Executor, userId: string): Promise<CalendarFeedDto> {
  const feed = await repo.findFeed(db, userId);
  return { active: !!feed, createdAt: feed?.createdAt.toISOString() ?? null };
}

/** A new secret feed URL for the caller; any earlier one stops working. The URL is shown this once. */
export async function createFeed(ctx: AppContext, actor: Actor): Promise<CalendarFeedDto> {
  const token = randomBytes(32).toString('base64url');
  const createdAt = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const replaced = await repo.findFeed(tx, actor.userId);
    await repo.replaceFeed(tx, actor.userId, feedTokenHash(ctx.config.sessionSecret, token), createdAt);
    await recordChange(tx, actor, { action: replaced ? 'calendar_feed.rotated' : 'calendar_feed.created', entityType: 'user', entityId: actor.userId });
  });
  const url = `${ctx.config.publicUrl.replace(/\/+$/, '')}/api/calendar/${token}.ics`;
  return { active: true, createdAt: createdAt.toISOString(), url };
}

export async function revokeFeed(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    if (await repo.deleteFeed(tx, actor.userId)) {
      await recordChange(tx, actor, { action: 'calendar_feed.revoked', entityType: 'user', entityId: actor.userId });
    }
  });
}

async function contextFor(db: Executor, programmeId: string, lang: Language, publicUrl: string): Promise<EntryContext> {
  const programme = await loadProgramme(db, programmeId);
  return entryContext(lang, publicUrl, programme?.fundingSources ?? []);
}

/**
 * GET /api/calendar/:token.ics: the feed owner's deadlines of the funding years around today and
 * the events that concern them, in their language. Members get their partnerships' deadlines; the
 * programme office and donor viewers the programme office's steps, and the programme office also
 * each funding source's partnership steps once (not once per partnership). Unknown, revoked or
 * disabled: 404.
 */
export async function feedCalendar(ctx: AppContext, file: string): Promise<string> {
  const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
  const owner = TOKEN.test(token) ? await repo.findFeedOwner(ctx.db, feedTokenHash(ctx.config.sessionSecret, token)) : null;
  if (!owner || owner.disabledAt) throw new DomainError('NOT_FOUND');
  const db = ctx.db;
  const now = ctx.now();
  const year = yearOf(todayOf(now));
  const years = yearsAround(year);
  const programmeId = await currentProgrammeId(db);
  const lang: Language = isLanguage(owner.language) ? owner.language : 'en';
  const memberOf = await membershipsOf(db, owner.userId);
  const actor: Actor = {
    ...owner,
    globalRole: (owner.globalRole as GlobalRole | null) ?? null,
    memberships: Object.fromEntries(memberOf.map((m) => [m.partnershipId, m.role as PartnershipRole])),
  };
  const office = isProgrammeOffice(actor);
  const [book, c] = await Promise.all([deadlineBook(db, programmeId, years), contextFor(db, programmeId, lang, ctx.config.publicUrl)]);

  const entries: (IcalEvent | null)[] = (await memberDeadlines(db, book, Object.keys(actor.memberships), years)).map((pd) => partnershipDeadlineEntry(pd, c));
  if (actor.globalRole !== null) entries.push(...book.forAudience('programme_office', years).map((d) => programmeDeadlineEntry(d, c)));
  if (office) entries.push(...book.forAudience('partnership', years).map((d) => programmeDeadlineEntry(d, c)));
  const events = await eventsConcerning(db, {
    userId: owner.userId,
    all: office,
    from: `${years[0]}-01-01`,
    to: `${years[years.length - 1]}-12-31`,
    statuses: ['planned', 'cancelled'],
    limit: FEED_EVENT_LIMIT,
  });
  entries.push(...events.map((e) => eventEntry(e, c)));
  return writeCalendar({ name: c.texts.feedName, stamp: now, events: entries.filter((e): e is IcalEvent => e !== null) });
}

/** A file name from a title: ASCII letters and digits joined by hyphens ("Stord – San Juan" → "stord-san-juan"). */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .replace(/[åÅ]/g, 'a')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'partnership';
}

/** GET /api/partnerships/:id/deadlines.ics: one funding year, or the whole project period. */
export async function partnershipCalendar(ctx: AppContext, partnershipId: string, year: number | undefined, lang: Language) {
  const db = ctx.db;
  const p = await findPartnershipFacts(db, partnershipId);
  if (!p) throw new DomainError('NOT_FOUND');
  const years = year === undefined ? projectYears(p) : [year];
  const [book, c, completions] = await Promise.all([
    deadlineBook(db, p.programmeId, years),
    contextFor(db, p.programmeId, lang, ctx.config.publicUrl),
    loadCompletions(db, [p.id], years),
  ]);
  const entries = book.forPartnerships([p], years, completions).map((pd) => partnershipDeadlineEntry(pd, c));
  return {
    fileName: `deadlines-${slugOf(p.title)}.ics`,
    body: writeCalendar({ name: c.texts.partnershipCalendar(p.title), stamp: ctx.now(), events: entries.filter((e): e is IcalEvent => e !== null) }),
  };
}
