import { useSearchParams } from 'react-router';

export const MUNICIPALITY_FILTER_KEYS = ['search', 'country', 'kind'] as const;
export type MunicipalityFilterKey = (typeof MUNICIPALITY_FILTER_KEYS)[number];
export type MunicipalityFilters = Partial<Record<MunicipalityFilterKey, string>>;

/**
 * The filters a query string asks for, keeping only values the API accepts (a two-letter country
 * code, a known kind), so that a mistyped link shows the register rather than an error.
 */
export function parseMunicipalityFilters(params: URLSearchParams): { filters: MunicipalityFilters; page: number } {
  const filters: MunicipalityFilters = {};
  const search = params.get('search')?.trim();
  if (search) filters.search = search;
  const country = params.get('country')?.trim().toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) filters.country = country;
  const kind = params.get('kind');
  if (kind === 'home' || kind === 'partner') filters.kind = kind;
  const page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
  return { filters, page };
}

/** The register's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useMunicipalityUrlFilters() {
  const [params, setParams] = useSearchParams();
  const { filters, page } = parseMunicipalityFilters(params);

  /** Sets some filters; any change of filter goes back to the first page. */
  const update = (changes: MunicipalityFilters) =>
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
  const active = MUNICIPALITY_FILTER_KEYS.some((k) => !!filters[k]);
  return { filters, page, update, setPage, clear, active };
}
