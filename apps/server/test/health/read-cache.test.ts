import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { buildApp } from '../../src/app';
import { partnerships } from '../../src/db/schema';
import { createTestApp, signIn, testConfig, type TestContext } from '../helpers/app';
import { TEST_PASSWORD } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

// The read cache (plugins/read-cache.ts) keeps the heavy read answers until the audit log moves on.
describe('read cache', () => {
  let t: TestContext;
  let office: Awaited<ReturnType<typeof signInAs>>;
  let partnershipId: string;

  beforeAll(async () => {
    t = await createTestApp({ readCacheEntries: 100 });
    office = await signInAs(t, { globalRole: 'programme_officer' });
    const p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa', status: 'active' });
    partnershipId = p.id;
  });
  afterAll(() => t.close());

  it('shows a change made through the API on the very next read', async () => {
    const first = await office.get(`/api/partnerships/${partnershipId}`);
    expect(first.statusCode).toBe(200);
    expect((await office.get(`/api/partnerships/${partnershipId}`)).body).toBe(first.body);

    const patched = await office.patch(`/api/partnerships/${partnershipId}`, { title: 'Stord – Comalapa: waste', version: first.json().version });
    expect(patched.statusCode).toBe(200);
    const after = await office.get(`/api/partnerships/${partnershipId}`);
    expect(after.json().title).toBe('Stord – Comalapa: waste');
    const list = await office.get('/api/partnerships?q=Comalapa');
    expect(list.json().items.map((p: { title: string }) => p.title)).toContain('Stord – Comalapa: waste');
  });

  it('shows a programme-wide change (the donor’s allocation) on the next read of the funds', async () => {
    const before = await office.get('/api/programme/funds?year=2031');
    expect(before.statusCode).toBe(200);
    const norad = () => before.json().sources.find((x: { fundingSource: string }) => x.fundingSource === 'norad');
    expect(norad().allocated).toBeNull();
    const put = await office.put('/api/programme/funds/2031/norad', { amount: 5_000_000_00, version: norad().version });
    expect(put.statusCode).toBe(200);
    const after = await office.get('/api/programme/funds?year=2031');
    expect(after.json().sources.find((x: { fundingSource: string }) => x.fundingSource === 'norad').allocated).toBe(5_000_000_00);
  });

  it('keeps answers apart per caller and still checks access first', async () => {
    const member = await signInAs(t, { memberships: [] });
    expect((await office.get(`/api/partnerships/${partnershipId}`)).statusCode).toBe(200);
    // The office's answer is cached; an outsider still gets 404, not the office's copy.
    expect((await member.get(`/api/partnerships/${partnershipId}`)).statusCode).toBe(404);
    const officeList = await office.get('/api/partnerships');
    const memberList = await member.get('/api/partnerships');
    expect(officeList.json().total).toBeGreaterThan(0);
    expect(memberList.json().total).toBe(0);
  });

  it('serves no kept answer once the caller has signed out', async () => {
    const officer = await signIn(t.app, office.user.email, TEST_PASSWORD);
    expect((await officer.get(`/api/partnerships/${partnershipId}`)).statusCode).toBe(200);
    expect((await officer.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await officer.get(`/api/partnerships/${partnershipId}`)).statusCode).toBe(401);
  });

  it('sees a change another server process made on the same database', async () => {
    const second = await buildApp({ config: { ...testConfig, readCacheEntries: 100 }, database: t.database, webDist: null });
    await second.ready();
    try {
      const other = await signIn(second, office.user.email, TEST_PASSWORD);
      const before = await other.get(`/api/partnerships/${partnershipId}`);
      expect(before.statusCode).toBe(200);
      const patched = await office.patch(`/api/partnerships/${partnershipId}`, { title: 'Changed in the first process', version: before.json().version });
      expect(patched.statusCode).toBe(200);
      expect((await other.get(`/api/partnerships/${partnershipId}`)).json().title).toBe('Changed in the first process');
    } finally {
      await second.close();
    }
  });

  it('keeps an answer until the audit log moves on, unless turned off', async () => {
    const cached = await office.get(`/api/partnerships/${partnershipId}`);
    // A change written behind the platform's back (no audit entry) is not seen while the cache holds…
    await t.db.update(partnerships).set({ title: 'Written without an audit entry' }).where(eq(partnerships.id, partnershipId));
    expect((await office.get(`/api/partnerships/${partnershipId}`)).json().title).toBe(cached.json().title);
    // …and is seen at once by a server without the cache.
    const off = await buildApp({ config: { ...testConfig, readCacheEntries: 0 }, database: t.database, webDist: null });
    await off.ready();
    try {
      const client = await signIn(off, office.user.email, TEST_PASSWORD);
      expect((await client.get(`/api/partnerships/${partnershipId}`)).json().title).toBe('Written without an audit entry');
    } finally {
      await off.close();
    }
  });
});
