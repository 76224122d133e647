import type { GlobalRole, Language, PartnershipRole } from '@mic/domain';

// The session shape of GET /api/auth/session (apps/server auth.contract.ts); not yet in api-types.ts.
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  language: Language;
  globalRole: GlobalRole | null;
  memberships: { partnershipId: string; role: PartnershipRole }[];
}

export interface SessionDto {
  user: SessionUser | null;
  csrfToken: string | null;
}
