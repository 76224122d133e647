import { isLanguage, type Actor } from '@mic/domain';
import type { SessionResponse } from './auth.contract';

export function presentSession(actor: Actor | null, csrfToken: string | null): SessionResponse {
  if (!actor) return { user: null, csrfToken: null };
  return {
    user: {
      id: actor.userId,
      email: actor.email,
      name: actor.name,
      language: isLanguage(actor.language) ? actor.language : 'en',
      globalRole: actor.globalRole,
      memberships: Object.entries(actor.memberships).map(([partnershipId, role]) => ({ partnershipId, role })),
    },
    csrfToken,
  };
}
