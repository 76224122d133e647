import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type DocumentCategory, type DocumentDto, type MunicipalitySide, type Page } from '@mic/domain';
import { api, type Query } from '../../api/client';

/** Query keys: everything about a partnership's documents starts with 'documents'. */
export const DOCUMENTS_KEY = ['documents'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/documents`;

/** The download: a plain link, so the browser saves the attachment with the session cookie. */
export const documentContentUrl = (partnershipId: string, documentId: string) => `${base(partnershipId)}/${enc(documentId)}/content`;

export interface DocumentFilters {
  category?: string;
}

/** What describes a document besides its bytes; empty values are left out of the upload's query. */
export interface DocumentMetadata {
  category: DocumentCategory;
  language: string | null;
  documentDate: string | null;
  side: MunicipalitySide | null;
}

export function useDocuments(partnershipId: string, filters: DocumentFilters = {}, page = 1, pageSize = DEFAULT_PAGE_SIZE) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'list', partnershipId, filters, page, pageSize],
    queryFn: ({ signal }) => api.get<Page<DocumentDto>>(base(partnershipId), { ...filters, page, pageSize } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every version of a document, newest first; fetched when its history is opened. */
export function useDocumentVersions(partnershipId: string, documentId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...DOCUMENTS_KEY, 'versions', partnershipId, documentId],
    queryFn: async ({ signal }) => {
      // A hundred versions of one document is more than a partnership keeps; the list stays bounded.
      const answer = await api.get<Page<DocumentDto>>(`${base(partnershipId)}/${enc(documentId)}/versions`, { pageSize: MAX_PAGE_SIZE }, signal);
      return answer.items;
    },
    enabled,
  });
}

function useAfterDocumentChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, 'list', partnershipId] });
    void queryClient.invalidateQueries({ queryKey: [...DOCUMENTS_KEY, 'versions', partnershipId] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

const metadataQuery = (m: Partial<DocumentMetadata>): Query => ({ category: m.category, language: m.language, documentDate: m.documentDate, side: m.side });

export function useUploadDocument(partnershipId: string) {
  const after = useAfterDocumentChange(partnershipId);
  return useMutation({
    mutationFn: ({ file, metadata }: { file: File; metadata: DocumentMetadata }) =>
      api.upload<DocumentDto>(base(partnershipId), file, { fileName: file.name, ...metadataQuery(metadata) }),
    onSuccess: after,
  });
}

/** A new version of a document: same category and side; the earlier one stays in its history. */
export function useReplaceDocument(partnershipId: string, documentId: string) {
  const after = useAfterDocumentChange(partnershipId);
  return useMutation({
    mutationFn: (file: File) => api.upload<DocumentDto>(`${base(partnershipId)}/${enc(documentId)}/versions`, file, { fileName: file.name }),
    onSuccess: after,
  });
}

export function useUpdateDocument(partnershipId: string, documentId: string) {
  const after = useAfterDocumentChange(partnershipId);
  return useMutation({
    mutationFn: (body: DocumentMetadata & { metadataVersion?: number }) => api.patch<DocumentDto>(`${base(partnershipId)}/${enc(documentId)}`, body),
    onSuccess: after,
  });
}
