import { Navigate, Outlet, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import type { GlobalRole } from '@mic/domain';
import { hasRole, useCurrentUser, useSession } from './session';
import { NotFoundPage } from '../layout/NotFoundPage';

/** Sends a visitor who is not signed in to the sign-in page, remembering where they were going. */
export function RequireAuth() {
  const session = useSession().data;
  const location = useLocation();
  if (!session?.user) {
    // After choosing to sign out there is nowhere to come back to; after an expired session there is.
    const state = session?.signedOutByUser ? null : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return <Outlet />;
}

/** Pages for some programme-wide roles only; others see "not found", as the API answers them. */
export function RequireRole({ roles, children }: { roles: GlobalRole[]; children?: ReactNode }) {
  const user = useCurrentUser();
  if (!hasRole(user, ...roles)) return <NotFoundPage />;
  return children ?? <Outlet />;
}
