import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import type { PublicFilters } from './public-api';

const KEYS = ['q', 'region', 'country', 'purpose', 'funding', 'status', 'year'] as const;

/**
 * The public list's filters as a shared link asks for them. Values the API would refuse (a year that
 * is not four digits, a country that is not two letters) are dropped, so a mistyped link shows the list.
 */
export function parsePublicFilters(params: URLSearchParams): { filters: PublicFilters; page: number } {
  const filters: PublicFilters = {};
  for (const key of KEYS) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value.slice(0, 200);
  }
  if (filters.year && !/^\d{4}$/.test(filters.year)) delete filters.year;
  if (filters.country) {
    if (/^[a-z]{2}$/i.test(filters.country)) filters.country = filters.country.toUpperCase();
    else delete filters.country;
  }
  return { filters, page: parsePage(params) };
}

export function usePublicUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<PublicFilters>();
  const { filters, page } = parsePublicFilters(params);
  return { filters, page, update, setPage, clear, active: Object.keys(filters).length > 0 };
}
