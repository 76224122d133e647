import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditEntryDto, MunicipalityDto, Page, PartnershipDetailDto, PartnershipDto, PartnershipStatus } from '@mic/domain';
import { MAX_PAGE_SIZE } from '@mic/domain';
import { api, type Query } from '../../api/client';

export interface PartnershipFilters {
  search?: string;
  country?: string;
  region?: string;
  purpose?: string;
  fundingSource?: string;
  status?: string;
  year?: string;
  sort?: string;
  page?: number;
  pageSize?: number;
}

export function usePartnerships(filters: PartnershipFilters) {
  return useQuery({
    queryKey: ['partnerships', 'list', filters],
    queryFn: ({ signal }) => api.get<Page<PartnershipDto>>('/api/partnerships', filters as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePartnership(id: string) {
  return useQuery({
    queryKey: ['partnerships', 'detail', id],
    queryFn: () => api.get<PartnershipDetailDto>(`/api/partnerships/${encodeURIComponent(id)}`),
  });
}

export const HISTORY_PAGE_SIZE = 10;

export function usePartnershipHistory(id: string) {
  return useInfiniteQuery({
    queryKey: ['partnerships', 'history', id],
    queryFn: ({ pageParam }) =>
      api.get<{ items: AuditEntryDto[]; nextBefore: number | null }>(`/api/partnerships/${encodeURIComponent(id)}/history`, {
        limit: HISTORY_PAGE_SIZE,
        before: pageParam ?? undefined,
      }),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
}

/** Every municipality of one kind (the register is a few hundred at most), fetched page by page. */
export function useMunicipalities(kind: 'home' | 'partner', enabled = true) {
  return useQuery({
    queryKey: ['municipalities', kind],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => {
      const all: MunicipalityDto[] = [];
      for (let page = 1; page <= 50; page++) {
        const res = await api.get<Page<MunicipalityDto>>('/api/municipalities', { kind, page, pageSize: MAX_PAGE_SIZE });
        all.push(...res.items);
        if (all.length >= res.total || res.items.length === 0) break;
      }
      return all;
    },
  });
}

export interface PartnershipInput {
  title: string;
  homeMunicipalityId: string;
  partnerMunicipalityId: string;
  fundingSource: string;
  startYear: number;
  endYear: number;
  workingLanguage: string;
  purposes: string[];
}

function useAfterChange() {
  const queryClient = useQueryClient();
  return (saved: PartnershipDetailDto) => {
    queryClient.setQueryData(['partnerships', 'detail', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', saved.id] });
  };
}

export function useCreatePartnership() {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: PartnershipInput) => api.post<PartnershipDetailDto>('/api/partnerships', body),
    onSuccess: after,
  });
}

export function useUpdatePartnership(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: PartnershipInput & { version: number }) =>
      api.patch<PartnershipDetailDto>(`/api/partnerships/${encodeURIComponent(id)}`, body),
    onSuccess: after,
  });
}

export function useChangeStatus(id: string) {
  const after = useAfterChange();
  return useMutation({
    mutationFn: (body: { status: PartnershipStatus; version: number }) =>
      api.post<PartnershipDetailDto>(`/api/partnerships/${encodeURIComponent(id)}/status`, body),
    onSuccess: after,
  });
}
