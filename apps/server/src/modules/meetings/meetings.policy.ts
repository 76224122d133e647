import { isProgrammeOffice, roleIn, type Actor } from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with annual meetings: everyone who sees the partnership reads them; its two
 * coordinators and the programme office record and correct them; a meeting is removed by the
 * programme office or by the one who recorded it (while still a coordinator).
 */
export function mayReadMeetings(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

export function mayWriteMeetings(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return isProgrammeOffice(actor) || role === 'home_coordinator' || role === 'partner_coordinator';
}

export function mayDeleteMeeting(actor: Actor, partnershipId: string, createdBy: string | null): boolean {
  return isProgrammeOffice(actor) || (createdBy === actor.userId && mayWriteMeetings(actor, partnershipId));
}
