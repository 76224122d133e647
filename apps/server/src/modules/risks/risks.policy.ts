import { isAdmin, roleIn, seesWholeProgramme, type Actor, type PartnershipRole, type PartnershipStatus, type RiskCan } from '@mic/domain';
import { mayComment } from '../comments/comments.policy';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with risks. The partnership's two coordinators keep its register; the programme
 * office reads every register and comments; auditors, viewers and donor viewers read.
 */
const EDITING_ROLES: readonly PartnershipRole[] = ['home_coordinator', 'partner_coordinator'];

export function mayReadRisks(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

/** Keeping the register: the coordinators only (the programme office comments instead). */
export function mayWriteRisks(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return role !== null && EDITING_ROLES.includes(role);
}

/** Writing also needs the partnership to be open: a closed one is kept as it was. */
export function mayEditRisks(actor: Actor, partnershipId: string, status: PartnershipStatus | string): boolean {
  return status !== 'closed' && mayWriteRisks(actor, partnershipId);
}

/** The programme-wide view: the programme office and the donors' viewers. */
export function mayReadProgrammeRisks(actor: Actor): boolean {
  return seesWholeProgramme(actor);
}

export function mayEditRiskSettings(actor: Actor): boolean {
  return isAdmin(actor);
}

export function riskCan(actor: Actor, partnershipId: string, status: PartnershipStatus | string): RiskCan {
  const edit = mayEditRisks(actor, partnershipId, status);
  return { edit, markComplete: edit, comment: mayComment(actor, partnershipId), export: mayReadRisks(actor, partnershipId) };
}
