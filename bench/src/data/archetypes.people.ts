import type { Actor, GlobalRole, PartnershipRole } from '@mic/domain';
import type { AppConfig } from '../../../apps/server/src/config';
import type { Db } from '../../../apps/server/src/db/client';
import * as sessionsRepo from '../../../apps/server/src/modules/auth/session.repository';
import { acceptInvitation, createInvitation } from '../../../apps/server/src/modules/invitations/invitations.service';
import * as usersRepo from '../../../apps/server/src/modules/users/users.repository';
import type { Person } from './archetypes.specs';

/** The invitation link's base: never followed, the token is taken from it in-process. */
const PUBLIC_URL = 'http://bench.mic.example';
const PASSWORD = 'bench-password-2026';

/** What the services that send mail need: no mail leaves (the outbox holds what would be sent). */
export const serviceContext = {
  config: { publicUrl: PUBLIC_URL } as AppConfig,
  mailer: { enabled: false, send: async () => {} },
};

/** The actor a signed-in user is, as the auth plugin builds it from the session. */
export async function actorOf(db: Db, email: string): Promise<Actor> {
  const row = await usersRepo.findUserByEmail(db, email);
  if (!row) throw new Error(`archetypes: no user ${email} (is the demo programme loaded?)`);
  const ms = await sessionsRepo.membershipsOf(db, row.id);
  return {
    userId: row.id,
    email: row.email,
    name: row.name,
    language: row.language,
    globalRole: (row.globalRole as GlobalRole | null) ?? null,
    memberships: Object.fromEntries(ms.map((m) => [m.partnershipId, m.role as PartnershipRole])),
  };
}

/**
 * A coordinator joins the way a real one does: the programme office invites them to the partnership
 * with their role, and they accept the invitation (account, membership and audit entries in one go).
 */
export async function inviteCoordinator(db: Db, office: Actor, person: Person, partnershipId: string, role: PartnershipRole, now: Date): Promise<Actor> {
  const invitation = await createInvitation(
    { db, ...serviceContext },
    office,
    { email: person.email, name: person.name, language: person.language, partnershipId, partnershipRole: role },
    now,
  );
  const token = invitation.link!.split('/').pop()!;
  await acceptInvitation(db, token, { password: PASSWORD }, now);
  return actorOf(db, person.email);
}
