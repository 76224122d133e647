import { useSearchParams } from 'react-router';
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
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { filters, page };
}

/** The register's filters live in the address, so a filtered register can be bookmarked. */
export function useRegisterFilters() {
  const [params, setParams] = useSearchParams();
  const { filters, page } = parseRegisterFilters(params);
  const update = (changes: RegisterFilters) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      return next;
    });
  const setPage = (p: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (p > 1) next.set('page', String(p));
      else next.delete('page');
      return next;
    });
  const clear = () => setParams(new URLSearchParams());
  const active = KEYS.some((k) => !!filters[k]);
  return { filters, page, update, setPage, clear, active };
}
