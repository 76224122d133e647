/**
 * A small iCalendar writer (RFC 5545) for published calendars: all-day deadlines and (floating,
 * local-time) events. CRLF line endings, long lines folded at 75 octets without splitting a
 * UTF-8 character, TEXT values escaped.
 */
import { addDays } from '@mic/domain';

/** A whole day (`YYYY-MM-DD`) or a local time without a zone (`YYYY-MM-DDTHH:MM`, floating). */
export type IcalTime = { date: string } | { dateTime: string };

export interface IcalEvent {
  /** Stable across downloads, so a calendar program updates the entry instead of adding another. */
  uid: string;
  summary: string;
  description?: string | null;
  url?: string | null;
  location?: string | null;
  start: IcalTime;
  /** Exclusive end; an all-day event without one lasts its one day. */
  end?: IcalTime | null;
  status?: 'CONFIRMED' | 'CANCELLED';
  /** A deadline takes no time in the day: TRANSP:TRANSPARENT, so it does not show the user as busy. */
  transparent?: boolean;
}

export interface IcalCalendar {
  name: string;
  /** When the calendar was written (DTSTAMP of every event). */
  stamp: Date;
  events: IcalEvent[];
}

export const ICAL_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const PRODID = '-//KS//MIC Platform//EN';
const MAX_OCTETS = 75;

/** TEXT escaping: backslash, semicolon, comma and line breaks; other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, continuation lines starting with one space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

/** DTSTAMP: UTC, `YYYYMMDDTHHMMSSZ`. */
export function utcStamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function timeProperty(name: 'DTSTART' | 'DTEND', time: IcalTime): string {
  if ('date' in time) return `${name};VALUE=DATE:${compactDate(time.date)}`;
  const [date = '', clock = '00:00'] = time.dateTime.split('T');
  return `${name}:${compactDate(date)}T${clock.replace(':', '').padEnd(4, '0').slice(0, 4)}00`;
}

function eventLines(e: IcalEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`, timeProperty('DTSTART', e.start)];
  const end = e.end ?? ('date' in e.start ? { date: addDays(e.start.date, 1) } : null);
  if (end) lines.push(timeProperty('DTEND', end));
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
  if (e.url) lines.push(`URL:${e.url.replace(/[\s"<>\\^`{|}]/g, encodeURIComponent)}`);
  if (e.status) lines.push(`STATUS:${e.status}`);
  lines.push(`TRANSP:${e.transparent ? 'TRANSPARENT' : 'OPAQUE'}`, 'END:VEVENT');
  return lines;
}

/** The whole calendar as text, every line folded, ending with CRLF. */
export function writeCalendar(cal: IcalCalendar): string {
  const stamp = utcStamp(cal.stamp);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...cal.events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
