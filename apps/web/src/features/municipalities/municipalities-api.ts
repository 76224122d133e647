import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type MunicipalityDto, type Page } from '@mic/domain';
import { api } from '../../api/client';
import type { MunicipalityFilters } from './url-filters';
import type { MunicipalityInput } from './validation';

export const MUNICIPALITIES_KEY = ['municipalities'] as const;

export function useMunicipalityList(filters: MunicipalityFilters, page: number) {
  return useQuery({
    queryKey: [...MUNICIPALITIES_KEY, 'list', filters, page],
    queryFn: ({ signal }) =>
      api.get<Page<MunicipalityDto>>('/api/municipalities', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The municipality as a list already shown has it, and when that list was fetched. */
function fromLists(queryClient: QueryClient, id: string) {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: [...MUNICIPALITIES_KEY, 'list'] })) {
    const item = (query.state.data as Page<MunicipalityDto> | undefined)?.items.find((m) => m.id === id);
    if (item) return { item, updatedAt: query.state.dataUpdatedAt };
  }
  return undefined;
}

/** One municipality; shown at once from the list the user just came from, then refreshed. */
export function useMunicipality(id: string) {
  const queryClient = useQueryClient();
  const cached = fromLists(queryClient, id);
  return useQuery({
    queryKey: [...MUNICIPALITIES_KEY, 'one', id],
    initialData: cached?.item,
    initialDataUpdatedAt: cached?.updatedAt,
    queryFn: ({ signal }) => api.get<MunicipalityDto>(`/api/municipalities/${encodeURIComponent(id)}`, undefined, signal),
  });
}

function useAfterSave() {
  const queryClient = useQueryClient();
  return (saved: MunicipalityDto) => {
    queryClient.setQueryData([...MUNICIPALITIES_KEY, 'one', saved.id], saved);
    // The lists here, the registers the partnership forms pick from, and the names partnerships show.
    void queryClient.invalidateQueries({ queryKey: MUNICIPALITIES_KEY, predicate: (q) => q.queryKey[1] !== 'one' });
    void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
  };
}

export function useCreateMunicipality() {
  const after = useAfterSave();
  return useMutation({
    mutationFn: (body: MunicipalityInput) => api.post<MunicipalityDto>('/api/municipalities', body),
    onSuccess: after,
  });
}

export function useUpdateMunicipality(id: string) {
  const after = useAfterSave();
  return useMutation({
    mutationFn: (body: MunicipalityInput & { version: number }) => api.put<MunicipalityDto>(`/api/municipalities/${encodeURIComponent(id)}`, body),
    onSuccess: after,
  });
}
