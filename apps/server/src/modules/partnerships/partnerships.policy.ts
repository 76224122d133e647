import {
  AUDITOR_DOCUMENT_CATEGORIES,
  DOCUMENT_CATEGORIES,
  PARTNERSHIP_TRANSITIONS,
  isAdmin,
  isProgrammeOffice,
  roleIn,
  seesWholeProgramme,
  type Actor,
  type DocumentCategory,
  type PartnershipRole,
  type PartnershipStatus,
} from '@mic/domain';

/** The roles in a partnership that may change it. Auditors and viewers only read. */
const EDITING_ROLES: readonly PartnershipRole[] = ['home_coordinator', 'partner_coordinator'];

/**
 * Who may make which status change, as data: the coordinators submit a draft or withdraw an
 * application; the programme office makes every change the state machine allows.
 */
const COORDINATOR_STATUS_CHANGES: Partial<Record<PartnershipStatus, readonly PartnershipStatus[]>> = {
  draft: ['applied'],
  applied: ['draft'],
};

/** Programme-wide roles see every partnership; everyone else only those they are a member of. */
export function mayView(actor: Actor, partnershipId: string): boolean {
  return seesWholeProgramme(actor) || roleIn(actor, partnershipId) !== null;
}

export function mayCreate(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

function isCoordinator(actor: Actor, partnershipId: string): boolean {
  const role = roleIn(actor, partnershipId);
  return role !== null && EDITING_ROLES.includes(role);
}

/** Whether the actor may write to the partnership at all (edit it, change its status). */
export function mayWrite(actor: Actor, partnershipId: string): boolean {
  return isProgrammeOffice(actor) || isCoordinator(actor, partnershipId);
}

/** Editing also needs the partnership to be open: a closed one is kept as it was. */
export function mayEdit(actor: Actor, partnershipId: string, status: PartnershipStatus): boolean {
  return status !== 'closed' && mayWrite(actor, partnershipId);
}

export function mayChangeStatus(actor: Actor, partnershipId: string, from: PartnershipStatus, to: PartnershipStatus): boolean {
  if (!PARTNERSHIP_TRANSITIONS[from].includes(to)) return false;
  if (isProgrammeOffice(actor)) return true;
  return isCoordinator(actor, partnershipId) && (COORDINATOR_STATUS_CHANGES[from] ?? []).includes(to);
}

/** The statuses the actor may move the partnership to from where it is. */
export function statusChangesFor(actor: Actor, partnershipId: string, from: PartnershipStatus): PartnershipStatus[] {
  return PARTNERSHIP_TRANSITIONS[from].filter((to) => mayChangeStatus(actor, partnershipId, from, to));
}

/** Memberships are kept by administrators (PUT /api/users/:id/memberships/:partnershipId). */
export function mayManageMembers(actor: Actor): boolean {
  return isAdmin(actor);
}

/** Document categories the caller may upload: a writer any, the partnership's auditor the audit's own; none once closed. */
export function uploadCategoriesFor(actor: Actor, partnershipId: string, status: PartnershipStatus): DocumentCategory[] {
  if (status === 'closed') return [];
  if (mayWrite(actor, partnershipId)) return [...DOCUMENT_CATEGORIES];
  return roleIn(actor, partnershipId) === 'auditor' ? [...AUDITOR_DOCUMENT_CATEGORIES] : [];
}

export function capabilities(actor: Actor, partnershipId: string, status: PartnershipStatus) {
  return {
    edit: mayEdit(actor, partnershipId, status),
    changeStatusTo: statusChangesFor(actor, partnershipId, status),
    manageMembers: mayManageMembers(actor),
    uploadCategories: uploadCategoriesFor(actor, partnershipId, status),
  };
}
