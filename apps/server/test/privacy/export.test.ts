import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import { anonymous, signIn, createTestApp, type TestContext } from '../helpers/app';
import { TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { invitationTo, leaveRecords } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('downloading my personal data', () => {
  it('gives the signed-in person everything held about them as a JSON attachment, and records that they took it', async () => {
    const p = await buildPartnership(t.db, { title: 'Hamar – Comalapa' });
    const admin = await signInAs(t, { globalRole: 'admin', name: 'Admin Aase' });
    const me = await signInAs(t, { name: 'Lucía Pérez', email: `lucia-${p.id.slice(0, 8)}@example.org`, language: 'es' });
    expect((await admin.put(`/api/users/${me.user.id}/memberships/${p.id}`, { role: 'partner_coordinator' })).statusCode).toBe(200);
    const mine = await signIn(t.app, me.user.email, TEST_PASSWORD); // a second session, now with the membership
    await leaveRecords(mine, p.id, 'lucia-acta');
    await invitationTo(t.db, me.user.email, 'Lucía Pérez', true);
    const other = await signInAs(t, { name: 'Olav Other', email: `olav-${p.id.slice(0, 8)}@example.org`, memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    await leaveRecords(other, p.id, 'olav-secret');

    const res = await mine.get('/api/me/personal-data');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="personal-data-\d{4}-\d{2}-\d{2}\.json"/);
    expect(res.headers['cache-control']).toContain('no-store');
    const data = res.json();
    expect(data.profile).toMatchObject({ id: me.user.id, name: 'Lucía Pérez', email: me.user.email, language: 'es', globalRole: null, disabled: false });
    expect(data.memberships).toEqual([{ partnershipId: p.id, partnershipTitle: 'Hamar – Comalapa', role: 'partner_coordinator', since: expect.any(String) }]);
    expect(data.sessions).toHaveLength(2);
    expect(data.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect(Object.keys(data.sessions[0]).sort()).toEqual(['createdAt', 'current', 'expiresAt']);
    expect(data.invitationsReceived).toMatchObject([{ email: me.user.email, name: 'Lucía Pérez', acceptedAt: expect.any(String) }]);
    expect(data.comments).toMatchObject([{ partnershipId: p.id, body: 'Comment by lucia-acta' }]);
    expect(data.documents).toMatchObject([{ partnershipId: p.id, fileName: 'lucia-acta.pdf', mediaType: 'application/pdf', version: 1 }]);
    expect(data.actions.items.map((a: { action: string }) => a.action).sort()).toEqual(['comment.added', 'document.uploaded']);
    expect(data.actions.truncated).toBe(false);
    expect(data.recordedAboutYou.items).toMatchObject([{ action: 'membership.added', entityId: `${me.user.id}:${p.id}`, after: { role: 'partner_coordinator' } }]);

    // Nobody else's data: not the other member's, not the admin's who acted on the account, and no secrets.
    for (const foreign of ['Olav Other', other.user.email, 'olav-secret', 'Admin Aase', admin.user.id, mine.csrfToken!, mine.cookie!.split('=')[1]!, me.csrfToken!]) {
      expect(res.body).not.toContain(foreign);
    }
    expect(res.body).not.toMatch(/passwordHash|password_hash|tokenHash|csrf/i);

    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.actorId, me.user.id)).orderBy(desc(auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'user.personal_data_exported', entityType: 'user', entityId: me.user.id, before: null, after: null });
    const again = (await mine.get('/api/me/personal-data')).json();
    expect(again.actions.items[0]).toMatchObject({ action: 'user.personal_data_exported' });
  });

  it('lists the invitations a person sent without whom they went to', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const sent = await admin.post('/api/invitations', { email: `invitee-${admin.user.id.slice(0, 8)}@example.org`, name: 'Ingrid Invitee', language: 'nb' });
    expect(sent.statusCode, sent.body).toBe(201);
    const res = await admin.get('/api/me/personal-data');
    expect(res.json().invitationsSent).toMatchObject([{ id: sent.json().id, acceptedAt: null }]);
    expect(res.body).not.toContain('Ingrid Invitee');
    expect(res.body).not.toContain('invitee-');
  });

  it('asks the signed-out to sign in, and records nothing', async () => {
    const res = await anonymous(t.app).get('/api/me/personal-data');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});
