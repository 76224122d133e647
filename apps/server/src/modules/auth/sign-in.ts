import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, GlobalRole, PartnershipRole } from '@mic/domain';
import type { Db } from '../../db/client';
import type { UserRow } from '../users/users.repository';
import { presentSession } from './auth.present';
import * as sessionsRepo from './session.repository';

/**
 * Starts a new session for a user who has just proved who they are (password or invitation), ending
 * whatever session this browser had, and answers with the session as GET /api/auth/session does.
 */
export async function signInUser(app: FastifyInstance, db: Db, request: FastifyRequest, reply: FastifyReply, user: UserRow) {
  if (request.session) await sessionsRepo.deleteSession(db, request.session.id);
  const session = await app.startSession(reply, user.id);
  const memberships = await sessionsRepo.membershipsOf(db, user.id);
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    language: user.language,
    globalRole: user.globalRole as GlobalRole | null,
    memberships: Object.fromEntries(memberships.map((m) => [m.partnershipId, m.role as PartnershipRole])),
  };
  return presentSession(actor, session.csrfToken);
}
