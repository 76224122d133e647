import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

/** What the platform holds about the signed-in person: a JSON file the browser downloads (a plain link). */
export const PERSONAL_DATA_URL = '/api/me/personal-data';

export interface AnonymiseResult {
  id: string;
  name: string;
  email: string;
  disabled: true;
  sessionsEnded: number;
  membershipsRemoved: number;
  invitationsWithdrawn: number;
}

export function useAnonymiseUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) => api.post<AnonymiseResult>(`/api/users/${encodeURIComponent(id)}/anonymise`, { reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['partnerships', 'detail'] });
    },
  });
}
