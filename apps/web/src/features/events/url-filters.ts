import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import type { EventFilters } from './events-api';

/**
 * The list's filters as a query string asks for them, keeping only values the API accepts (a
 * four-digit year, `upcoming=true`), so that a mistyped link shows the list rather than an error.
 */
export function parseEventFilters(params: URLSearchParams): { filters: EventFilters; page: number } {
  const filters: EventFilters = {};
  const year = params.get('year')?.trim();
  if (year && /^\d{4}$/.test(year)) filters.year = year;
  if (params.get('upcoming') === 'true') filters.upcoming = 'true';
  return { filters, page: parsePage(params) };
}

/** The events list's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useEventUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<EventFilters>();
  const { filters, page } = parseEventFilters(params);
  return { filters, page, update, setPage, clear, active: !!(filters.year || filters.upcoming) };
}

/** The years to filter by: a few ahead, back to the programme's first cycle. */
export function eventYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear() + 2; y >= 2013; y--) years.push(String(y));
  return years;
}
