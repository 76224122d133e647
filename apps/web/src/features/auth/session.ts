import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { GlobalRole } from '@mic/domain';
import { api, setCsrfToken } from '../../api/client';
import type { SessionDto, SessionUser } from '../../api/session-types';

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionDto> {
  const session = await api.get<SessionDto>('/api/auth/session');
  setCsrfToken(session.csrfToken);
  return session;
}

export function useSession() {
  return useQuery<SessionState>({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity });
}

/** The signed-in user, or null. Only meaningful below the App's session gate. */
export function useCurrentUser(): SessionUser | null {
  return useSession().data?.user ?? null;
}

/** Stores a session answer (login, invitation acceptance, language change). */
export function applySession(queryClient: QueryClient, session: SessionDto) {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(SESSION_KEY, session);
}

/** The session as the app keeps it: whether it ended because the user chose to sign out. */
export type SessionState = SessionDto & { signedOutByUser?: boolean };

export function signedOut(queryClient: QueryClient, byUser = false) {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData<SessionState>(SESSION_KEY, { user: null, csrfToken: null, signedOutByUser: byUser });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post<SessionDto>('/api/auth/login', body),
    onSuccess: (session) => {
      // Whatever was cached belonged to the previous visitor.
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
      applySession(queryClient, session);
    },
  });
}

/** Signs out on the server, then goes to the sign-in page and forgets the session here. */
export function useSignOut(goToSignIn: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      goToSignIn();
      signedOut(queryClient, true);
    },
  });
}

/** Ends every session of the user on the server (this one too), then goes to the sign-in page. */
export function useSignOutEverywhere(goToSignIn: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout-all'),
    onSuccess: () => {
      goToSignIn();
      signedOut(queryClient, true);
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post<void>('/api/auth/password', body),
  });
}

export function hasRole(user: SessionUser | null, ...roles: GlobalRole[]): boolean {
  return !!user?.globalRole && roles.includes(user.globalRole);
}

export const isAdminUser = (user: SessionUser | null) => hasRole(user, 'admin');
export const isProgrammeOfficeUser = (user: SessionUser | null) => hasRole(user, 'admin', 'programme_officer');
