import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_PAGE_SIZE,
  type ApplicationAction,
  type ApplicationActionInput,
  type ApplicationContent,
  type ApplicationDto,
  type ApplicationKind,
  type ApplicationOverviewDto,
  type ApplicationSummaryDto,
  type AppraisalInput,
} from '@mic/domain';
import { api, type Query } from '../../api/client';

/** Query keys: everything about applications starts with 'applications', so one invalidation refreshes it all. */
export const APPLICATIONS_KEY = ['applications'] as const;
const enc = encodeURIComponent;
const one = (id: string) => `/api/applications/${enc(id)}`;

export function usePartnershipApplications(partnershipId: string) {
  return useQuery({
    queryKey: [...APPLICATIONS_KEY, 'partnership', partnershipId],
    queryFn: ({ signal }) => api.get<ApplicationSummaryDto[]>(`/api/partnerships/${enc(partnershipId)}/applications`, undefined, signal),
  });
}

export function useApplication(id: string) {
  return useQuery({
    queryKey: [...APPLICATIONS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<ApplicationDto>(one(id), undefined, signal),
  });
}

export interface OverviewFilters {
  year?: string;
  status?: string;
  funding?: string;
  q?: string;
}

export function useApplicationsOverview(filters: OverviewFilters, page: number) {
  return useQuery({
    queryKey: [...APPLICATIONS_KEY, 'overview', filters, page],
    queryFn: ({ signal }) =>
      api.get<ApplicationOverviewDto>('/api/applications', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

/** After a change: the answer replaces the cached application; lists, deadlines and history are fetched again. */
function useAfterApplicationChange() {
  const queryClient = useQueryClient();
  return (saved: ApplicationDto) => {
    queryClient.setQueryData([...APPLICATIONS_KEY, 'one', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: APPLICATIONS_KEY, predicate: (q) => q.queryKey[1] !== 'one' });
    void queryClient.invalidateQueries({ queryKey: ['cycle'] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', saved.partnership.id] });
  };
}

export function useCreateApplication(partnershipId: string) {
  const after = useAfterApplicationChange();
  return useMutation({
    mutationFn: (body: { year: number; kind?: ApplicationKind }) =>
      api.post<ApplicationDto>(`/api/partnerships/${enc(partnershipId)}/applications`, body),
    onSuccess: after,
  });
}

export function useSaveApplication(id: string) {
  const after = useAfterApplicationChange();
  return useMutation({
    mutationFn: (body: { content: ApplicationContent; version: number }) => api.put<ApplicationDto>(one(id), body),
    onSuccess: after,
  });
}

export function useConfirmApplication(id: string) {
  const after = useAfterApplicationChange();
  return useMutation({
    mutationFn: (body: { partnerLedPrioritisation?: boolean; version: number }) => api.post<ApplicationDto>(`${one(id)}/confirm`, body),
    onSuccess: after,
  });
}

export function useApplicationAction(id: string) {
  const after = useAfterApplicationChange();
  return useMutation({
    mutationFn: ({ action, body }: { action: ApplicationAction; body: ApplicationActionInput }) =>
      api.post<ApplicationDto>(`${one(id)}/actions/${action}`, body),
    onSuccess: after,
  });
}

export function useSaveAppraisal(id: string) {
  const after = useAfterApplicationChange();
  return useMutation({
    mutationFn: (body: AppraisalInput) => api.put<ApplicationDto>(`${one(id)}/appraisal`, body),
    onSuccess: after,
  });
}

/** A failed write that was refused because the application changed meanwhile: reload and show it again. */
export function useReloadApplication(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: [...APPLICATIONS_KEY, 'one', id] });
}
