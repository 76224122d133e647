import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicField, PublicationSettingsDto } from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: everything about what the public sees of a partnership starts with 'publication'. */
export const PUBLICATION_KEY = ['publication'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/publication`;

/** The partnership's page on the public portal. */
export const publicPageUrl = (partnershipId: string) => `/public/partnerships/${enc(partnershipId)}`;

export function usePublicationSettings(partnershipId: string) {
  return useQuery({
    queryKey: [...PUBLICATION_KEY, partnershipId],
    queryFn: ({ signal }) => api.get<PublicationSettingsDto>(base(partnershipId), undefined, signal),
    enabled: !!partnershipId,
  });
}

function useAfterPublicationChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved: PublicationSettingsDto) => {
    queryClient.setQueryData([...PUBLICATION_KEY, partnershipId], saved);
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
    // What is held back changes what the IATI check finds.
    void queryClient.invalidateQueries({ queryKey: ['iati', 'check'] });
  };
}

export function useSaveHiddenFields(partnershipId: string) {
  const after = useAfterPublicationChange(partnershipId);
  return useMutation({
    mutationFn: (body: { version: number; hidden: PublicField[] }) => api.put<PublicationSettingsDto>(base(partnershipId), body),
    onSuccess: after,
  });
}

export function usePublishDocument(partnershipId: string) {
  const after = useAfterPublicationChange(partnershipId);
  return useMutation({
    mutationFn: ({ documentId, published, version }: { documentId: string; published: boolean; version: number }) =>
      api.put<PublicationSettingsDto>(`/api/partnerships/${enc(partnershipId)}/documents/${enc(documentId)}/publication`, { published, version }),
    onSuccess: after,
  });
}
