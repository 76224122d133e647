import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsolidatedReportDto, ProgrammeReportNarrative } from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: the consolidated report starts with 'consolidated'. */
export const CONSOLIDATED_KEY = ['consolidated'] as const;
const enc = encodeURIComponent;

export type ExportFormat = 'docx' | 'pdf' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'xlsx'];
export const EXPORT_LANGUAGES = ['en', 'nb'] as const;

export function useConsolidatedReport(funding: string, year: number) {
  return useQuery({
    queryKey: [...CONSOLIDATED_KEY, funding, year],
    queryFn: ({ signal }) => api.get<ConsolidatedReportDto>('/api/programme/consolidated-report', { funding, year }, signal),
    enabled: !!funding,
  });
}

export function useSaveNarrative(funding: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; narrative: ProgrammeReportNarrative }) =>
      api.put<ConsolidatedReportDto>(`/api/programme/consolidated-report/${enc(funding)}/${year}`, body),
    onSuccess: (saved) => queryClient.setQueryData([...CONSOLIDATED_KEY, funding, year], saved),
  });
}

/** The download: a plain link, so the browser saves the file with the session cookie. */
export const consolidatedFileUrl = (funding: string, year: number, format: ExportFormat, lang: string) =>
  `/api/programme/consolidated-report/${enc(funding)}/${year}.${format}?lang=${enc(lang)}`;
