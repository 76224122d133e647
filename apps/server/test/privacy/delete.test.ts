import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRegistrations, events, users } from '../../src/db/schema';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { anonymous, createTestApp, type TestContext } from '../helpers/app';
import { buildUser } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { invitationTo, leaveRecords } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const exists = async (id: string) => (await t.db.select({ id: users.id }).from(users).where(eq(users.id, id))).length === 1;

describe('deleting a person outright', () => {
  it('deletes someone who never acted and held no membership with history, with their sessions and invitations', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const p = await buildPartnership(t.db);
    // A membership given outside the API has no history: it goes with the person.
    const never = await signInAs(t, { name: 'Nadia Never', memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    await invitationTo(t.db, never.user.email, 'Nadia Never', true);
    const res = await admin.delete(`/api/users/${never.user.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await exists(never.user.id)).toBe(false);
    expect((await admin.get('/api/users?search=Nadia')).json().total).toBe(0);
    expect((await never.get('/api/auth/session')).json().user).toBeNull();
    expect(await auditEntriesOf(t.db, never.user.id)).toMatchObject([{ action: 'user.deleted', actorId: admin.user.id, before: null, after: null }]);
    expect(await verifyChain(t.db)).toMatchObject({ ok: true });
  });

  it('refuses, telling to anonymise instead, someone who acted, held a membership with history or has a record', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const p = await buildPartnership(t.db);
    const actor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    await leaveRecords(actor, p.id, 'records');
    const member = await buildUser(t.db, {});
    expect((await admin.put(`/api/users/${member.id}/memberships/${p.id}`, { role: 'viewer' })).statusCode).toBe(200);
    expect((await admin.delete(`/api/users/${member.id}/memberships/${p.id}`)).statusCode).toBe(200);
    const registered = await buildUser(t.db, {});
    // An event registration is a record of the programme, though no audit entry names its user here.
    const [event] = await t.db.insert(events).values({ programmeId: t.programmeId, type: 'other', title: { en: 'Network meeting' }, description: {}, materials: [], date: '2027-03-03' }).returning();
    await t.db.insert(eventRegistrations).values({ eventId: event!.id, userId: registered.id });

    const before = await auditCount(t.db);
    for (const id of [actor.user.id, member.id, registered.id]) {
      const res = await admin.delete(`/api/users/${id}`);
      expect(res.json(), id).toMatchObject({ status: 409, code: 'PERSON_HAS_RECORDS' });
      expect(res.json().detail).toMatch(/[Aa]nonymise/);
      expect(await exists(id)).toBe(true);
    }
    expect(await auditCount(t.db)).toBe(before);
    expect((await admin.post(`/api/users/${actor.user.id}/anonymise`, { reason: 'Left the municipality' })).statusCode).toBe(200);
  });

  it('is for administrators only, and refuses an unknown id and oneself', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const target = await buildUser(t.db, {});
    expect((await anonymous(t.app).delete(`/api/users/${target.id}`)).statusCode).toBe(401);
    expect((await (await signInAs(t, { globalRole: 'programme_officer' })).delete(`/api/users/${target.id}`)).json()).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect((await admin.delete('/api/users/00000000-0000-4000-8000-000000000000')).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await admin.delete('/api/users/nobody')).statusCode).toBe(404);
    expect((await admin.delete(`/api/users/${admin.user.id}`)).json()).toMatchObject({ status: 409, code: 'PERSON_IS_SELF' });
    expect(await exists(target.id)).toBe(true);
    expect(await exists(admin.user.id)).toBe(true);
  });
});
