import { isProgrammeOffice, type Actor, type AgreementParty } from '@mic/domain';
import { coordinatorSide } from '../applications/applications.policy';
import { mayView } from '../partnerships/partnerships.policy';

/**
 * Who may do what with the agreement: everyone who sees the partnership reads it; the programme office
 * records all three signatures and the amendments; a coordinator records their own municipality's side.
 */
export function mayReadAgreement(actor: Actor, partnershipId: string): boolean {
  return mayView(actor, partnershipId);
}

/** The parties whose signature the actor may record. */
export function signableParties(actor: Actor, partnershipId: string): AgreementParty[] {
  if (isProgrammeOffice(actor)) return ['home', 'partner', 'ks'];
  const side = coordinatorSide(actor, partnershipId);
  return side ? [side] : [];
}

export function mayRecordSignatures(actor: Actor, partnershipId: string): boolean {
  return signableParties(actor, partnershipId).length > 0;
}

export function mayAmend(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

/** The templates are programme configuration: the programme office reads and writes them. */
export function mayEditTemplates(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}
