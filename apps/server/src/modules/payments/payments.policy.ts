import { isProgrammeOffice, seesWholeProgramme, type Actor } from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with the programme's money: the programme office (and the administrator) and the
 * donors' viewers read the funds and the payments plan; only the office records funds and acts on
 * instalments. A partnership's grants and instalments are read by everyone who sees the partnership.
 */
export function mayReadFunds(actor: Actor): boolean {
  return seesWholeProgramme(actor);
}

export function mayManagePayments(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

export function mayReadPayments(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}
