import { INSTALMENT_STATUSES } from '@mic/domain';
import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import type { FundsFilters, PlanFilters } from './payments-api';

const FUNDING = /^[A-Za-z0-9_-]{1,40}$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** The funds page's filters as the query string asks for them: a four-digit year (else this year) and a funding code. */
export function parseFundsFilters(params: URLSearchParams, now = new Date()): { filters: FundsFilters; page: number } {
  const year = params.get('year')?.trim();
  const filters: FundsFilters = { year: year && /^\d{4}$/.test(year) ? year : String(now.getFullYear()) };
  const funding = params.get('funding')?.trim();
  if (funding && FUNDING.test(funding)) filters.funding = funding;
  return { filters, page: parsePage(params) };
}

export function useFundsUrlFilters() {
  const { params, update, setPage } = useUrlFilterParams<Partial<FundsFilters>>();
  const { filters, page } = parseFundsFilters(params);
  return { filters, page, update, setPage, active: !!filters.funding };
}

export const PLAN_MONTH_CHOICES = ['3', '6', '12', '24'] as const;

/** "2027-03" for the month `now` is in. */
export const monthOf = (now: Date) => `${now.getFullYear()}-${pad(now.getMonth() + 1)}`;

/**
 * The payments plan's filters: the first month (YYYY-MM, else this month), how many months (1–24, else
 * 6), a funding code and an instalment status the API knows.
 */
export function parsePlanFilters(params: URLSearchParams, now = new Date()): { filters: PlanFilters; page: number } {
  const from = params.get('from')?.trim();
  const okFrom = !!from && /^\d{4}-(0[1-9]|1[0-2])$/.test(from);
  const months = Number(params.get('months'));
  const filters: PlanFilters = {
    from: okFrom ? from : monthOf(now),
    months: Number.isInteger(months) && months >= 1 && months <= 24 ? String(months) : '6',
  };
  const funding = params.get('funding')?.trim();
  if (funding && FUNDING.test(funding)) filters.funding = funding;
  const status = params.get('status');
  if (status && (INSTALMENT_STATUSES as readonly string[]).includes(status)) filters.status = status;
  return { filters, page: parsePage(params) };
}

export function usePlanUrlFilters() {
  const { params, update, setPage } = useUrlFilterParams<Partial<PlanFilters>>();
  const { filters, page } = parsePlanFilters(params);
  return { filters, page, update, setPage, active: !!(filters.funding || filters.status) };
}

/** The months to start the plan from: a year back to two years ahead of `now`. */
export function planStartMonths(now = new Date()): string[] {
  const out: string[] = [];
  for (let i = -12; i <= 24; i++) {
    const d = new Date(now.getFullYear(), now.getMonth() + i, 1);
    out.push(monthOf(d));
  }
  return out;
}

/** The funding years to choose from: two ahead, back to the programme's first cycle. */
export function fundsYears(now = new Date()): string[] {
  const years: string[] = [];
  for (let y = now.getFullYear() + 2; y >= 2013; y--) years.push(String(y));
  return years;
}
