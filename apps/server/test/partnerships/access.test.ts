import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let a: Awaited<ReturnType<typeof buildPartnership>>;
let b: Awaited<ReturnType<typeof buildPartnership>>;
let coordinatorOfA: Client;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

beforeAll(async () => {
  t = await createTestApp();
  a = await buildPartnership(t.db, { title: 'Partnership A' });
  b = await buildPartnership(t.db, { title: 'Partnership B' });
  coordinatorOfA = await signInAs(t, { memberships: [{ partnershipId: a.id, role: 'home_coordinator' }] });
});
afterAll(() => t.close());

/** The four routes of one partnership, each with a request that would be valid for a member. */
const routes = (id: string) => [
  { method: 'GET' as const, url: `/api/partnerships/${id}` },
  { method: 'PATCH' as const, url: `/api/partnerships/${id}`, payload: { version: 1, title: 'Taken over' } },
  { method: 'POST' as const, url: `/api/partnerships/${id}/status`, payload: { status: 'applied' } },
  { method: 'GET' as const, url: `/api/partnerships/${id}/history` },
];

/** A problem body without what differs between any two requests. */
const comparable = (body: Record<string, unknown>) => ({ ...body, requestId: undefined, instance: undefined });

describe('another partnership looks like no partnership at all', () => {
  it('answers a coordinator of A with 404 for B, exactly as for an unknown id, on every route', async () => {
    const before = await auditCount(t.db);
    const [toB, toUnknown] = [routes(b.id), routes(UNKNOWN)];
    for (let i = 0; i < toB.length; i++) {
      const resB = await coordinatorOfA.request(toB[i]!);
      const resUnknown = await coordinatorOfA.request(toUnknown[i]!);
      expect(resB.statusCode, `${toB[i]!.method} ${toB[i]!.url}`).toBe(404);
      expect(resB.json().code).toBe('NOT_FOUND');
      expect(comparable(resB.json())).toEqual(comparable(resUnknown.json()));
      expect(resB.headers['content-type']).toBe(resUnknown.headers['content-type']);
    }
    expect(await auditCount(t.db)).toBe(before);
    expect((await coordinatorOfA.get(`/api/partnerships/${b.id}`)).json().detail).toBe('Not found.');
  });

  it('answers 404 before looking at the body, so a bad body reveals nothing either', async () => {
    const res = await coordinatorOfA.patch(`/api/partnerships/${b.id}`, { nonsense: true });
    expect(res.statusCode).toBe(404);
  });

  it('never lists B to A\'s coordinator', async () => {
    const res = await coordinatorOfA.get('/api/partnerships?search=Partnership');
    expect(res.json().items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    expect(res.json().total).toBe(1);
  });

  it('still gives the coordinator their own partnership', async () => {
    for (const route of routes(a.id)) {
      const res = await coordinatorOfA.request(route);
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(200);
    }
  });

  it('answers 404, never 500, for malformed ids, even to an administrator', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    for (const id of ['not-a-uuid', '1', "1' or '1'='1", `${a.id}x`]) {
      for (const route of routes(encodeURIComponent(id))) {
        const res = await admin.request(route);
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(404);
        expect(res.json().code).toBe('NOT_FOUND');
      }
    }
    for (const route of routes(UNKNOWN)) expect((await admin.request(route)).statusCode).toBe(404);
  });

  it('asks the signed-out to sign in first', async () => {
    for (const route of routes(a.id)) expect((await anonymous(t.app).request(route)).statusCode).toBe(401);
    expect((await anonymous(t.app).get('/api/partnerships')).statusCode).toBe(401);
  });
});

describe('the detail', () => {
  it('shows the members and what the caller may do', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { name: 'Hanne Home', email: 'hanne@stord.kommune.no', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    await signInAs(t, { name: 'Pablo Partner', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    await signInAs(t, { name: 'Aud Auditor', memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const res = await home.get(`/api/partnerships/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().members).toEqual([
      { userId: expect.any(String), name: 'Aud Auditor', email: expect.any(String), role: 'auditor' },
      { userId: home.user.id, name: 'Hanne Home', email: 'hanne@stord.kommune.no', role: 'home_coordinator' },
      { userId: expect.any(String), name: 'Pablo Partner', email: expect.any(String), role: 'partner_coordinator' },
    ]);
    expect(res.json()).toMatchObject({ myRole: 'home_coordinator', can: { edit: true, changeStatusTo: ['applied'], manageMembers: false } });

    const admin = await signInAs(t, { globalRole: 'admin' });
    expect((await admin.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ myRole: null, can: { edit: true, manageMembers: true } });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.get(`/api/partnerships/${p.id}`)).json().can).toEqual({ edit: false, changeStatusTo: [], manageMembers: false, uploadCategories: [] });
  });
});

describe('the OpenAPI document', () => {
  it('describes the new endpoints', async () => {
    const res = await anonymous(t.app).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const path of ['/api/programme', '/api/municipalities', '/api/municipalities/{id}', '/api/partnerships', '/api/partnerships/{id}', '/api/partnerships/{id}/status', '/api/partnerships/{id}/history']) {
      expect(paths).toContain(path);
    }
  });
});
