import { isProgrammeOffice, roleIn, type Actor } from '@mic/domain';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with work plans and budgets: everyone who sees the partnership reads them; its two
 * coordinators and the programme office write them; only the programme office approves them and
 * sets the programme's budget rules.
 */
export function mayReadBudget(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

export function mayWriteBudget(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return isProgrammeOffice(actor) || role === 'home_coordinator' || role === 'partner_coordinator';
}

export function mayApproveBudget(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

export function mayEditBudgetRules(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}
