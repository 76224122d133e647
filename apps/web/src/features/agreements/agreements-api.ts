import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgreementAmendmentInput, AgreementDto, AgreementLanguage, AgreementSignaturesInput, AgreementTemplateDto } from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: everything about agreements starts with 'agreements'. */
export const AGREEMENTS_KEY = ['agreements'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/agreement`;

/** The downloads: plain links, so the browser saves the attachment with the session cookie. */
export const agreementFileUrl = (partnershipId: string, format: 'docx' | 'pdf', language: string) => `${base(partnershipId)}.${format}?language=${enc(language)}`;

export function useAgreement(partnershipId: string) {
  return useQuery({
    queryKey: [...AGREEMENTS_KEY, partnershipId],
    queryFn: ({ signal }) => api.get<AgreementDto>(base(partnershipId), undefined, signal),
  });
}

function useAfterChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (agreement: AgreementDto) => {
    queryClient.setQueryData([...AGREEMENTS_KEY, partnershipId], agreement);
    // Signing may make the partnership active; its page and history change too.
    void queryClient.invalidateQueries({ queryKey: ['partnerships'] });
  };
}

export function useRecordSignatures(partnershipId: string) {
  const after = useAfterChange(partnershipId);
  return useMutation({
    mutationFn: (body: AgreementSignaturesInput) => api.put<AgreementDto>(`${base(partnershipId)}/signatures`, body),
    onSuccess: after,
  });
}

export function useAddAmendment(partnershipId: string) {
  const after = useAfterChange(partnershipId);
  return useMutation({
    mutationFn: (body: AgreementAmendmentInput) => api.post<AgreementDto>(`${base(partnershipId)}/amendments`, body),
    onSuccess: after,
  });
}

/** The agreement templates: programme configuration, one per language, read and written by the office. */
const templatePath = (language: AgreementLanguage) => `/api/programme/agreement-templates/${enc(language)}`;
const templateKey = (language: AgreementLanguage) => [...AGREEMENTS_KEY, 'template', language] as const;

export function useAgreementTemplate(language: AgreementLanguage) {
  return useQuery({
    queryKey: templateKey(language),
    queryFn: ({ signal }) => api.get<AgreementTemplateDto>(templatePath(language), undefined, signal),
  });
}

export type AgreementTemplateInput = Pick<AgreementTemplateDto, 'title' | 'sections' | 'version'>;

export function useSaveAgreementTemplate(language: AgreementLanguage) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AgreementTemplateInput) => api.put<AgreementTemplateDto>(templatePath(language), body),
    onSuccess: (template) => queryClient.setQueryData(templateKey(language), template),
  });
}
