import { REPORT_STATUSES } from '@mic/domain';
import { parsePage, useUrlFilterParams } from '../../../lib/url-filters';
import type { ReportsOverviewFilters } from './overview-api';

/** The statuses to filter by: the report's own, "not started", and past the deadline (overdue) or submitted after it (late). */
export const OVERVIEW_STATUSES = ['not_started', ...REPORT_STATUSES, 'overdue', 'late'] as const;
export type OverviewStatusFilter = (typeof OVERVIEW_STATUSES)[number];

/** Reports are written after the year they tell of: the overview opens on last year's. */
export const defaultReportYear = (now = new Date()) => String(now.getFullYear() - 1);

/** The filters a query string asks for, keeping only values the API accepts. */
export function parseReportsFilters(params: URLSearchParams, now = new Date()): { filters: ReportsOverviewFilters; page: number } {
  const year = params.get('year')?.trim();
  const filters: ReportsOverviewFilters = { year: year && /^\d{4}$/.test(year) ? year : defaultReportYear(now) };
  const status = params.get('status');
  if (status && (OVERVIEW_STATUSES as readonly string[]).includes(status)) filters.status = status;
  const funding = params.get('funding')?.trim();
  if (funding && /^[A-Za-z0-9-]{1,40}$/.test(funding)) filters.funding = funding;
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) filters.q = q;
  return { filters, page: parsePage(params) };
}

/** The filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useReportsUrlFilters() {
  const { params, update, setPage } = useUrlFilterParams<ReportsOverviewFilters>();
  const { filters, page } = parseReportsFilters(params);
  return { filters, page, update, setPage, active: !!(filters.status || filters.funding || filters.q) };
}

/** The years to choose from: this year back to the programme's first cycle. */
export function reportYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear(); y >= 2013; y--) years.push(String(y));
  return years;
}
