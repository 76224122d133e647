import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string | null;
  url: string | null;
  location: string | null;
  status: string | null;
  /** `2027-03-01` for a whole day, `2027-03-01T10:30:00` for a time. */
  start: string;
  end: string | null;
  allDay: boolean;
}

/** Parses an iCalendar text with ical.js (as a calendar program would) and answers the calendar and its events. */
export function parseIcs(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((v) => {
    const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = v.getFirstPropertyValue('dtend') as ICAL.Time | null;
    const text = (name: string) => (v.getFirstPropertyValue(name) as string | null) ?? null;
    return {
      uid: text('uid')!,
      summary: text('summary')!,
      description: text('description'),
      url: text('url'),
      location: text('location'),
      status: text('status'),
      start: start.toString(),
      end: end?.toString() ?? null,
      allDay: start.isDate,
    };
  });
  return { name: calendar.getFirstPropertyValue('x-wr-calname') as string, version: calendar.getFirstPropertyValue('version'), method: calendar.getFirstPropertyValue('method'), events };
}
