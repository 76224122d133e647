import { isProgrammeOffice, seesWholeProgramme, type Actor } from '@mic/domain';

/**
 * Who may do what with events. The programme office creates, changes and deletes them and sees who
 * registered; the programme-wide readers (office, donor viewer) see every event; everyone else sees
 * the events their partnerships are invited to and those they registered for. Any member of an
 * invited partnership, and the programme office, may register.
 */
export function mayManageEvents(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

export function seesAllEvents(actor: Actor): boolean {
  return seesWholeProgramme(actor);
}

/** What the actor knows of one event: the invited partnerships and whether they registered. */
export interface EventAccessFacts {
  invitedPartnershipIds: readonly string[];
  registered: boolean;
}

/** The invited partnerships the actor is a member of, in the order given. */
export function ownInvitations(actor: Actor, facts: EventAccessFacts): string[] {
  return facts.invitedPartnershipIds.filter((id) => actor.memberships[id] !== undefined);
}

export function mayView(actor: Actor, facts: EventAccessFacts): boolean {
  return seesAllEvents(actor) || facts.registered || ownInvitations(actor, facts).length > 0;
}

/** Allowed to register at all (whether registration is still open is the event's state). */
export function mayRegister(actor: Actor, facts: EventAccessFacts): boolean {
  return mayManageEvents(actor) || ownInvitations(actor, facts).length > 0;
}
