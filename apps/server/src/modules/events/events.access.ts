import type { FastifyRequest } from 'fastify';
import { DomainError, type Actor } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { requireActor } from '../../plugins/auth';
import { mayManageEvents, mayRegister, mayView, type EventAccessFacts } from './events.policy';
import * as repo from './events.repository';
import { findRegistration } from './events-registrations.repository';

/**
 * Route guards, run before the body or query is validated. An event the caller may not see answers
 * exactly like an unknown (or malformed) id: 404. Seen but not theirs to do: 403.
 */
async function factsOf(db: Executor, actor: Actor, eventId: string): Promise<EventAccessFacts | null> {
  if (!isUuid(eventId)) return null;
  const [exists, invited, registration] = await Promise.all([
    repo.eventExists(db, eventId),
    repo.invitationIds(db, eventId),
    findRegistration(db, eventId, actor.userId),
  ]);
  return exists ? { invitedPartnershipIds: invited, registered: registration !== null } : null;
}

function eventIdOf(request: FastifyRequest): string {
  return (request.params as { id?: string }).id ?? '';
}

export function eventGuards(db: Executor) {
  /** Only the programme office, whatever the event (or body). */
  async function canManageEvents(request: FastifyRequest) {
    if (!mayManageEvents(requireActor(request))) throw new DomainError('FORBIDDEN');
  }

  /** Sees the event and may act on it by `allowed`. */
  const seeing = (allowed: (actor: Actor, facts: EventAccessFacts) => boolean) => async (request: FastifyRequest) => {
    const actor = requireActor(request);
    const facts = await factsOf(db, actor, eventIdOf(request));
    if (!facts || !mayView(actor, facts)) throw new DomainError('NOT_FOUND');
    if (!allowed(actor, facts)) throw new DomainError('FORBIDDEN');
  };

  return {
    canManageEvents,
    /** Registering and taking a registration back: members of invited partnerships and the programme office (or the registered). */
    canRegister: seeing((actor, facts) => mayRegister(actor, facts) || facts.registered),
    canSeeParticipants: seeing((actor) => mayManageEvents(actor)),
  };
}
