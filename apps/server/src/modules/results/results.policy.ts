import { AUDITOR_DOCUMENT_CATEGORIES, approverSideOf, isProgrammeOffice, roleIn, type Actor, type DocumentCategory, type PartnershipStatus, type ResultOwner, type ResultsCapabilities } from '@mic/domain';
import { mayComment } from '../comments/comments.policy';
import { mayWrite } from '../partnerships/partnerships.policy';

/**
 * Who may do what in a results framework. The framework belongs to the partnership: both coordinators
 * edit it; the partner coordinator approves the values of the partner's (and both's) results, the home
 * coordinator the home's; the programme office approves all and comments, but does not edit.
 */
export function mayEditResults(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return role === 'home_coordinator' || role === 'partner_coordinator';
}

export function mayApproveSide(actor: Actor, partnershipId: string, side: 'partner' | 'home'): boolean {
  if (isProgrammeOffice(actor)) return true;
  const role = roleIn(actor, partnershipId);
  return side === 'partner' ? role === 'partner_coordinator' : role === 'home_coordinator';
}

export function mayApproveValuesOf(actor: Actor, partnershipId: string, owner: ResultOwner): boolean {
  return mayApproveSide(actor, partnershipId, approverSideOf(owner));
}

/** Whether the actor approves values on either side (the route guard; the side is checked on the value). */
export function mayApproveAny(actor: Actor, partnershipId: string): boolean {
  return mayApproveSide(actor, partnershipId, 'partner') || mayApproveSide(actor, partnershipId, 'home');
}

/** Documents are uploaded by those who write to the partnership: its coordinators and the programme office. */
export function mayUploadDocuments(actor: Actor, partnershipId: string): boolean {
  return mayWrite(actor, partnershipId);
}

/** Whether the caller may upload (or correct) a document of this category: writers any, the partnership's auditor the audit's own. */
export function mayUploadDocumentOf(actor: Actor, partnershipId: string, category: DocumentCategory): boolean {
  return mayUploadDocuments(actor, partnershipId) || (roleIn(actor, partnershipId) === 'auditor' && AUDITOR_DOCUMENT_CATEGORIES.includes(category));
}

/** Before the body is read: may upload documents of at least one category. */
export function mayUploadSomeDocument(actor: Actor, partnershipId: string): boolean {
  return mayUploadDocuments(actor, partnershipId) || roleIn(actor, partnershipId) === 'auditor';
}

/** What the framework page may offer; nothing changes in a closed partnership. */
export function resultsCapabilities(actor: Actor, partnershipId: string, status: PartnershipStatus): ResultsCapabilities {
  const open = status !== 'closed';
  return {
    edit: open && mayEditResults(actor, partnershipId),
    approvePartnerValues: open && mayApproveSide(actor, partnershipId, 'partner'),
    approveHomeValues: open && mayApproveSide(actor, partnershipId, 'home'),
    comment: mayComment(actor, partnershipId),
    uploadDocuments: open && mayUploadDocuments(actor, partnershipId),
  };
}
