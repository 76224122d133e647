import { APPLICATION_STATUSES } from '@mic/domain';
import { parsePage, useUrlFilterParams } from '../../../lib/url-filters';
import type { OverviewFilters } from '../applications-api';

/** The funding year the overview opens on: next year's applications are the ones being written and appraised. */
export const defaultYear = (now = new Date()) => String(now.getFullYear() + 1);

/**
 * The overview's filters as a query string asks for them, keeping only values the API accepts (a
 * four-digit year, a known status, a funding code, a search of up to 200 characters).
 */
export function parseOverviewFilters(params: URLSearchParams, now = new Date()): { filters: OverviewFilters; page: number } {
  const year = params.get('year')?.trim();
  const filters: OverviewFilters = { year: year && /^\d{4}$/.test(year) ? year : defaultYear(now) };
  const status = params.get('status');
  if (status && (APPLICATION_STATUSES as readonly string[]).includes(status)) filters.status = status;
  const funding = params.get('funding')?.trim();
  if (funding && /^[A-Za-z0-9-]{1,40}$/.test(funding)) filters.funding = funding;
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) filters.q = q;
  return { filters, page: parsePage(params) };
}

/** The overview's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useOverviewUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<OverviewFilters>();
  const { filters, page } = parseOverviewFilters(params);
  return { filters, page, update, setPage, clear, active: !!(filters.status || filters.funding || filters.q) };
}

/** The years to choose from: a couple ahead, back to the programme's first cycle. */
export function overviewYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear() + 2; y >= 2013; y--) years.push(String(y));
  return years;
}
