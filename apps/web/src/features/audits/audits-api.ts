import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AuditDto, AuditFinding, AuditOpinion } from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: everything about audits starts with 'audits'. */
export const AUDITS_KEY = ['audits'] as const;
const enc = encodeURIComponent;
const list = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/audits`;

/** What the audit form sends (PUT adds the version, POST the year). */
export interface AuditInput {
  firm: string;
  auditorName: string;
  periodStart: string | null;
  periodEnd: string | null;
  standard: string;
  opinion: AuditOpinion | null;
  reasonableAssurance: boolean;
  termsKept: boolean;
  reportDocumentId: string | null;
  managementLetterDocumentId: string | null;
  findings: AuditFinding[];
}

export function useAudits(partnershipId: string) {
  return useQuery({
    queryKey: [...AUDITS_KEY, 'list', partnershipId],
    queryFn: ({ signal }) => api.get<{ items: AuditDto[] }>(list(partnershipId), undefined, signal),
  });
}

export function useAudit(auditId: string) {
  return useQuery({
    queryKey: [...AUDITS_KEY, 'one', auditId],
    queryFn: ({ signal }) => api.get<AuditDto>(`/api/audits/${enc(auditId)}`, undefined, signal),
  });
}

/** An audit changes the flags on the money pages and what a report may be accepted with: those are fetched again. */
function useAfterAuditChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved: AuditDto) => {
    queryClient.setQueryData([...AUDITS_KEY, 'one', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: [...AUDITS_KEY, 'list', partnershipId] });
    for (const key of ['payments', 'budget', 'reports', 'consolidated']) void queryClient.invalidateQueries({ queryKey: [key] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

export function useCreateAudit(partnershipId: string) {
  const after = useAfterAuditChange(partnershipId);
  return useMutation({
    mutationFn: (body: AuditInput & { year: number }) => api.post<AuditDto>(list(partnershipId), body),
    onSuccess: after,
  });
}

export function useUpdateAudit(partnershipId: string, auditId: string) {
  const after = useAfterAuditChange(partnershipId);
  return useMutation({
    mutationFn: (body: AuditInput & { version: number }) => api.put<AuditDto>(`/api/audits/${enc(auditId)}`, body),
    onSuccess: after,
  });
}
