import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { SessionDto } from '../../api/session-types';
import { applySession, SESSION_KEY } from './session';

export interface InvitationPreview {
  email: string;
  name: string;
  language: string;
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get<InvitationPreview>(`/api/invitations/token/${encodeURIComponent(token)}`),
    staleTime: Infinity,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { password: string; name?: string }) =>
      api.post<SessionDto>(`/api/invitations/token/${encodeURIComponent(token)}/accept`, body),
    onSuccess: (session) => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      applySession(queryClient, session);
    },
  });
}
