import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, writeCalendar } from '../../src/lib/ical';
import { parseIcs } from './helpers';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the iCalendar writer', () => {
  it('folds long lines at 75 octets without splitting a character, and unfolding restores the line', () => {
    const line = `SUMMARY:${'Møte i Kvæfjord – reunión en Peñalolén – ärligt 😀 '.repeat(6)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toMatch(/[\ud800-\udbff]$|^ ?[\udc00-\udfff]/);
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('writes a calendar with CRLF line endings that ical.js reads back', () => {
    const summary = 'Nettverksmøte, kapasitetsbygging; «Ærø» og Ñuñoa\\Peñalolén – årsmøte for alle partnerskapene i programmet';
    const text = writeCalendar({
      name: 'Frister, møter',
      stamp: new Date('2027-01-20T10:11:12.345Z'),
      events: [
        { uid: 'deadline-x@mic-platform', summary, description: 'Line one\nLine two; with, commas', start: { date: '2027-03-01' }, transparent: true },
        { uid: 'event-y@mic-platform', summary: 'Meeting', location: 'Oslo', url: 'https://mic.test/events/y', start: { dateTime: '2027-02-10T10:30' }, status: 'CANCELLED' },
      ],
    });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
    expect(text).toContain('DTSTAMP:20270120T101112Z');
    expect(text).toContain('DTSTART;VALUE=DATE:20270301\r\nDTEND;VALUE=DATE:20270302');
    const cal = parseIcs(text);
    // ical.js keeps an X- property as written (escaped); calendar programs read it as TEXT.
    expect(cal).toMatchObject({ name: 'Frister\\, møter', version: '2.0', method: 'PUBLISH' });
    expect(cal.events[0]).toMatchObject({ summary, description: 'Line one\nLine two; with, commas', start: '2027-03-01', end: '2027-03-02', allDay: true });
    expect(cal.events[1]).toMatchObject({ start: '2027-02-10T10:30:00', end: null, allDay: false, location: 'Oslo', status: 'CANCELLED', url: 'https://mic.test/events/y' });
  });
});
