import { isProgrammeOffice, roleIn, type Actor, type PartnershipRole } from '@mic/domain';

/** Who may remark on a partnership's work: the programme office, both coordinators and its auditor. */
const COMMENTING_ROLES: readonly PartnershipRole[] = ['home_coordinator', 'partner_coordinator', 'auditor'];

export function mayComment(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return isProgrammeOffice(actor) || (role !== null && COMMENTING_ROLES.includes(role));
}
