import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { allocateFunds } from '../helpers/funds';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { completeSurroundings, createApplication, partnershipWithCoordinators, readyToSubmit } from './helpers';

let t: TestContext;
let officer: Client;
let colleague: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-09-15T09:00:00Z') });
  officer = await signInAs(t, { name: 'Programme Officer', globalRole: 'programme_officer' });
  colleague = await signInAs(t, { globalRole: 'admin' });
  // Approving grants the application's own year, from the programme's funds for Norad that year.
  await allocateFunds(t, { fundingSource: 'norad', year: 2027, amount: 10_000_000_00 });
});
afterAll(() => t.close());

const YEARS = [2027, 2028, 2029];

/** A submitted application of a fresh partnership, with its coordinators. */
async function submitted() {
  const { p, home, partner } = await partnershipWithCoordinators(t);
  await completeSurroundings(t.db, p.id);
  const app = await createApplication(home, p.id, { year: 2027 });
  const ready = await readyToSubmit(home, partner, app, YEARS);
  const res = await home.post(`/api/applications/${app.id}/actions/submit`, { version: ready.version });
  expect(res.statusCode).toBe(200);
  return { p, home, partner, app: res.json() };
}

const act = (c: Client, app: { id: string }, action: string, body: Record<string, unknown>) => c.post(`/api/applications/${app.id}/actions/${action}`, body);
const granted = YEARS.map((year) => ({ year, amount: 400_000_00 }));

describe('the appraisal workflow', () => {
  it('goes submitted → in appraisal → returned → submitted → in appraisal → approved, with events and audit entries', async () => {
    const { home, partner, app } = await submitted();
    let res = await act(home, app, 'start_appraisal', { version: app.version });
    expect(res.statusCode).toBe(403);
    res = await act(officer, app, 'start_appraisal', { version: app.version });
    expect(res.json()).toMatchObject({ status: 'in_appraisal', can: { appraise: true, actions: ['return', 'approve', 'reject'] } });
    expect((await act(officer, app, 'return', { version: res.json().version })).json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'message' }] });
    res = await act(officer, app, 'return', { version: res.json().version, message: 'Please add the other donors in sanitation.' });
    expect(res.json()).toMatchObject({ status: 'returned', can: { edit: false, actions: [] } });
    const returned = (await home.get(`/api/applications/${app.id}`)).json();
    expect(returned.can).toMatchObject({ edit: true, submit: true });
    const ready = await readyToSubmit(home, partner, returned, YEARS);
    res = await act(home, app, 'submit', { version: ready.version });
    expect(res.json()).toMatchObject({ status: 'submitted', late: false });
    res = await act(officer, app, 'start_appraisal', { version: res.json().version });
    const partial = await act(officer, app, 'approve', { version: res.json().version, granted: granted.slice(0, 2) });
    expect(partial.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'granted' }] });
    res = await act(officer, app, 'approve', { version: res.json().version, granted, message: 'Approved as applied, less 20 %.' });
    expect(res.json()).toMatchObject({ status: 'approved', granted, grantedTotal: 3 * 400_000_00, can: { actions: [] } });
    expect(res.json().events.map((e: { to: string }) => e.to)).toEqual(['draft', 'submitted', 'in_appraisal', 'returned', 'submitted', 'in_appraisal', 'approved']);
    expect(res.json().events[3]).toMatchObject({ from: 'in_appraisal', message: 'Please add the other donors in sanitation.', byName: 'Programme Officer' });
    const actions = (await auditEntriesOf(t.db, app.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['application.submit', 'application.start_appraisal', 'application.return', 'application.approve']));

    const again = await act(officer, app, 'reject', { version: res.json().version, message: 'No' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('refuses every transition the state machine does not allow', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const draft = await createApplication(home, p.id, { year: 2027 });
    for (const action of ['start_appraisal', 'return', 'approve', 'reject']) {
      const res = await act(officer, draft, action, { version: 1, message: 'x', granted });
      expect(res.statusCode, action).toBe(409);
      expect(res.json().code).toBe('INVALID_TRANSITION');
    }
    const { app } = await submitted();
    expect((await act(officer, app, 'approve', { version: app.version, granted })).json().code).toBe('INVALID_TRANSITION');
    expect((await act(officer, app, 'return', { version: app.version, message: 'Early return' })).json().status).toBe('returned');
  });

  it('lets one of two officers acting at once win; the other is told the transition is no longer possible', async () => {
    const { app } = await submitted();
    const started = (await act(officer, app, 'start_appraisal', { version: app.version })).json();
    const [a, b] = await Promise.all([
      act(officer, app, 'approve', { version: started.version, granted }),
      act(colleague, app, 'reject', { version: started.version, message: 'Not in line with the guideline.' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('INVALID_TRANSITION');
  });
});

describe('the appraisal checklist', () => {
  it('shows the office everything and the applicants only the comments meant for them', async () => {
    const { home, app } = await submitted();
    const items = [
      { criterion: 'purposes', met: true, comment: 'Clear purpose.', forApplicant: true },
      { criterion: 'budget', met: false, comment: 'Travel costs look high – ask KS finance.', forApplicant: false },
    ];
    const body = { items, recommendation: 'return', internalNote: 'Check with the embassy.', version: 1 };
    expect((await home.put(`/api/applications/${app.id}/appraisal`, body)).statusCode).toBe(403);
    const saved = await officer.put(`/api/applications/${app.id}/appraisal`, body);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().appraisal).toEqual({ items, recommendation: 'return', internalNote: 'Check with the embassy.', version: 2 });
    expect((await officer.put(`/api/applications/${app.id}/appraisal`, body)).json().code).toBe('CONFLICT');
    const seen = (await home.get(`/api/applications/${app.id}`)).json().appraisal;
    expect(seen).toEqual({ items: [items[0]], recommendation: null, internalNote: null, version: 2 });
    const dupe = await officer.put(`/api/applications/${app.id}/appraisal`, { ...body, items: [items[0], items[0]], version: 2 });
    expect(dupe.statusCode).toBe(422);
  });
});

describe('telling the applicants', () => {
  it('writes a rejection to both coordinators in their own language, and sends them', async () => {
    const { p, app } = await submitted();
    const started = (await act(officer, app, 'start_appraisal', { version: app.version })).json();
    t.mailer.sent.length = 0;
    const res = await act(officer, app, 'reject', { version: started.version, message: 'El presupuesto no corresponde a las directrices.' });
    expect(res.statusCode).toBe(200);
    const rows = await t.db.select().from(mailOutbox).where(eq(mailOutbox.partnershipId, p.id));
    expect(rows).toHaveLength(2);
    const nb = rows.find((r) => r.language === 'nb')!;
    const es = rows.find((r) => r.language === 'es')!;
    expect(nb).toMatchObject({ kind: 'application-notice', recipientName: 'Kari Nordmann', subject: `Søknaden for 2027 er avslått: ${p.title}` });
    expect(es.subject).toBe(`Solicitud 2027 rechazada: ${p.title}`);
    expect(es.body).toContain('El presupuesto no corresponde a las directrices.');
    expect(es.body).toContain(`http://mic.test/partnerships/${p.id}/applications/${app.id}`);
    expect(nb.dedupeKey).toMatch(new RegExp(`^application:${app.id}:event:\\d+:${nb.userId}$`));
    expect(t.mailer.sent.map((m) => m.subject).sort()).toEqual([es.subject, nb.subject].sort());
  });
});
