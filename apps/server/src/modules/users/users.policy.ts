import { DomainError, isAdmin, type Actor } from '@mic/domain';
import type { UserPatch } from './users.contract';

/**
 * Only administrators manage accounts, roles and invitations. Others get 403: that user
 * administration exists is no secret, unlike another partnership's data (which answers 404).
 */
export function canManageUsers(actor: Actor): boolean {
  return isAdmin(actor);
}

export function assertCanManageUsers(actor: Actor): void {
  if (!canManageUsers(actor)) throw new DomainError('FORBIDDEN');
}

/**
 * An administrator may not take away their own admin role nor disable themselves: so there is
 * always at least one administrator left who can undo a mistake. 409 CONFLICT, with a violation
 * SELF_LOCKOUT on the field whose message says why.
 */
export function assertNoSelfLockout(actor: Actor, targetUserId: string, patch: UserPatch): void {
  if (actor.userId !== targetUserId) return;
  if (patch.globalRole !== undefined && patch.globalRole !== 'admin') {
    throw new DomainError('CONFLICT', { violations: [{ code: 'SELF_LOCKOUT', field: 'globalRole' }] });
  }
  if (patch.disabled === true) {
    throw new DomainError('CONFLICT', { violations: [{ code: 'SELF_LOCKOUT', field: 'disabled' }] });
  }
}
