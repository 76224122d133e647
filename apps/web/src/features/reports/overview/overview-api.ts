import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type ReportsOverviewDto } from '@mic/domain';
import { api, type Query } from '../../../api/client';

export interface ReportsOverviewFilters {
  year?: string;
  funding?: string;
  status?: string;
  q?: string;
}

/** Under 'reports', so a change to any report refreshes the overview too. */
export function useReportsOverview(filters: ReportsOverviewFilters, page: number) {
  return useQuery({
    queryKey: ['reports', 'overview', filters, page],
    queryFn: ({ signal }) => api.get<ReportsOverviewDto>('/api/programme/reports', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
    placeholderData: keepPreviousData,
  });
}
