import { createHash, randomBytes } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import {
  DomainError,
  PASSWORD_MIN_LENGTH,
  isLanguage,
  isStrongEnough,
  type Actor,
  type GlobalRole,
  type InvitationDto,
  type Language,
  type Page,
  type PartnershipRole,
  type Violation,
} from '@mic/domain';
import type { AppContext } from '../../app';
import type { Db, Executor } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { isUuid } from '../../lib/ids';
import { hashPassword } from '../../lib/passwords';
import { recordChange } from '../audit/audit.service';
import * as usersRepo from '../users/users.repository';
import type { InvitationInput, InvitationListQuery } from './invitations.contract';
import { invitationMail } from './invitations.mail';
import * as repo from './invitations.repository';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Only the SHA-256 of a token is stored: a copy of the database does not yield working links. */
export function tokenHashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function presentInvitation(row: repo.InvitationRow): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    globalRole: (row.globalRole as GlobalRole | null) ?? null,
    partnershipId: row.partnershipId,
    partnershipRole: (row.partnershipRole as PartnershipRole | null) ?? null,
    language: row.language,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** What an invitation records about the invitee: never the token or its hash. */
function auditFacts(row: repo.InvitationRow) {
  return {
    email: row.email,
    name: row.name,
    language: row.language,
    globalRole: row.globalRole,
    partnershipId: row.partnershipId,
    partnershipRole: row.partnershipRole,
    expiresAt: row.expiresAt,
  };
}

/** Either a programme-wide role, or a partnership and a role in it, or neither. */
function checkRoles(input: InvitationInput): Violation[] {
  const v: Violation[] = [];
  if (input.globalRole && (input.partnershipId || input.partnershipRole)) v.push({ code: 'VALIDATION_FAILED', field: 'globalRole' });
  if (input.partnershipId && !input.partnershipRole) v.push({ code: 'VALIDATION_FAILED', field: 'partnershipRole' });
  if (input.partnershipRole && !input.partnershipId) v.push({ code: 'VALIDATION_FAILED', field: 'partnershipId' });
  return v;
}

type CreateContext = Pick<AppContext, 'db' | 'config' | 'mailer'> & { log?: FastifyBaseLogger };

/**
 * Invites someone: stores the invitation (replacing a pending one to the same address), and
 * returns the link once; e-mails it too when mail is configured.
 */
export async function createInvitation(ctx: CreateContext, actor: Actor, input: InvitationInput, now = new Date()): Promise<InvitationDto> {
  DomainError.throwIfAny(checkRoles(input));
  const token = randomBytes(32).toString('base64url');
  const { row, partnershipTitle } = await ctx.db.transaction(async (tx) => {
    if (await usersRepo.findUserByEmail(tx, input.email)) {
      throw new DomainError('EMAIL_TAKEN', { violations: [{ code: 'EMAIL_TAKEN', field: 'email' }] });
    }
    const partnershipTitle = input.partnershipId ? await usersRepo.findPartnershipTitle(tx, input.partnershipId) : null;
    if (input.partnershipId && partnershipTitle === null) {
      throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'partnershipId' }] });
    }
    for (const old of await repo.findPendingByEmail(tx, input.email, now)) {
      await repo.deleteInvitation(tx, old.id);
      await recordChange(tx, actor, { action: 'invitation.replaced', entityType: 'invitation', entityId: old.id, before: auditFacts(old) });
    }
    const row = await repo.insertInvitation(tx, {
      tokenHash: tokenHashOf(token),
      email: input.email,
      name: input.name,
      language: input.language,
      globalRole: input.globalRole ?? null,
      partnershipId: input.partnershipId ?? null,
      partnershipRole: input.partnershipId ? (input.partnershipRole ?? null) : null,
      invitedBy: actor.userId,
      expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    });
    await recordChange(tx, actor, { action: 'invitation.created', entityType: 'invitation', entityId: row.id, after: auditFacts(row) });
    return { row, partnershipTitle };
  });

  const link = `${ctx.config.publicUrl}/invitation/${token}`;
  let emailed = false;
  if (ctx.mailer.enabled) {
    // After the commit: a mail server that is down must not undo the invitation; the admin still has the link.
    try {
      await ctx.mailer.send(
        invitationMail({
          to: row.email,
          name: row.name,
          language: input.language,
          inviterName: actor.name,
          link,
          expiresAt: row.expiresAt,
          globalRole: input.globalRole ?? null,
          partnershipRole: input.partnershipRole ?? null,
          partnershipTitle,
        }),
      );
      emailed = true;
    } catch (err) {
      ctx.log?.warn({ err, invitationId: row.id }, 'invitation e-mail could not be sent');
    }
  }
  return { ...presentInvitation(row), link, emailed };
}

