export const GLOBAL_ROLES = ['admin', 'programme_officer', 'donor_viewer'] as const;
export type GlobalRole = (typeof GLOBAL_ROLES)[number];

export const PARTNERSHIP_ROLES = ['home_coordinator', 'partner_coordinator', 'auditor', 'viewer'] as const;
export type PartnershipRole = (typeof PARTNERSHIP_ROLES)[number];

/** Who is asking: a signed-in user with one optional programme-wide role and roles per partnership. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  language: string;
  globalRole: GlobalRole | null;
  /** partnershipId -> role */
  memberships: Record<string, PartnershipRole>;
}

/** Programme-wide readers see every partnership. */
export function seesWholeProgramme(actor: Actor): boolean {
  return actor.globalRole !== null;
}

export function roleIn(actor: Actor, partnershipId: string): PartnershipRole | null {
  return actor.memberships[partnershipId] ?? null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.globalRole === 'admin';
}

export function isProgrammeOffice(actor: Actor): boolean {
  return actor.globalRole === 'admin' || actor.globalRole === 'programme_officer';
}

export const PASSWORD_MIN_LENGTH = 10;

/** A password is long enough and not only one repeated character. */
export function isStrongEnough(password: string): boolean {
  return password.length >= PASSWORD_MIN_LENGTH && new Set(password).size >= 4;
}
