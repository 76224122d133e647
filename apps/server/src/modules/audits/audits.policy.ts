import { isProgrammeOffice, roleIn, type Actor } from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with audits: the partnership's auditor and the programme office record them;
 * everyone who sees the partnership reads them (its coordinators, viewers, donor viewers…).
 */
export function mayReadAudits(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

export function mayWriteAudits(actor: Actor, partnershipId: string): boolean {
  return isProgrammeOffice(actor) || roleIn(actor, partnershipId) === 'auditor';
}