export async function listPending(db: Executor, query: InvitationListQuery, now = new Date()): Promise<Page<InvitationDto>> {
  const { rows, total } = await repo.listPending(db, now, query.search, query.page, query.pageSize);
  return { items: rows.map(presentInvitation), total, page: query.page, pageSize: query.pageSize };
}

/** Revokes an invitation nobody has accepted yet: its row (and with it the link) is removed. */
export async function revokeInvitation(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const row = isUuid(id) ? await repo.findUnaccepted(tx, id) : null;
    if (!row) throw new DomainError('NOT_FOUND');
    await repo.deleteInvitation(tx, id);
    await recordChange(tx, actor, { action: 'invitation.revoked', entityType: 'invitation', entityId: id, before: auditFacts(row) });
  });
}

async function findPending(db: Executor, token: string, now: Date, lock = false): Promise<repo.InvitationRow> {
  const row = TOKEN_PATTERN.test(token) ? await repo.findPendingByTokenHash(db, tokenHashOf(token), now, lock) : null;
  // Expired, used, revoked and unknown all look the same.
  if (!row) throw new DomainError('INVITATION_INVALID');
  return row;
}

/** What the invitation page shows before the invitee chooses a password. */
export async function lookupToken(db: Executor, token: string, now = new Date()): Promise<{ email: string; name: string; language: Language }> {
  const row = await findPending(db, token, now);
  return { email: row.email, name: row.name, language: isLanguage(row.language) ? row.language : 'en' };
}

/**
 * Creates the invitee's account with the role the invitation carries and uses the invitation up,
 * all in one transaction. Returns the new user; the caller signs them in.
 */
export async function acceptInvitation(db: Db, token: string, input: { password: string; name?: string }, now = new Date()) {
  await findPending(db, token, now);
  if (!isStrongEnough(input.password)) {
    throw new DomainError('PASSWORD_TOO_WEAK', {
      params: { min: PASSWORD_MIN_LENGTH },
      violations: [{ code: 'PASSWORD_TOO_WEAK', field: 'password', params: { min: PASSWORD_MIN_LENGTH } }],
    });
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const invitation = await findPending(tx, token, now, true);
    if (await usersRepo.findUserByEmail(tx, invitation.email)) {
      throw new DomainError('EMAIL_TAKEN', { violations: [{ code: 'EMAIL_TAKEN', field: 'email' }] });
    }
    const user = await usersRepo
      .insertUser(tx, { email: invitation.email, name: input.name ?? invitation.name, language: invitation.language, globalRole: invitation.globalRole, passwordHash })
      .catch((err: unknown) => {
        // Someone got an account with this address at the same moment.
        if (isUniqueViolation(err)) throw new DomainError('EMAIL_TAKEN', { violations: [{ code: 'EMAIL_TAKEN', field: 'email' }] });
        throw err;
      });
    const self = { userId: user.id, name: user.name };
    await recordChange(tx, self, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: { email: user.email, name: user.name, language: user.language, globalRole: user.globalRole, invitationId: invitation.id },
    });
    if (invitation.partnershipId && invitation.partnershipRole) {
      await usersRepo.upsertMembership(tx, user.id, invitation.partnershipId, invitation.partnershipRole);
      await recordChange(tx, self, {
        action: 'membership.added',
        entityType: 'membership',
        entityId: `${user.id}:${invitation.partnershipId}`,
        partnershipId: invitation.partnershipId,
        after: { userId: user.id, userName: user.name, role: invitation.partnershipRole },
      });
    }
    await repo.markAccepted(tx, invitation.id, now);
    await recordChange(tx, self, { action: 'invitation.accepted', entityType: 'invitation', entityId: invitation.id, after: { userId: user.id } });
    return user;
  });
}
