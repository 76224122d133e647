import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { CommentDto, Page } from '@mic/domain';
import { api } from '../../api/client';
import { resultsKey } from './results-api';

/** What a comment in the results framework is about. */
export type CommentTarget = 'result' | 'indicator' | 'indicator_value';

export const COMMENTS_PAGE_SIZE = 10;

const commentsKey = (partnershipId: string, entityType: CommentTarget, entityId: string) =>
  [...resultsKey(partnershipId), 'comments', entityType, entityId] as const;

/** The comments on one result, indicator or value, oldest first, a page at a time. */
export function useComments(partnershipId: string, entityType: CommentTarget, entityId: string) {
  return useInfiniteQuery({
    queryKey: commentsKey(partnershipId, entityType, entityId),
    queryFn: ({ pageParam, signal }) =>
      api.get<Page<CommentDto>>(
        `/api/partnerships/${encodeURIComponent(partnershipId)}/comments`,
        { entityType, entityId, page: pageParam, pageSize: COMMENTS_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page * last.pageSize < last.total ? last.page + 1 : undefined),
  });
}

export function useAddComment(partnershipId: string, entityType: CommentTarget, entityId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<CommentDto>(`/api/partnerships/${encodeURIComponent(partnershipId)}/comments`, { entityType, entityId, body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: commentsKey(partnershipId, entityType, entityId) }),
        queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] }),
      ]),
  });
}
