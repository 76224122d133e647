import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicPartnershipDto, PublicPartnershipListDto, PublicProgrammeDto } from '@mic/domain';
import { api, withQuery } from '../../api/client';

/** The public list's filters, named as in the address and the API (`q`, `funding`). */
export interface PublicFilters {
  q?: string;
  region?: string;
  country?: string;
  purpose?: string;
  funding?: string;
  status?: string;
  year?: string;
}

export const PUBLIC_PAGE_SIZE = 20;

// The public answers change rarely (and the server lets them be cached for five minutes).
const STALE = 5 * 60_000;

export function usePublicProgramme() {
  return useQuery({ queryKey: ['public', 'programme'], queryFn: ({ signal }) => api.get<PublicProgrammeDto>('/api/public/programme', undefined, signal), staleTime: STALE });
}

export function usePublicPartnerships(filters: PublicFilters, page: number) {
  return useQuery({
    queryKey: ['public', 'partnerships', filters, page],
    queryFn: ({ signal }) => api.get<PublicPartnershipListDto>('/api/public/partnerships', { ...filters, page, pageSize: PUBLIC_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
    staleTime: STALE,
  });
}

export function usePublicPartnership(id: string) {
  return useQuery({
    queryKey: ['public', 'partnership', id],
    queryFn: ({ signal }) => api.get<PublicPartnershipDto>(`/api/public/partnerships/${encodeURIComponent(id)}`, undefined, signal),
    staleTime: STALE,
  });
}

export const OPEN_DATA_SETS = ['partnerships', 'budgets', 'results'] as const;
export type OpenDataSet = (typeof OPEN_DATA_SETS)[number];

/** An open data file's address, with the same filters as the list (so a download matches what is shown). */
export function openDataUrl(set: OpenDataSet, format: 'csv' | 'json', filters: PublicFilters = {}): string {
  return withQuery(`/api/public/data/${set}.${format}`, { ...filters });
}

export const IATI_ALL_URL = '/api/iati/activities.xml';
export const iatiActivityUrl = (id: string) => `/api/iati/activities/${encodeURIComponent(id)}.xml`;
