import { DomainError, PASSWORD_MIN_LENGTH, isStrongEnough, type Actor } from '@mic/domain';
import type { Db, Executor } from "../../db/client";
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { recordChange } from '../audit/audit.service';
import * as usersRepo from '../users/users.repository';
import * as sessionsRepo from './session.repository';

/** Checks e-mail and password; the same error whether the account exists or not. */
export async function authenticate(db: Db, email: string, password: string) {
  const user = await usersRepo.findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || user.disabledAt) throw new DomainError('INVALID_CREDENTIALS');
  return user;
}

export function assertStrongPassword(password: string) {
  if (!isStrongEnough(password)) {
    throw new DomainError('PASSWORD_TOO_WEAK', {
      params: { min: PASSWORD_MIN_LENGTH },
      violations: [{ code: 'PASSWORD_TOO_WEAK', field: 'newPassword', params: { min: PASSWORD_MIN_LENGTH } }],
    });
  }
}

/** Changes the password and signs the user out of every other session. */
export async function changePassword(db: Db, actor: Actor, sessionId: string, currentPassword: string, newPassword: string) {
  const user = await usersRepo.findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, currentPassword))) {
    throw new DomainError('PASSWORD_INCORRECT', { violations: [{ code: 'PASSWORD_INCORRECT', field: 'currentPassword' }] });
  }
  assertStrongPassword(newPassword);
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    await usersRepo.setPasswordHash(tx, user.id, passwordHash);
    await sessionsRepo.deleteOtherSessions(tx, user.id, sessionId);
    await recordChange(tx, actor, { action: 'user.password_changed', entityType: 'user', entityId: user.id });
  });
}

/** Ends every session of the user (all devices, this one too), audited. */
export async function signOutEverywhere(db: Db, actor: Actor) {
  await db.transaction(async (tx) => {
    await sessionsRepo.deleteSessionsOfUser(tx, actor.userId);
    await recordChange(tx, actor, { action: 'user.signed_out_everywhere', entityType: 'user', entityId: actor.userId });
  });
}

export async function setLanguage(db: Executor, actor: Actor, language: string) {
  await usersRepo.setLanguage(db, actor.userId, language);
}
