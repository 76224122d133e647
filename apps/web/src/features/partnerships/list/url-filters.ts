import { useUrlFilterParams } from '../../../lib/url-filters';
import type { PartnershipFilters } from '../api';

export const FILTER_KEYS = ['search', 'country', 'region', 'purpose', 'fundingSource', 'status', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const DEFAULT_SORT = 'title';
export const SORTS = ['title', '-startYear', 'startYear', 'status'] as const;

/** The list's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<Partial<Record<FilterKey | 'sort', string>>>();
  const filters: PartnershipFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') || DEFAULT_SORT;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const active = FILTER_KEYS.some((k) => !!filters[k]);
  return { filters, sort, page, update, setPage, clear, active };
}
