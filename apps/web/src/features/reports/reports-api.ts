import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type {
  AnnualReportDto,
  PartnershipReportsDto,
  ReportAction,
  ReportContent,
  ReportSavedDto,
  ReportSection,
  ReportVersionDto,
} from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: everything about annual reports starts with 'reports'. */
export const REPORTS_KEY = ['reports'] as const;
const enc = encodeURIComponent;
export const reportKey = (reportId: string) => [...REPORTS_KEY, 'one', reportId] as const;

export function usePartnershipReports(partnershipId: string) {
  return useQuery({
    queryKey: [...REPORTS_KEY, 'partnership', partnershipId],
    queryFn: ({ signal }) => api.get<PartnershipReportsDto>(`/api/partnerships/${enc(partnershipId)}/reports`, undefined, signal),
  });
}

export function useStartReport(partnershipId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (year: number) => api.post<AnnualReportDto>(`/api/partnerships/${enc(partnershipId)}/reports`, { year }),
    onSuccess: (report) => {
      queryClient.setQueryData(reportKey(report.id), report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'partnership', partnershipId] });
    },
  });
}

const getReport = (reportId: string, signal?: AbortSignal) => api.get<AnnualReportDto>(`/api/reports/${enc(reportId)}`, undefined, signal);

export function useReport(reportId: string) {
  return useQuery({
    queryKey: reportKey(reportId),
    queryFn: ({ signal }) => getReport(reportId, signal),
    // The editor holds its own copy of the content; a background refetch must not replace what is being typed.
    refetchOnWindowFocus: false,
  });
}

/** The report as the server holds it now, into the cache (after a conflict or a lock). */
export async function refreshReport(queryClient: QueryClient, reportId: string) {
  const latest = await getReport(reportId);
  queryClient.setQueryData(reportKey(reportId), latest);
  return latest;
}

/** One autosave; the editor calls it directly (it keeps its own queue and retries). */
export function saveReportContent(reportId: string, version: number, content: ReportContent) {
  return api.put<ReportSavedDto>(`/api/reports/${enc(reportId)}/content`, { version, content });
}

function useAfterReportChange(report: Pick<AnnualReportDto, 'id' | 'partnershipId'>) {
  const queryClient = useQueryClient();
  return (saved: AnnualReportDto) => {
    queryClient.setQueryData(reportKey(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'partnership', report.partnershipId] });
    void queryClient.invalidateQueries({ queryKey: [...REPORTS_KEY, 'versions', report.id] });
  };
}

export function useConfirmReport(report: AnnualReportDto) {
  const after = useAfterReportChange(report);
  // The version the coordinator read: confirming a text someone has changed since is refused (409).
  return useMutation({ mutationFn: () => api.post<AnnualReportDto>(`/api/reports/${enc(report.id)}/confirm`, { version: report.version }), onSuccess: after });
}

export interface ReportActionBody {
  version: number;
  message?: string;
  comments?: { section: ReportSection; comment: string }[];
}

export function useReportAction(report: AnnualReportDto) {
  const after = useAfterReportChange(report);
  return useMutation({
    mutationFn: ({ action, body }: { action: ReportAction; body: ReportActionBody }) =>
      api.post<AnnualReportDto>(`/api/reports/${enc(report.id)}/actions/${action}`, body),
    onSuccess: after,
  });
}

export function useSetAuditRequired(report: AnnualReportDto) {
  const after = useAfterReportChange(report);
  return useMutation({
    mutationFn: (required: boolean) => api.put<AnnualReportDto>(`/api/reports/${enc(report.id)}/audit-required`, { required, version: report.version }),
    onSuccess: after,
  });
}

export function useReportVersion(reportId: string, number: number | null) {
  return useQuery({
    queryKey: [...REPORTS_KEY, 'versions', reportId, number],
    queryFn: ({ signal }) => api.get<ReportVersionDto>(`/api/reports/${enc(reportId)}/versions/${number}`, undefined, signal),
    enabled: number !== null,
    staleTime: Infinity,
  });
}
