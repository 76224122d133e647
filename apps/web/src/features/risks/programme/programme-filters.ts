import { parsePage, useUrlFilterParams } from '../../../lib/url-filters';
import { PROGRAMME_RISK_LISTS, type ProgrammeRiskList } from '@mic/domain';
import type { ProgrammeRiskFilters } from '../risks-api';

export const DEFAULT_LIST: ProgrammeRiskList = 'highest';

/** Region, funding source, which list and page, from the address; codes are checked by the API. */
export function parseProgrammeRiskFilters(params: URLSearchParams) {
  const filters: ProgrammeRiskFilters = {};
  const region = params.get('region')?.trim();
  if (region) filters.region = region;
  const fundingSource = params.get('fundingSource')?.trim();
  if (fundingSource) filters.fundingSource = fundingSource;
  const list = params.get('list');
  const chosen: ProgrammeRiskList = (PROGRAMME_RISK_LISTS as readonly string[]).includes(list ?? '') ? (list as ProgrammeRiskList) : DEFAULT_LIST;
  const page = parsePage(params);
  return { filters, list: chosen, page };
}

/** The query string for one list with the current filters (the list links keep the filters). */
export function listSearch(params: URLSearchParams, list: ProgrammeRiskList): string {
  const next = new URLSearchParams(params);
  next.delete('page');
  if (list === DEFAULT_LIST) next.delete('list');
  else next.set('list', list);
  const qs = next.toString();
  return qs ? `?${qs}` : '';
}

export function useProgrammeRiskFilters() {
  const { params, setParams, update, setPage } = useUrlFilterParams<{ region?: string; fundingSource?: string }>();
  const parsed = parseProgrammeRiskFilters(params);
  const clear = () =>
    setParams((prev) => {
      const next = new URLSearchParams();
      const list = prev.get('list');
      if (list) next.set('list', list);
      return next;
    });
  const active = !!(parsed.filters.region || parsed.filters.fundingSource);
  return { ...parsed, params, update, setPage, clear, active };
}
