import { useSearchParams } from 'react-router';
import type { PartnershipFilters } from '../api';

export const FILTER_KEYS = ['search', 'country', 'region', 'purpose', 'fundingSource', 'status', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const DEFAULT_SORT = 'title';
export const SORTS = ['title', '-startYear', 'startYear', 'status'] as const;

/** The list's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const filters: PartnershipFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  const sort = params.get('sort') || DEFAULT_SORT;
  const page = Math.max(1, Number(params.get('page')) || 1);

  /** Sets some filters; any change of filter goes back to the first page. */
  const update = (changes: Partial<Record<FilterKey | 'sort', string>>) => {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      return next;
    });
  };
  const setPage = (p: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (p > 1) next.set('page', String(p));
      else next.delete('page');
      return next;
    });
  const clear = () => setParams(new URLSearchParams());
  const active = FILTER_KEYS.some((k) => !!filters[k]);
  return { filters, sort, page, update, setPage, clear, active };
}
