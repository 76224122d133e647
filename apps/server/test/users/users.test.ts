import { randomUUID } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserDto } from '@mic/domain';
import { auditLog } from '../../src/db/schema';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { anonymous, createTestApp, signIn, type Client, type TestContext } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';

let t: TestContext;
let admin: Client;
let adminId: string;
beforeAll(async () => {
  t = await createTestApp();
  const a = await buildUser(t.db, { email: 'admin@users.test', name: 'Ada Admin', globalRole: 'admin' });
  adminId = a.id;
  admin = await signIn(t.app, a.email, TEST_PASSWORD);
});
afterAll(() => t.close());

const lastAudit = async () => (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;

describe('who may manage users', () => {
  it('asks the signed-out to sign in', async () => {
    const res = await anonymous(t.app).get('/api/users');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('forbids everyone but administrators, before looking at what they sent', async () => {
    const p = await buildPartnership(t.db);
    const target = await buildUser(t.db);
    const others = [
      await buildUser(t.db, { globalRole: 'programme_officer' }),
      await buildUser(t.db, { globalRole: 'donor_viewer' }),
      await buildUser(t.db, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] }),
      await buildUser(t.db),
    ];
    for (const other of others) {
      const c = await signIn(t.app, other.email, TEST_PASSWORD);
      const answers = [
        await c.get('/api/users'),
        await c.patch(`/api/users/${target.id}`, { globalRole: 'admin' }),
        await c.patch(`/api/users/${other.id}`, { globalRole: 'admin' }),
        await c.patch('/api/users/not-a-uuid', { globalRole: 'emperor' }),
        await c.put(`/api/users/${other.id}/memberships/${p.id}`, { role: 'home_coordinator' }),
        await c.delete(`/api/users/${target.id}/memberships/${p.id}`),
      ];
      for (const res of answers) {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().code).toBe('FORBIDDEN');
      }
    }
    const [self] = (await admin.get(`/api/users?search=${others[0]!.email}`)).json().items;
    expect(self.globalRole).toBe('programme_officer');
  });
});

describe('listing users', () => {
  it('pages through the users found by name, in name order', async () => {
    for (const n of ['Pia', 'Olav', 'Nora', 'Magnus', 'Liv', 'Kari', 'Jonas']) await buildUser(t.db, { name: `Pager ${n}` });
    const pages = [];
    for (const page of [1, 2, 3]) {
      const res = await admin.get(`/api/users?search=pager&pageSize=3&page=${page}`);
      expect(res.statusCode).toBe(200);
      pages.push(res.json());
    }
    expect(pages.map((p) => p.items.length)).toEqual([3, 3, 1]);
    expect(pages.every((p) => p.total === 7 && p.pageSize === 3)).toBe(true);
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(pages.flatMap((p) => p.items.map((u: UserDto) => u.name))).toEqual(
      ['Jonas', 'Kari', 'Liv', 'Magnus', 'Nora', 'Olav', 'Pia'].map((n) => `Pager ${n}`),
    );
    const beyond = (await admin.get('/api/users?search=pager&pageSize=3&page=4')).json();
    expect(beyond).toMatchObject({ items: [], total: 7, page: 4 });
  });

  it('uses 25 per page by default and refuses more than 100', async () => {
    expect((await admin.get('/api/users')).json().pageSize).toBe(25);
    const res = await admin.get('/api/users?pageSize=101');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'querystring.pageSize' }] });
    expect((await admin.get('/api/users?page=0')).statusCode).toBe(422);
  });

  it('finds by e-mail in any case, and takes % and _ literally', async () => {
    const u = await buildUser(t.db, { email: `Findme_${randomUUID().slice(0, 6)}@Example.org` });
    const found = (await admin.get(`/api/users?search=${encodeURIComponent(u.email.toUpperCase())}`)).json();
    expect(found.items.map((x: UserDto) => x.id)).toEqual([u.id]);
    expect((await admin.get(`/api/users?search=${encodeURIComponent('%')}`)).json().total).toBe(0);
    expect((await admin.get('/api/users?search=findme_')).json().total).toBe(1);
    expect((await admin.get('/api/users?search=findmex')).json().total).toBe(0);
  });

  it('filters by programme-wide role and by role in any partnership, with each user\'s memberships', async () => {
    const p1 = await buildPartnership(t.db, { title: 'Alpha – Beta' });
    const p2 = await buildPartnership(t.db, { title: 'Gamma – Delta' });
    const auditor = await buildUser(t.db, {
      name: 'Role Filter Auditor',
      memberships: [
        { partnershipId: p1.id, role: 'auditor' },
        { partnershipId: p2.id, role: 'viewer' },
      ],
    });
    const officer = await buildUser(t.db, { name: 'Role Filter Officer', globalRole: 'programme_officer' });
    const byAudit = (await admin.get('/api/users?role=auditor&search=role filter')).json();
    expect(byAudit.items.map((u: UserDto) => u.id)).toEqual([auditor.id]);
    expect(byAudit.items[0].memberships).toEqual([
      { partnershipId: p1.id, partnershipTitle: 'Alpha – Beta', role: 'auditor' },
      { partnershipId: p2.id, partnershipTitle: 'Gamma – Delta', role: 'viewer' },
    ]);
    const byOffice = (await admin.get('/api/users?role=programme_officer&search=role filter')).json();
    expect(byOffice.items.map((u: UserDto) => u.id)).toEqual([officer.id]);
    expect(byOffice.items[0]).toMatchObject({ globalRole: 'programme_officer', disabled: false, memberships: [] });
    expect((await admin.get('/api/users?role=king')).statusCode).toBe(422);
  });
});

