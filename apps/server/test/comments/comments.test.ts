import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('comments on a partnership', () => {
  it('lets the programme office and both coordinators remark, oldest first, audit-logged', async () => {
    const p = await buildPartnership(t.db);
    const officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Kari KS' });
    const partner = await signInAs(t, { name: 'Lucía', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    const url = `/api/partnerships/${p.id}/comments`;
    const first = await officer.post(url, { entityType: 'partnership', entityId: p.id, body: '  Please add a baseline study.  ' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ authorName: 'Kari KS', body: 'Please add a baseline study.' });
    expect((await partner.post(url, { entityType: 'partnership', entityId: p.id, body: 'Sí, en marzo.' })).statusCode).toBe(201);

    const list = await partner.get(`${url}?entityType=partnership&entityId=${p.id}`);
    expect(list.json().items.map((c: { body: string }) => c.body)).toEqual(['Please add a baseline study.', 'Sí, en marzo.']);
    expect(list.json().total).toBe(2);
    const [entry] = await auditEntriesOf(t.db, first.json().id);
    expect(entry).toMatchObject({ action: 'comment.added', partnershipId: p.id, actorName: 'Kari KS' });
  });

  it('lets viewers read but not write, and hides everything from outsiders', async () => {
    const p = await buildPartnership(t.db);
    const other = await buildPartnership(t.db);
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    const url = `/api/partnerships/${p.id}/comments`;
    expect((await viewer.get(`${url}?entityType=partnership&entityId=${p.id}`)).statusCode).toBe(200);
    expect((await viewer.post(url, { entityType: 'partnership', entityId: p.id, body: 'x' })).statusCode).toBe(403);
    expect((await outsider.get(`${url}?entityType=partnership&entityId=${p.id}`)).statusCode).toBe(404);
    expect((await outsider.post(url, { entityType: 'partnership', entityId: p.id, body: 'x' })).statusCode).toBe(404);
  });

  it('refuses a target of another partnership or of an unknown type, and an empty remark', async () => {
    const p = await buildPartnership(t.db);
    const other = await buildPartnership(t.db);
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const url = `/api/partnerships/${p.id}/comments`;
    const elsewhere = await officer.post(url, { entityType: 'partnership', entityId: other.id, body: 'x' });
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.json().errors[0].field).toBe('entityId');
    expect((await officer.post(url, { entityType: 'spaceship', entityId: p.id, body: 'x' })).statusCode).toBe(404);
    const empty = await officer.post(url, { entityType: 'partnership', entityId: p.id, body: '   ' });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0].field).toBe('body');
    expect((await officer.get(`${url}?entityType=partnership&entityId=${p.id}`)).json().total).toBe(0);
  });
});
