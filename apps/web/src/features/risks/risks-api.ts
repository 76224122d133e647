import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  DEFAULT_PAGE_SIZE,
  type CommentDto,
  type Page,
  type ProgrammeRiskOverviewDto,
  type RiskDetailDto,
  type RiskInput,
  type RiskPatch,
  type RiskRegisterDto,
  type RiskRegisterStateInput,
  type RiskRegisterStatusDto,
  type RiskReviewInput,
  type RiskSettingsDto,
  type RiskSettingsInput,
} from '@mic/domain';
import { api, type Query } from '../../api/client';

/** Query keys: everything about risks starts with 'risks', so one invalidation refreshes it all. */
export const RISKS_KEY = ['risks'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/risks`;

export interface RegisterFilters {
  status?: string;
  band?: string;
  category?: string;
}

export function useRiskRegister(partnershipId: string, filters: RegisterFilters = {}, page = 1, pageSize = DEFAULT_PAGE_SIZE) {
  return useQuery({
    queryKey: [...RISKS_KEY, 'register', partnershipId, filters, page, pageSize],
    queryFn: ({ signal }) => api.get<RiskRegisterDto>(base(partnershipId), { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRisk(partnershipId: string, riskId: string) {
  return useQuery({
    queryKey: [...RISKS_KEY, 'one', partnershipId, riskId],
    queryFn: ({ signal }) => api.get<RiskDetailDto>(`${base(partnershipId)}/${enc(riskId)}`, undefined, signal),
  });
}

/** The XLSX download: a plain link, so the browser saves it with the session cookie. */
export const riskExportUrl = (partnershipId: string) => `${base(partnershipId)}/export.xlsx`;

function useAfterRiskChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved?: RiskDetailDto) => {
    if (saved) queryClient.setQueryData([...RISKS_KEY, 'one', partnershipId, saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: [...RISKS_KEY, 'register', partnershipId] });
    void queryClient.invalidateQueries({ queryKey: [...RISKS_KEY, 'programme'] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

export function useCreateRisk(partnershipId: string) {
  const after = useAfterRiskChange(partnershipId);
  return useMutation({
    mutationFn: (body: RiskInput) => api.post<RiskDetailDto>(base(partnershipId), body),
    onSuccess: after,
  });
}

export function useUpdateRisk(partnershipId: string, riskId: string) {
  const after = useAfterRiskChange(partnershipId);
  return useMutation({
    mutationFn: (body: RiskPatch) => api.patch<RiskDetailDto>(`${base(partnershipId)}/${enc(riskId)}`, body),
    onSuccess: after,
  });
}

export function useDeleteRisk(partnershipId: string, riskId: string) {
  const queryClient = useQueryClient();
  const after = useAfterRiskChange(partnershipId);
  return useMutation({
    mutationFn: () => api.delete(`${base(partnershipId)}/${enc(riskId)}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...RISKS_KEY, 'one', partnershipId, riskId] });
      after();
    },
  });
}

export function useAddReview(partnershipId: string, riskId: string) {
  const after = useAfterRiskChange(partnershipId);
  return useMutation({
    mutationFn: (body: RiskReviewInput) => api.post<RiskDetailDto>(`${base(partnershipId)}/${enc(riskId)}/reviews`, body),
    onSuccess: after,
  });
}

export function useSetRegisterState(partnershipId: string) {
  const after = useAfterRiskChange(partnershipId);
  return useMutation({
    mutationFn: (body: RiskRegisterStateInput) => api.put<RiskRegisterStatusDto>(`${base(partnershipId)}/register`, body),
    onSuccess: () => after(),
  });
}

export interface ProgrammeRiskFilters {
  region?: string;
  fundingSource?: string;
  list?: string;
}

export function useProgrammeRisks(filters: ProgrammeRiskFilters, page: number) {
  return useQuery({
    queryKey: [...RISKS_KEY, 'programme', filters, page],
    queryFn: ({ signal }) =>
      api.get<ProgrammeRiskOverviewDto>('/api/programme/risks', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export const RISK_SETTINGS_KEY = [...RISKS_KEY, 'settings'] as const;

export function useRiskSettings() {
  return useQuery({
    queryKey: RISK_SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<RiskSettingsDto>('/api/programme/risk-settings', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

export function useSaveRiskSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RiskSettingsInput) => api.put<RiskSettingsDto>('/api/programme/risk-settings', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(RISK_SETTINGS_KEY, saved);
      // Bands and overdue flags in every register follow the settings.
      void queryClient.invalidateQueries({ queryKey: RISKS_KEY, predicate: (q) => q.queryKey[1] !== 'settings' });
    },
  });
}

export const COMMENTS_PAGE_SIZE = 20;

export function useRiskComments(partnershipId: string, riskId: string, page = 1) {
  return useQuery({
    queryKey: ['comments', partnershipId, 'risk', riskId, page],
    queryFn: ({ signal }) =>
      api.get<Page<CommentDto>>(
        `/api/partnerships/${enc(partnershipId)}/comments`,
        { entityType: 'risk', entityId: riskId, page, pageSize: COMMENTS_PAGE_SIZE },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useAddRiskComment(partnershipId: string, riskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<CommentDto>(`/api/partnerships/${enc(partnershipId)}/comments`, { entityType: 'risk', entityId: riskId, body }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['comments', partnershipId, 'risk', riskId] }),
  });
}
