import { DomainError, type Actor } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { RegistrationBody } from './events.contract';
import { mayRegister, mayView, ownInvitations, type EventAccessFacts } from './events.policy';
import * as repo from './events.repository';
import * as registrations from './events-registrations.repository';
import { registrationOpen } from './events.rules';

/**
 * What the actor may do with the event's registration, inside the transaction: the event is
 * share-locked (it cannot be changed or deleted meanwhile). Not allowed to see it: 404; allowed to
 * see it but not to register (the donor viewer): 403.
 */
async function openRegistration(tx: Executor, actor: Actor, eventId: string) {
  const event = isUuid(eventId) ? await repo.lockEvent(tx, eventId, 'share') : null;
  if (!event) throw new DomainError('NOT_FOUND');
  // One connection per transaction: the queries run one after the other.
  const invited = await repo.invitedPartnerships(tx, eventId);
  const existing = await registrations.findRegistration(tx, eventId, actor.userId);
  const facts: EventAccessFacts = { invitedPartnershipIds: invited.map((p) => p.id), registered: existing !== null };
  if (!mayView(actor, facts)) throw new DomainError('NOT_FOUND');
  return { event, facts, existing };
}

/**
 * Registers the actor for the event, for the invited partnership they belong to (`partnershipId`
 * chooses when they are in several; by default the first by title; none for the programme office
 * outside the invited ones). Registering again changes nothing. Answers whether a registration was made.
 */
export async function register(db: Db, actor: Actor, eventId: string, body: Partial<RegistrationBody>, today: string): Promise<{ created: boolean }> {
  return db.transaction(async (tx) => {
    const { event, facts, existing } = await openRegistration(tx, actor, eventId);
    if (!mayRegister(actor, facts) && !existing) throw new DomainError('FORBIDDEN');
    if (!registrationOpen(event, today)) throw new DomainError('EVENT_REGISTRATION_CLOSED');
    if (existing) return { created: false };
    const own = ownInvitations(actor, facts);
    if (body.partnershipId && !own.includes(body.partnershipId)) {
      DomainError.throwIfAny([{ code: 'VALIDATION_FAILED', field: 'partnershipId' }]);
    }
    const partnershipId = body.partnershipId ?? own[0] ?? null;
    const row = await registrations.insertRegistration(tx, { eventId, userId: actor.userId, partnershipId, note: body.note ?? null });
    if (!row) return { created: false };
    await recordChange(tx, actor, {
      action: 'event.registered',
      entityType: 'event',
      entityId: eventId,
      partnershipId,
      before: null,
      after: { userId: actor.userId, userName: actor.name, partnershipId, note: row.note },
    });
    return { created: true };
  });
}

/** Takes back the actor's own registration while registration is open; without one, nothing happens. */
export async function unregister(db: Db, actor: Actor, eventId: string, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { event, facts, existing } = await openRegistration(tx, actor, eventId);
    if (!existing) {
      if (!mayRegister(actor, facts)) throw new DomainError('FORBIDDEN');
      return;
    }
    if (!registrationOpen(event, today)) throw new DomainError('EVENT_REGISTRATION_CLOSED');
    await registrations.deleteRegistration(tx, eventId, actor.userId);
    await recordChange(tx, actor, {
      action: 'event.unregistered',
      entityType: 'event',
      entityId: eventId,
      partnershipId: existing.partnershipId,
      before: { userId: actor.userId, userName: actor.name, partnershipId: existing.partnershipId, note: existing.note },
      after: null,
    });
  });
}
