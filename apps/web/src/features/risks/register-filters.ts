import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import { RISK_BANDS, RISK_CATEGORIES, RISK_STATUSES } from '@mic/domain';
import type { RegisterFilters } from './risks-api';

const ALLOWED: Record<keyof RegisterFilters, readonly string[]> = {
  status: RISK_STATUSES,
  band: RISK_BANDS,
  category: RISK_CATEGORIES,
};
const KEYS = Object.keys(ALLOWED) as (keyof RegisterFilters)[];

/** Filters and page from a query string, keeping only values the API knows (a mistyped link shows everything). */
export function parseRegisterFilters(params: URLSearchParams): { filters: RegisterFilters; page: number } {
  const filters: RegisterFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value && ALLOWED[key].includes(value)) filters[key] = value;
  }
  const page = parsePage(params);
  return { filters, page };
}

/** The register's filters live in the address, so a filtered register can be bookmarked. */
export function useRegisterFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<RegisterFilters>();
  const { filters, page } = parseRegisterFilters(params);
  const active = KEYS.some((k) => !!filters[k]);
  return { filters, page, update, setPage, clear, active };
}
