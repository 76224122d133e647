import type { EventStatus, Violation } from '@mic/domain';

/** Today's date (UTC) from the app's clock. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The rules of an event's fields beyond their shape: a title in some language, an end not before the start. */
export function checkEvent(input: { title: Record<string, string | undefined>; date: string | null; endDate: string | null }): Violation[] {
  const v: Violation[] = [];
  if (!Object.values(input.title).some((t) => !!t?.trim())) v.push({ code: 'EVENT_TITLE_REQUIRED', field: 'title' });
  if (input.endDate && (!input.date || input.endDate < input.date)) v.push({ code: 'DATES_INVALID', field: 'endDate' });
  return v;
}

/** Registration is open while the event is planned and its (first) day has not passed; "to be announced" is open. */
export function registrationOpen(event: { status: EventStatus | string; date: string | null }, today: string): boolean {
  return event.status === 'planned' && (event.date === null || event.date >= today);
}
