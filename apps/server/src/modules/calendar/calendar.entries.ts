import { addDays, deadlinesPath, localize, type Deadline, type Language } from '@mic/domain';
import type { IcalEvent } from '../../lib/ical';
import type { PartnershipDeadline } from '../deadlines/deadlines.sets';
import type { EventFacts } from '../deadlines/event-reads.repository';
import { CALENDAR_TEXTS, type CalendarTexts } from './calendar.texts';

/** How entries are written for one reader: their language, the app's address, the funding sources' names. */
export interface EntryContext {
  lang: Language;
  texts: CalendarTexts;
  publicUrl: string;
  fundingName: (code: string) => string;
}

export function entryContext(lang: Language, publicUrl: string, fundingNames: { code: string; name: Record<string, string | undefined> }[]): EntryContext {
  const names = new Map(fundingNames.map((f) => [f.code, localize(f.name, lang)]));
  return { lang, texts: CALENDAR_TEXTS[lang], publicUrl: publicUrl.replace(/\/+$/, ''), fundingName: (code) => names.get(code) || code };
}

function fundingLine(d: Deadline, c: EntryContext): string {
  return `${c.texts.funding(c.fundingName(d.fundingSource))}, ${c.texts.fundingYear(d.fundingYear)}`;
}

/** One partnership's deadline (null while it is to be announced: a calendar needs a date). */
export function partnershipDeadlineEntry({ partnership, deadline: d, completion }: PartnershipDeadline, c: EntryContext): IcalEvent | null {
  if (d.date === null) return null;
  const lines = [c.texts.partnership(partnership.title), fundingLine(d, c)];
  if (completion) lines.push(c.texts.metOn(completion.metAt.toISOString().slice(0, 10)));
  return {
    uid: `deadline-${partnership.id}-${d.fundingYear}-${d.stepCode}@mic-platform`,
    summary: `${localize(d.name, c.lang)} (${c.texts.fundingYear(d.fundingYear)}) – ${partnership.title}`,
    description: lines.join('\n'),
    url: `${c.publicUrl}${deadlinesPath(partnership.id, d.fundingYear)}`,
    start: { date: d.date },
    transparent: true,
  };
}

/** A step of a funding source's cycle, once for the whole programme (the programme office's feed). */
export function programmeDeadlineEntry(d: Deadline, c: EntryContext): IcalEvent | null {
  if (d.date === null) return null;
  const who = d.audience === 'programme_office' ? c.texts.forOffice : c.texts.forPartnerships;
  return {
    uid: `deadline-programme-${d.fundingSource}-${d.fundingYear}-${d.stepCode}@mic-platform`,
    summary: `${localize(d.name, c.lang)} – ${c.fundingName(d.fundingSource)} (${c.texts.fundingYear(d.fundingYear)})`,
    description: [who, fundingLine(d, c)].join('\n'),
    url: `${c.publicUrl}/calendar?year=${d.fundingYear}`,
    start: { date: d.date },
    transparent: true,
  };
}

/** An event: a whole day (or several), or from its start time when it has one. */
export function eventEntry(e: EventFacts, c: EntryContext): IcalEvent {
  const lastDay = e.endDate && e.endDate > e.date ? e.endDate : null;
  const description = [localize(e.description, c.lang), e.onlineUrl ? c.texts.online(e.onlineUrl) : ''].filter(Boolean).join('\n\n');
  return {
    uid: `event-${e.id}@mic-platform`,
    summary: localize(e.title, c.lang),
    description,
    location: e.place ?? e.onlineUrl,
    url: `${c.publicUrl}/events/${e.id}`,
    // DTEND is exclusive and of the same kind as DTSTART: the day after the last day (at midnight when timed).
    start: e.startTime ? { dateTime: `${e.date}T${e.startTime}` } : { date: e.date },
    end: !lastDay ? null : e.startTime ? { dateTime: `${addDays(lastDay, 1)}T00:00` } : { date: addDays(lastDay, 1) },
    status: e.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  };
}

