import { DomainError, GLOBAL_ROLES, type Actor, type GlobalRole, type Page, type PartnershipRole, type UserDto } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import { checkVersion, staleVersion } from '../../lib/version-conflict';
import * as sessionsRepo from '../auth/session.repository';
import type { UserListQuery, UserPatch } from './users.contract';
import { assertNoSelfLockout } from './users.policy';
import * as repo from './users.repository';

export function presentUser(row: repo.UserRow, memberships: repo.MembershipWithTitle[]): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    globalRole: (row.globalRole as GlobalRole | null) ?? null,
    language: row.language,
    disabled: row.disabledAt !== null,
    version: row.version,
    memberships: memberships
      .filter((m) => m.userId === row.id)
      .map((m) => ({ partnershipId: m.partnershipId, partnershipTitle: m.partnershipTitle, role: m.role as PartnershipRole })),
  };
}

/** One user with their memberships, or 404. */
export async function getUser(db: Executor, userId: string): Promise<UserDto> {
  const row = isUuid(userId) ? await repo.findUserById(db, userId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return presentUser(row, await repo.membershipsOfUsers(db, [row.id]));
}

/** A page of users with their memberships: one query for the page, one for the count, one for all memberships. */
export async function listUsers(db: Executor, query: UserListQuery): Promise<Page<UserDto>> {
  const isGlobal = (GLOBAL_ROLES as readonly string[]).includes(query.role ?? '');
  const { rows, total } = await repo.listUsers(
    db,
    { search: query.search, globalRole: isGlobal ? query.role : undefined, partnershipRole: isGlobal ? undefined : query.role },
    query.page,
    query.pageSize,
  );
  const memberships = await repo.membershipsOfUsers(
    db,
    rows.map((r) => r.id),
  );
  return { items: rows.map((r) => presentUser(r, memberships)), total, page: query.page, pageSize: query.pageSize };
}

/** Renames, changes the programme-wide role, disables or enables a user. Disabling ends their sessions. */
export async function updateUser(db: Db, actor: Actor, userId: string, patch: UserPatch): Promise<UserDto> {
  assertNoSelfLockout(actor, userId, patch);
  return db.transaction(async (tx) => {
    const user = isUuid(userId) ? await repo.findUserById(tx, userId) : null;
    if (!user) throw new DomainError('NOT_FOUND');
    checkVersion(user.version, patch.version);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const values: Parameters<typeof repo.updateUser>[3] = {};
    if (patch.name !== undefined && patch.name !== user.name) {
      values.name = patch.name;
      before.name = user.name;
      after.name = patch.name;
    }
    if (patch.globalRole !== undefined && patch.globalRole !== user.globalRole) {
      values.globalRole = patch.globalRole;
      before.globalRole = user.globalRole;
      after.globalRole = patch.globalRole;
    }
    const wasDisabled = user.disabledAt !== null;
    if (patch.disabled !== undefined && patch.disabled !== wasDisabled) {
      values.disabledAt = patch.disabled ? new Date() : null;
      before.disabled = wasDisabled;
      after.disabled = patch.disabled;
    }
    if (Object.keys(values).length > 0) {
      // Conditional on the version read: of two administrators saving at once, the second is told.
      if (!(await repo.updateUser(tx, userId, user.version, values))) throw staleVersion((await repo.findUserById(tx, userId))?.version ?? user.version);
      if (patch.disabled === true && !wasDisabled) await sessionsRepo.deleteSessionsOfUser(tx, userId);
      await recordChange(tx, actor, { action: 'user.updated', entityType: 'user', entityId: userId, before, after });
    }
    return getUser(tx, userId);
  });
}

/** Both exist, or 404. */
async function userAndPartnership(tx: Executor, userId: string, partnershipId: string) {
  const user = isUuid(userId) ? await repo.findUserById(tx, userId) : null;
  const title = isUuid(partnershipId) ? await repo.findPartnershipTitle(tx, partnershipId) : null;
  if (!user || title === null) throw new DomainError('NOT_FOUND');
  return { user, title };
}

/** Gives the user a role in a partnership (or changes it). Unknown user or partnership: 404. */
export async function setMembership(db: Db, actor: Actor, userId: string, partnershipId: string, role: PartnershipRole): Promise<UserDto> {
  return db.transaction(async (tx) => {
    const { user } = await userAndPartnership(tx, userId, partnershipId);
    const previous = await repo.findMembershipRole(tx, userId, partnershipId);
    if (previous !== role) {
      await repo.upsertMembership(tx, userId, partnershipId, role);
      await recordChange(tx, actor, {
        action: previous ? 'membership.changed' : 'membership.added',
        entityType: 'membership',
        entityId: `${userId}:${partnershipId}`,
        partnershipId,
        before: previous ? { userId, userName: user.name, role: previous } : null,
        after: { userId, userName: user.name, role },
      });
    }
    return getUser(tx, userId);
  });
}

/** Takes the user's role in a partnership away; nothing to take away is not an error. */
export async function removeMembership(db: Db, actor: Actor, userId: string, partnershipId: string): Promise<UserDto> {
  return db.transaction(async (tx) => {
    const { user } = await userAndPartnership(tx, userId, partnershipId);
    const previous = await repo.findMembershipRole(tx, userId, partnershipId);
    if (previous) {
      await repo.deleteMembership(tx, userId, partnershipId);
      await recordChange(tx, actor, {
        action: 'membership.removed',
        entityType: 'membership',
        entityId: `${userId}:${partnershipId}`,
        partnershipId,
        before: { userId, userName: user.name, role: previous },
        after: null,
      });
    }
    return getUser(tx, userId);
  });
}
