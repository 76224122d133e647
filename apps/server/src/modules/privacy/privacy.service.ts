import { DomainError, type Actor, type GlobalRole, type PartnershipRole } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { AnonymiseInput, AnonymiseResult, PersonalData } from './privacy.contract';
import { assertMayRemovePerson } from './privacy.policy';
import * as repo from './privacy.repository';

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything the platform holds about the signed-in person, read in one transaction, and an audit
 * entry saying it was exported. Nobody else's data: invitations they sent say when and what role,
 * not to whom; the audit entries they wrote say what they did to which record, not its contents.
 */
export async function exportPersonalData(db: Db, actor: Actor, currentSessionId: string | null, now: Date): Promise<PersonalData> {
  return db.transaction(async (tx) => {
    const user = await repo.lockUser(tx, actor.userId);
    if (!user) throw new DomainError('NOT_FOUND');
    const [memberships, sessions, received, sent, actions, about, comments, documents] = await Promise.all([
      repo.membershipsOf(tx, user.id),
      repo.sessionsOf(tx, user.id),
      repo.invitationsTo(tx, user.email),
      repo.invitationsSentBy(tx, user.id),
      repo.auditEntriesBy(tx, user.id),
      repo.auditEntriesAbout(tx, user.id),
      repo.commentsBy(tx, user.id),
      repo.documentsBy(tx, user.id),
    ]);
    const data: PersonalData = {
      exportedAt: iso(now),
      profile: {
        id: user.id,
        email: user.email,
        name: user.name,
        globalRole: (user.globalRole as GlobalRole | null) ?? null,
        language: user.language,
        disabled: user.disabledAt !== null,
        createdAt: iso(user.createdAt),
      },
      memberships: memberships.map((m) => ({ ...m, role: m.role as PartnershipRole, since: iso(m.since) })),
      sessions: sessions.map((s) => ({ createdAt: iso(s.createdAt), expiresAt: iso(s.expiresAt), current: s.id === currentSessionId })),
      invitationsReceived: received.map((i) => ({ ...i, createdAt: iso(i.createdAt), expiresAt: iso(i.expiresAt), acceptedAt: isoOrNull(i.acceptedAt) })),
      invitationsSent: sent.map((i) => ({ ...i, createdAt: iso(i.createdAt), acceptedAt: isoOrNull(i.acceptedAt) })),
      actions: {
        items: actions.slice(0, repo.EXPORT_AUDIT_LIMIT).map((a) => ({ ...a, id: Number(a.id), at: iso(a.at) })),
        truncated: actions.length > repo.EXPORT_AUDIT_LIMIT,
      },
      recordedAboutYou: {
        items: about.slice(0, repo.EXPORT_AUDIT_LIMIT).map((a) => ({ ...a, id: Number(a.id), at: iso(a.at) })),
        truncated: about.length > repo.EXPORT_AUDIT_LIMIT,
      },
      comments: comments.map((c) => ({ ...c, createdAt: iso(c.createdAt) })),
      documents: documents.map((d) => ({ ...d, uploadedAt: iso(d.uploadedAt) })),
    };
    await recordChange(tx, actor, { action: 'user.personal_data_exported', entityType: 'user', entityId: user.id });
    return data;
  });
}

/** The person to anonymise or delete, locked, after the checks every removal shares. */
async function removable(tx: Executor, actor: Actor, userId: string) {
  const user = isUuid(userId) ? await repo.lockUser(tx, userId) : null;
  if (!user) throw new DomainError('NOT_FOUND');
  assertMayRemovePerson(actor, user, await repo.otherActiveAdmins(tx, user.id));
  return user;
}

/**
 * Anonymises a person: name, e-mail address and password gone, account disabled, sessions,
 * memberships, calendar feed and pending invitations removed, and every name kept beside a reference
 * to them replaced. The user row stays, so that reports, approvals, comments and audit entries keep
 * pointing at someone ("Anonymised person"). The audit log is not rewritten (see README, Personal data).
 */
export async function anonymiseUser(db: Db, actor: Actor, userId: string, input: AnonymiseInput, now: Date): Promise<AnonymiseResult> {
  return db.transaction(async (tx) => {
    const user = await removable(tx, actor, userId);
    if (repo.isAnonymised(user)) throw new DomainError('ALREADY_ANONYMISED');
    const removed = await repo.removePersonalRows(tx, user.id);
    const invitationsWithdrawn = await repo.clearInvitationsTo(tx, user.email, repo.anonymisedEmail(user.id));
    await repo.anonymiseKeptNames(tx, user.id);
    await repo.anonymiseUserRow(tx, user.id, now);
    const result: AnonymiseResult = {
      id: user.id,
      name: repo.ANONYMISED_NAME,
      email: repo.anonymisedEmail(user.id),
      disabled: true,
      sessionsEnded: removed.sessions ?? 0,
      membershipsRemoved: removed.memberships ?? 0,
      invitationsWithdrawn,
    };
    // No personal data in the entry: the id, the reason and what was removed.
    const { id: _id, name: _name, email: _email, ...counts } = result;
    await recordChange(tx, actor, { action: 'user.anonymised', entityType: 'user', entityId: user.id, after: { reason: input.reason, ...counts } });
    return result;
  });
}

/** Deletes a person who left no records at all; anyone else is anonymised instead (409 PERSON_HAS_RECORDS). */
export async function deleteUser(db: Db, actor: Actor, userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await removable(tx, actor, userId);
    if (await repo.hasRecords(tx, user.id)) throw new DomainError('PERSON_HAS_RECORDS');
    await repo.deleteUserRow(tx, user.id, user.email);
    await recordChange(tx, actor, { action: 'user.deleted', entityType: 'user', entityId: user.id });
  });
}
