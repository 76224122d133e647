import { parsePage, useUrlFilterParams } from '../../lib/url-filters';

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
  const page = parsePage(params);
  return { filters, page };
}

/** The register's filters live in the query string, so a filtered view can be bookmarked and shared. */
export function useMunicipalityUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<MunicipalityFilters>();
  const { filters, page } = parseMunicipalityFilters(params);

  const active = MUNICIPALITY_FILTER_KEYS.some((k) => !!filters[k]);
  return { filters, page, update, setPage, clear, active };
}
