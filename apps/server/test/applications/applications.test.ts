import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { completeContent, createApplication, partnershipWithCoordinators } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-09-15T09:00:00Z') });
});
afterAll(() => t.close());

describe('starting and writing an application', () => {
  it('starts the first year as an initial application with the partnership purposes and a budget line per project year', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    expect(app).toMatchObject({
      partnership: { id: p.id, title: p.title, fundingSource: 'norad' },
      year: 2027,
      kind: 'initial',
      status: 'draft',
      late: false,
      deadline: null,
      requestedTotal: 0,
      grantedTotal: null,
      version: 1,
      confirmations: { home: null, partner: null },
      appraisal: null,
      can: { edit: true, confirm: true, submit: true, appraise: false, actions: ['submit'] },
    });
    expect(app.content.purposes).toEqual(['service-delivery']);
    expect(app.content.budgetRequested).toEqual([2027, 2028, 2029].map((year) => ({ year, amount: 0 })));
    expect(app.events).toEqual([expect.objectContaining({ from: null, to: 'draft', byName: 'Kari Nordmann' })]);
    expect(app.missing.length).toBe(app.missingCount);
    const [entry] = await auditEntriesOf(t.db, app.id);
    expect(entry).toMatchObject({ action: 'application.created', entityType: 'application', partnershipId: p.id });

    const list = await home.get(`/api/partnerships/${p.id}/applications`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual([expect.objectContaining({ id: app.id, year: 2027, kind: 'initial', status: 'draft', missingCount: app.missingCount })]);
  });

  it('starts a later year as an annual application from the previous year’s text, one per year, within the period', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const first = await createApplication(home, p.id, { year: 2027 });
    const saved = await home.put(`/api/applications/${first.id}`, { content: completeContent([2027, 2028, 2029]), version: 1 });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ requestedTotal: 3 * 500_000_00, version: 2 });

    const next = await createApplication(home, p.id, { year: 2028 });
    expect(next.kind).toBe('annual');
    expect(next.content.summary).toBe(completeContent([]).summary);
    expect(next.content.budgetRequested).toEqual([{ year: 2028, amount: 500_000_00 }]);
    expect(next.requestedTotal).toBe(500_000_00);

    const again = await home.post(`/api/partnerships/${p.id}/applications`, { year: 2028 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONFLICT');
    const outside = await home.post(`/api/partnerships/${p.id}/applications`, { year: 2031 });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().code).toBe('YEAR_OUTSIDE_PERIOD');
  });

  it('refuses unknown purposes, budget years outside the period, negative amounts and a stale version', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    const put = (content: unknown, version = 1) => home.put(`/api/applications/${app.id}`, { content, version });
    const good = completeContent([2027]);
    expect((await put({ ...good, purposes: ['no-such-purpose'] })).json()).toMatchObject({ code: 'PURPOSE_UNKNOWN', errors: [{ field: 'content.purposes.0' }] });
    expect((await put({ ...good, budgetRequested: [{ year: 2035, amount: 1 }] })).json().code).toBe('YEAR_OUTSIDE_PERIOD');
    const negative = await put({ ...good, budgetRequested: [{ year: 2027, amount: -1 }] });
    expect(negative.statusCode).toBe(422);
    expect(negative.json().code).toBe('VALIDATION_FAILED');
    expect((await put({ ...good, summary: 'x'.repeat(10_001) })).statusCode).toBe(422);
    expect((await put(good)).statusCode).toBe(200);
    const stale = await put({ ...good, summary: 'Another' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
  });
});

describe('confirmations', () => {
  it('each coordinator confirms their side; the partner must say the partner led; editing clears both', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    let res = await home.post(`/api/applications/${app.id}/confirm`, { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json().confirmations).toMatchObject({ home: { byName: 'Kari Nordmann', at: '2026-09-15T09:00:00.000Z' }, partner: null });

    const withoutLead = await partner.post(`/api/applications/${app.id}/confirm`, { version: 2 });
    expect(withoutLead.statusCode).toBe(422);
    expect(withoutLead.json()).toMatchObject({ code: 'APPLICATION_CONFIRMATION_MISSING', errors: [{ field: 'partnerLedPrioritisation' }] });
    res = await partner.post(`/api/applications/${app.id}/confirm`, { partnerLedPrioritisation: true, version: 2 });
    expect(res.json().confirmations.partner).toMatchObject({ byName: 'Ana López', partnerLedPrioritisation: true });
    expect((await auditEntriesOf(t.db, app.id)).map((e) => e.action)).toEqual(['application.created', 'application.confirmed', 'application.confirmed']);

    res = await home.put(`/api/applications/${app.id}`, { content: completeContent([2027, 2028, 2029]), version: 3 });
    expect(res.json().confirmations).toEqual({ home: null, partner: null });

    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    expect((await officer.post(`/api/applications/${app.id}/confirm`, { version: 4 })).statusCode).toBe(403);
  });
});

describe('who may see and write', () => {
  it('hides the application from outsiders, lets readers read and refuses their writes', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const app = await createApplication(home, p.id, { year: 2027 });
    const outsider = await signInAs(t);
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await outsider.get(`/api/applications/${app.id}`)).statusCode).toBe(404);
    expect((await outsider.put(`/api/applications/${app.id}`, { content: completeContent([2027]), version: 1 })).statusCode).toBe(404);
    expect((await home.get('/api/applications/not-an-id')).statusCode).toBe(404);
    for (const reader of [viewer, auditor, donor]) {
      const got = await reader.get(`/api/applications/${app.id}`);
      expect(got.statusCode).toBe(200);
      expect(got.json().can).toEqual({ edit: false, confirm: false, submit: false, appraise: false, actions: [] });
      expect((await reader.put(`/api/applications/${app.id}`, { content: completeContent([2027]), version: 1 })).statusCode).toBe(403);
      expect((await reader.post(`/api/applications/${app.id}/actions/submit`, { version: 1 })).statusCode).toBe(403);
      expect((await reader.post(`/api/partnerships/${p.id}/applications`, { year: 2028 })).statusCode).toBe(403);
    }
    expect((await donor.get('/api/applications')).statusCode).toBe(200);
    expect((await viewer.get('/api/applications')).statusCode).toBe(403);
  });
});
