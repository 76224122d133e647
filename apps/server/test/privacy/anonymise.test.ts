import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@mic/domain';
import { auditLog, invitations, users } from '../../src/db/schema';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { assertMayRemovePerson } from '../../src/modules/privacy/privacy.policy';
import { anonymous, Client, createTestApp, type TestContext } from '../helpers/app';
import { TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { invitationTo, leaveRecords } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const anonymise = (c: Client, id: string, reason = 'Asked to be forgotten (ticket 4711)') => c.post(`/api/users/${id}/anonymise`, { reason });

describe('anonymising a person', () => {
  it('removes name, address, password, sessions, memberships and pending invitations, keeps their records, and the audit chain still verifies', async () => {
    const p = await buildPartnership(t.db);
    const admin = await signInAs(t, { globalRole: 'admin', name: 'Admin Aase' });
    const person = await signInAs(t, { name: 'Zacarías Quiroga', email: `zq-${p.id.slice(0, 8)}@example.org` });
    expect((await admin.put(`/api/users/${person.user.id}/memberships/${p.id}`, { role: 'partner_coordinator' })).statusCode).toBe(200);
    const colleague = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const { commentId, documentId } = await leaveRecords(person, p.id, 'acta-municipal');
    const pending = await invitationTo(t.db, person.user.email.toUpperCase(), 'Zacarías Quiroga');
    const auditBefore = await auditCount(t.db);

    const res = await anonymise(admin, person.user.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: person.user.id,
      name: 'Anonymised person',
      email: `anonymised-${person.user.id}@invalid`,
      disabled: true,
      sessionsEnded: 1,
      membershipsRemoved: 1,
      invitationsWithdrawn: 1,
    });

    // Gone wherever the API shows a person.
    const everywhere = [
      await admin.get(`/api/users?search=${encodeURIComponent('Zacarías')}`),
      await admin.get(`/api/users?search=zq-`),
      await colleague.get(`/api/partnerships/${p.id}/comments?entityType=partnership&entityId=${p.id}`),
      await colleague.get(`/api/partnerships/${p.id}/documents/${documentId}`),
      await colleague.get(`/api/partnerships/${p.id}/documents`),
      await admin.get(`/api/partnerships/${p.id}/history?limit=100`),
      await admin.get('/api/users?pageSize=100'),
    ];
    for (const r of everywhere) {
      expect(r.statusCode, r.body).toBe(200);
      expect(r.body).not.toContain('Zacarías');
      expect(r.body).not.toContain('zq-');
    }
    expect(everywhere[0]!.json().total).toBe(0);
    expect(everywhere[2]!.json().items).toMatchObject([{ id: commentId, authorName: 'Anonymised person', body: 'Comment by acta-municipal' }]);
    expect(everywhere[3]!.json()).toMatchObject({ id: documentId, uploadedBy: { id: person.user.id, name: 'Anonymised person' } });
    const history = everywhere[5]!.json().items as { action: string; actorName: string }[];
    expect(history.filter((e) => e.action === 'comment.added' || e.action === 'document.uploaded').map((e) => e.actorName)).toEqual(['Anonymised person', 'Anonymised person']);
    expect(history.find((e) => e.action === 'membership.added')).toMatchObject({ actorName: 'Admin Aase', after: { userId: person.user.id, userName: 'Anonymised person' } });
    // The stored entry keeps what was recorded then: the log is append-only and hash-chained.
    const [stored] = await auditEntriesOf(t.db, `${person.user.id}:${p.id}`);
    expect(stored!.after).toMatchObject({ userName: 'Zacarías Quiroga' });
    const listed = (everywhere[6]!.json().items as { id: string }[]).find((u) => u.id === person.user.id);
    expect(listed).toMatchObject({ name: 'Anonymised person', email: `anonymised-${person.user.id}@invalid`, disabled: true, globalRole: null, memberships: [] });

    // Out for good: the old session is over and neither the old nor the new address signs in.
    expect((await person.get('/api/auth/session')).json().user).toBeNull();
    for (const email of [person.user.email, `anonymised-${person.user.id}@invalid`]) {
      const login = await anonymous(t.app).post('/api/auth/login', { email, password: TEST_PASSWORD });
      expect(login.statusCode).toBe(401);
    }
    const [row] = await t.db.select().from(users).where(eq(users.id, person.user.id));
    expect(row).toMatchObject({ name: 'Anonymised person', passwordHash: null, globalRole: null });
    expect(row!.disabledAt).not.toBeNull();
    expect(await t.db.select().from(invitations).where(eq(invitations.id, pending.id))).toEqual([]);

    // The records stay, and the audit log gained exactly one entry, without the old name or address.
    expect((await colleague.get(`/api/partnerships/${p.id}/documents`)).json().total).toBe(1);
    expect(await auditCount(t.db)).toBe(auditBefore + 1);
    const entry = (await auditEntriesOf(t.db, person.user.id)).at(-1)!;
    expect(entry).toMatchObject({ action: 'user.anonymised', actorId: admin.user.id, after: { reason: 'Asked to be forgotten (ticket 4711)', sessionsEnded: 1 } });
    expect(JSON.stringify(entry)).not.toMatch(/Zacarías|zq-/);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true, break: null });
  });

  it('is for administrators only, with the CSRF token, and refuses an unknown id, oneself, a second time and no reason', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const target = await signInAs(t, {});
    const auditBefore = await auditCount(t.db);
    expect((await anonymise(anonymous(t.app), target.user.id)).statusCode).toBe(401);
    for (const role of ['programme_officer', 'donor_viewer'] as const) {
      expect((await anonymise(await signInAs(t, { globalRole: role }), target.user.id)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    }
    expect((await anonymise(target, target.user.id)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const noCsrf = await new Client(t.app, admin.cookie, null).post(`/api/users/${target.user.id}/anonymise`, { reason: 'x' });
    expect(noCsrf.json()).toMatchObject({ status: 403, code: 'CSRF_TOKEN_INVALID' });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      expect((await anonymise(admin, id)).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    expect((await anonymise(admin, admin.user.id)).json()).toMatchObject({ status: 409, code: 'PERSON_IS_SELF' });
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(1001) }]) {
      const res = await admin.post(`/api/users/${target.user.id}/anonymise`, body);
      expect(res.json(), JSON.stringify(body)).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'reason' }] });
    }
    expect(await auditCount(t.db)).toBe(auditBefore);
    expect((await anonymise(admin, target.user.id)).statusCode).toBe(200);
    expect((await anonymise(admin, target.user.id)).json()).toMatchObject({ status: 409, code: 'ALREADY_ANONYMISED' });
    expect(await auditCount(t.db)).toBe(auditBefore + 1);
  });

  it('may anonymise another administrator, but never the last one', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const otherAdmin = await signInAs(t, { globalRole: 'admin' });
    expect((await anonymise(admin, otherAdmin.user.id)).json()).toMatchObject({ id: otherAdmin.user.id, disabled: true });
    const actor: Actor = { userId: admin.user.id, email: 'a@example.org', name: 'A', language: 'en', globalRole: 'admin', memberships: {} };
    const lastAdmin = { id: otherAdmin.user.id, globalRole: 'admin', disabledAt: null };
    expect(() => assertMayRemovePerson(actor, lastAdmin, 0)).toThrow(expect.objectContaining({ code: 'LAST_ADMIN' }));
    expect(() => assertMayRemovePerson(actor, lastAdmin, 1)).not.toThrow();
    expect(() => assertMayRemovePerson(actor, { ...lastAdmin, disabledAt: new Date() }, 0)).not.toThrow();
    expect(() => assertMayRemovePerson(actor, { ...lastAdmin, id: admin.user.id }, 5)).toThrow(expect.objectContaining({ code: 'PERSON_IS_SELF' }));
    expect(await t.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.action, 'user.anonymised'))).not.toHaveLength(0);
  });
});