describe('changing a user', () => {
  it('renames and gives a programme-wide role, with an audit entry', async () => {
    const u = await buildUser(t.db, { name: 'Before' });
    const res = await admin.patch(`/api/users/${u.id}`, { name: '  After  ', globalRole: 'donor_viewer' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: u.id, name: 'After', globalRole: 'donor_viewer', disabled: false });
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'user.updated', entityId: u.id, actorId: adminId });
    expect(entry.before).toEqual({ name: 'Before', globalRole: null });
    expect(entry.after).toEqual({ name: 'After', globalRole: 'donor_viewer' });
    const cleared = await admin.patch(`/api/users/${u.id}`, { globalRole: null });
    expect(cleared.json().globalRole).toBeNull();
  });

  it('disabling ends the user\'s sessions and keeps them out; enabling lets them in again', async () => {
    const u = await buildUser(t.db);
    const theirs = await signIn(t.app, u.email, TEST_PASSWORD);
    const res = await admin.patch(`/api/users/${u.id}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().disabled).toBe(true);
    expect((await theirs.get('/api/auth/session')).json().user).toBeNull();
    await expect(signIn(t.app, u.email, TEST_PASSWORD)).rejects.toThrow(/401/);
    expect((await admin.patch(`/api/users/${u.id}`, { disabled: false })).json().disabled).toBe(false);
    await signIn(t.app, u.email, TEST_PASSWORD);
  });

  it('does not let an administrator remove their own admin role or disable themselves', async () => {
    for (const body of [{ globalRole: 'programme_officer' }, { globalRole: null }, { disabled: true }]) {
      const res = await admin.patch(`/api/users/${adminId}`, body);
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'SELF_LOCKOUT', field: Object.keys(body)[0] }] });
      expect(res.json().errors[0].message).toContain('your own administrator role');
    }
    const norwegian = await buildUser(t.db, { globalRole: 'admin', language: 'nb' });
    const res = await (await signIn(t.app, norwegian.email, TEST_PASSWORD)).patch(`/api/users/${norwegian.id}`, { disabled: true });
    expect(res.json().errors[0].message).toContain('din egen administratorrolle');
    const ok = await admin.patch(`/api/users/${adminId}`, { name: 'Ada Admin', globalRole: 'admin', disabled: false });
    expect(ok.statusCode).toBe(200);
    expect((await admin.get('/api/auth/session')).json().user.globalRole).toBe('admin');
  });

  it('lets another administrator take the admin role away', async () => {
    const other = await buildUser(t.db, { globalRole: 'admin' });
    const res = await admin.patch(`/api/users/${other.id}`, { globalRole: 'programme_officer' });
    expect(res.json().globalRole).toBe('programme_officer');
  });

  it('answers 404 for an unknown user and 422 for a wrong body', async () => {
    for (const id of [randomUUID(), 'not-a-uuid']) {
      const missing = await admin.patch(`/api/users/${id}`, { name: 'x' });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().code).toBe('NOT_FOUND');
    }
    const u = await buildUser(t.db);
    const bad = await admin.patch(`/api/users/${u.id}`, { globalRole: 'emperor' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'globalRole' }] });
    expect((await admin.patch(`/api/users/${u.id}`, { email: 'new@example.org' })).statusCode).toBe(422);
    expect((await admin.patch(`/api/users/${u.id}`, { name: '   ' })).statusCode).toBe(422);
  });
});

describe('memberships', () => {
  it('gives, changes and takes away a role in a partnership, which the user sees at once', async () => {
    const p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa' });
    const u = await buildUser(t.db);
    const theirs = await signIn(t.app, u.email, TEST_PASSWORD);

    const put = await admin.put(`/api/users/${u.id}/memberships/${p.id}`, { role: 'partner_coordinator' });
    expect(put.statusCode).toBe(200);
    expect(put.json().memberships).toEqual([{ partnershipId: p.id, partnershipTitle: 'Stord – San Juan Comalapa', role: 'partner_coordinator' }]);
    expect((await theirs.get('/api/auth/session')).json().user.memberships).toEqual([{ partnershipId: p.id, role: 'partner_coordinator' }]);
    expect(await lastAudit()).toMatchObject({ action: 'membership.added', partnershipId: p.id, after: { userId: u.id, role: 'partner_coordinator' } });

    const changed = await admin.put(`/api/users/${u.id}/memberships/${p.id}`, { role: 'viewer' });
    expect(changed.json().memberships[0].role).toBe('viewer');
    expect(await lastAudit()).toMatchObject({ action: 'membership.changed', before: { role: 'partner_coordinator' }, after: { role: 'viewer' } });

    const del = await admin.delete(`/api/users/${u.id}/memberships/${p.id}`);
    expect(del.statusCode).toBe(200);
    expect(del.json().memberships).toEqual([]);
    expect(await lastAudit()).toMatchObject({ action: 'membership.removed', partnershipId: p.id, before: { role: 'viewer' } });
    expect((await theirs.get('/api/auth/session')).json().user.memberships).toEqual([]);

    const count = (await t.db.select().from(auditLog).where(eq(auditLog.partnershipId, p.id))).length;
    const again = await admin.delete(`/api/users/${u.id}/memberships/${p.id}`);
    expect(again.statusCode).toBe(200);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.partnershipId, p.id))).length).toBe(count);
  });

  it('answers 404 for an unknown partnership or user, 422 for a role that does not exist', async () => {
    const p = await buildPartnership(t.db);
    const u = await buildUser(t.db);
    for (const res of [
      await admin.put(`/api/users/${u.id}/memberships/${randomUUID()}`, { role: 'viewer' }),
      await admin.put(`/api/users/${u.id}/memberships/not-a-partnership`, { role: 'viewer' }),
      await admin.put(`/api/users/${randomUUID()}/memberships/${p.id}`, { role: 'viewer' }),
      await admin.delete(`/api/users/${u.id}/memberships/${randomUUID()}`),
      await admin.delete(`/api/users/${randomUUID()}/memberships/${p.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
    const bad = await admin.put(`/api/users/${u.id}/memberships/${p.id}`, { role: 'admin' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'role' }] });
  });

  it('keeps the audit chain intact through all of it', async () => {
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
