import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  ActualValueDto,
  ActualValueInput,
  BaselineInput,
  DocumentDto,
  IndicatorCreateInput,
  IndicatorDto,
  IndicatorPatchInput,
  Page,
  ResultCreateInput,
  ResultDto,
  ResultMoveInput,
  ResultPatchInput,
  ResultsFrameworkDto,
  ResultsSettingsDto,
  TargetsInput,
  TrackingRowDto,
  ValueAction,
} from '@mic/domain';
import { api } from '../../api/client';

/** Everything cached about one partnership's results: the framework, the tracking pages, comments. */
export const resultsKey = (partnershipId: string) => ['results', partnershipId] as const;

const base = (partnershipId: string) => `/api/partnerships/${encodeURIComponent(partnershipId)}`;

export function useFramework(partnershipId: string) {
  return useQuery({
    queryKey: [...resultsKey(partnershipId), 'framework'],
    queryFn: ({ signal }) => api.get<ResultsFrameworkDto>(`${base(partnershipId)}/results`, undefined, signal),
  });
}

export interface TrackingFilters {
  level?: string;
  purpose?: string;
  owner?: string;
}

export const TRACKING_PAGE_SIZE = 20;

export function useTracking(partnershipId: string, filters: TrackingFilters, page: number) {
  return useQuery({
    queryKey: [...resultsKey(partnershipId), 'tracking', filters, page],
    queryFn: ({ signal }) =>
      api.get<Page<TrackingRowDto>>(`${base(partnershipId)}/results/tracking`, { ...filters, page, pageSize: TRACKING_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** Where the browser downloads a spreadsheet of the framework, the tracking table, or both. */
export function exportUrl(partnershipId: string, view: 'all' | 'framework' | 'tracking', filters: TrackingFilters = {}): string {
  const params = new URLSearchParams({ view });
  for (const [k, v] of Object.entries(filters)) if (v) params.set(k, v);
  return `${base(partnershipId)}/results/export.xlsx?${params.toString()}`;
}

export const documentUrl = (partnershipId: string, documentId: string) =>
  `${base(partnershipId)}/documents/${encodeURIComponent(documentId)}/content`;

/** After any change: the framework and tracking pages are stale, and so is the partnership's history. */
function useAfterChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: resultsKey(partnershipId) }),
      queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] }),
    ]);
}

/** A mutation that refreshes the results once it has succeeded (and waits for it, so focus lands on fresh data). */
function useResultsMutation<I, O>(partnershipId: string, fn: (input: I) => Promise<O>) {
  const after = useAfterChange(partnershipId);
  return useMutation({ mutationFn: fn, onSuccess: async () => void (await after()) });
}

export function useCreateResult(partnershipId: string) {
  return useResultsMutation(partnershipId, (body: ResultCreateInput) => api.post<ResultDto>(`${base(partnershipId)}/results`, body));
}

export function useUpdateResult(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ id, ...body }: ResultPatchInput & { id: string }) =>
    api.patch<ResultDto>(`${base(partnershipId)}/results/${encodeURIComponent(id)}`, body),
  );
}

export function useMoveResult(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ id, ...body }: ResultMoveInput & { id: string }) =>
    api.post<ResultDto>(`${base(partnershipId)}/results/${encodeURIComponent(id)}/move`, body),
  );
}

export function useDeleteResult(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ id, version, confirm }: { id: string; version: number; confirm: boolean }) =>
    api.delete(`${base(partnershipId)}/results/${encodeURIComponent(id)}`, { version, confirm: confirm || undefined }),
  );
}

export function useCreateIndicator(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ resultId, ...body }: IndicatorCreateInput & { resultId: string }) =>
    api.post<IndicatorDto>(`${base(partnershipId)}/results/${encodeURIComponent(resultId)}/indicators`, body),
  );
}

export function useUpdateIndicator(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ id, ...body }: IndicatorPatchInput & { id: string }) =>
    api.patch<IndicatorDto>(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}`, body),
  );
}

export function useDeleteIndicator(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ id, version, confirm }: { id: string; version: number; confirm: boolean }) =>
    api.delete(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}`, { version, confirm: confirm || undefined }),
  );
}

/** Plain calls (not hooks) for the indicator form, which saves definition, baseline and targets in turn. */
export const indicatorCalls = (partnershipId: string) => ({
  create: (resultId: string, body: IndicatorCreateInput) =>
    api.post<IndicatorDto>(`${base(partnershipId)}/results/${encodeURIComponent(resultId)}/indicators`, body),
  update: (id: string, body: IndicatorPatchInput) => api.patch<IndicatorDto>(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}`, body),
  putBaseline: (id: string, body: BaselineInput) => api.put<IndicatorDto>(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}/baseline`, body),
  deleteBaseline: (id: string, version: number) =>
    api.delete<IndicatorDto>(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}/baseline`, { version }),
  putTargets: (id: string, body: TargetsInput) => api.put<IndicatorDto>(`${base(partnershipId)}/indicators/${encodeURIComponent(id)}/targets`, body),
  upload: (file: File) =>
    api.upload<DocumentDto>(`${base(partnershipId)}/documents`, file, { fileName: file.name, category: 'baseline_study' }),
});

/** Refreshes everything after the indicator form's calls. */
export function useRefreshResults(partnershipId: string) {
  return useAfterChange(partnershipId);
}

const valuePath = (partnershipId: string, indicatorId: string, year: number) =>
  `${base(partnershipId)}/indicators/${encodeURIComponent(indicatorId)}/values/${year}`;

export function useSaveValue(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ indicatorId, year, ...body }: ActualValueInput & { indicatorId: string; year: number }) =>
    api.put<ActualValueDto>(valuePath(partnershipId, indicatorId, year), body),
  );
}

export function useDeleteValue(partnershipId: string) {
  return useResultsMutation(partnershipId, ({ indicatorId, year, version }: { indicatorId: string; year: number; version: number }) =>
    api.delete(valuePath(partnershipId, indicatorId, year), { version }),
  );
}

export function useValueAction(partnershipId: string) {
  return useResultsMutation(
    partnershipId,
    ({ indicatorId, year, action, version, comment }: { indicatorId: string; year: number; action: ValueAction; version: number; comment?: string }) =>
      api.post<ActualValueDto>(`${valuePath(partnershipId, indicatorId, year)}/${action}`, comment === undefined ? { version } : { version, comment }),
  );
}

export const RESULTS_SETTINGS_KEY = ['programme', 'results-settings'] as const;

export function useResultsSettings() {
  return useQuery({
    queryKey: RESULTS_SETTINGS_KEY,
    queryFn: ({ signal }) => api.get<ResultsSettingsDto>('/api/programme/results-settings', undefined, signal),
  });
}

export function useSaveResultsSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResultsSettingsDto) => api.put<ResultsSettingsDto>('/api/programme/results-settings', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(RESULTS_SETTINGS_KEY, saved);
      // Every framework's warnings and progress depend on the settings.
      void queryClient.invalidateQueries({ queryKey: ['results'] });
    },
  });
}
