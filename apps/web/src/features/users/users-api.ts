import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { GlobalRole, InvitationDto, Page, PartnershipRole, UserDto } from '@mic/domain';
import { DEFAULT_PAGE_SIZE } from '@mic/domain';
import { api } from '../../api/client';

export interface UserFilters {
  search?: string;
  role?: string;
  page?: number;
}

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: ['users', 'list', filters],
    queryFn: ({ signal }) => api.get<Page<UserDto>>('/api/users', { ...filters, pageSize: DEFAULT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

function useUserChanged() {
  const queryClient = useQueryClient();
  return (_user: UserDto) => {
    void queryClient.invalidateQueries({ queryKey: ['users'] });
    // Memberships show on partnership pages too.
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'detail'] });
  };
}

export function useUpdateUser() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; globalRole?: GlobalRole | null; disabled?: boolean; name?: string }) =>
      api.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, body),
    onSuccess: changed,
  });
}

export function useSetMembership() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: ({ userId, partnershipId, role }: { userId: string; partnershipId: string; role: PartnershipRole }) =>
      api.put<UserDto>(`/api/users/${encodeURIComponent(userId)}/memberships/${encodeURIComponent(partnershipId)}`, { role }),
    onSuccess: changed,
  });
}

export function useRemoveMembership() {
  const changed = useUserChanged();
  return useMutation({
    mutationFn: ({ userId, partnershipId }: { userId: string; partnershipId: string }) =>
      api.delete<UserDto>(`/api/users/${encodeURIComponent(userId)}/memberships/${encodeURIComponent(partnershipId)}`),
    onSuccess: changed,
  });
}

export function useInvitations(page: number) {
  return useQuery({
    queryKey: ['invitations', page],
    queryFn: () => api.get<Page<InvitationDto>>('/api/invitations', { page, pageSize: DEFAULT_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export interface InvitationInput {
  email: string;
  name: string;
  language: string;
  globalRole?: GlobalRole;
  partnershipId?: string;
  partnershipRole?: PartnershipRole;
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InvitationInput) => api.post<InvitationDto>('/api/invitations', body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/invitations/${encodeURIComponent(id)}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['invitations'] }),
  });
}
