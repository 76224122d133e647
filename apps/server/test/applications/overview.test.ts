import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { allocateFunds } from '../helpers/funds';
import { signInAs } from '../helpers/sign-in-as';
import { completeSurroundings, createApplication, partnershipWithCoordinators, readyToSubmit } from './helpers';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-10-05T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  await allocateFunds(t, { fundingSource: 'norad', year: 2027, amount: 1_000_000_00 });
});
afterAll(() => t.close());

describe('the programme office overview', () => {
  it('lists a year’s applications with completeness, lateness and funding, and totals over the whole filter', async () => {
    // A late, approved Norad application; an incomplete MFA draft; an application of another year.
    const a = await partnershipWithCoordinators(t, { title: 'Alpha – Antigua' });
    await completeSurroundings(t.db, a.p.id);
    const approved = await createApplication(a.home, a.p.id, { year: 2027 });
    const ready = await readyToSubmit(a.home, a.partner, approved, [2027, 2028, 2029]);
    let res = await a.home.post(`/api/applications/${approved.id}/actions/submit`, { version: ready.version });
    res = await officer.post(`/api/applications/${approved.id}/actions/start_appraisal`, { version: res.json().version });
    const granted = [2027, 2028, 2029].map((year) => ({ year, amount: 100_000_00 }));
    res = await officer.post(`/api/applications/${approved.id}/actions/approve`, { version: res.json().version, granted });
    expect(res.json()).toMatchObject({ status: 'approved', late: true });

    const b = await partnershipWithCoordinators(t, { title: 'Beta – Bukoba', fundingSource: 'mfa' });
    const draft = await createApplication(b.home, b.p.id, { year: 2027 });
    const c = await partnershipWithCoordinators(t, { title: 'Gamma – Gjakova', startYear: 2026, endYear: 2028 });
    await createApplication(c.home, c.p.id, { year: 2026 });

    res = await officer.get('/api/applications?year=2027&pageSize=1');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(body.items).toEqual([
      expect.objectContaining({ id: approved.id, partnership: expect.objectContaining({ title: 'Alpha – Antigua', fundingSource: 'norad' }), status: 'approved', late: true, missingCount: 0 }),
    ]);
    expect(body.totals).toEqual({ requested: 3 * 500_000_00, granted: 3 * 100_000_00, byStatus: { approved: 1, draft: 1 }, late: 1, incomplete: 1 });

    const page2 = (await officer.get('/api/applications?year=2027&pageSize=1&page=2')).json();
    expect(page2.items).toEqual([expect.objectContaining({ id: draft.id, status: 'draft', late: false, missingCount: draft.missingCount })]);
    expect(draft.missingCount).toBeGreaterThan(0);

    const mfa = (await officer.get('/api/applications?funding=mfa')).json();
    expect(mfa.items.map((i: { id: string }) => i.id)).toEqual([draft.id]);
    expect((await officer.get('/api/applications?status=approved')).json().total).toBe(1);
    expect((await officer.get('/api/applications?q=gjakova')).json().items[0].year).toBe(2026);
    expect((await officer.get('/api/applications?q=100%25')).json().total).toBe(0);
    expect((await officer.get('/api/applications?status=nonsense')).statusCode).toBe(422);
  });
});
