import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActualValueDto, ResultOwner } from '@mic/domain';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A partnership with both coordinators, an officer and a viewer, and one indicator on a result owned by `owner`. */
async function setup(owner: ResultOwner = 'partner', spec: Parameters<typeof buildIndicator>[3] = {}) {
  const p = await buildPartnership(t.db, { startYear: 2025, status: 'active' });
  const home = await signInAs(t, { name: 'Ingrid', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'Lucía', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  const officer = await signInAs(t, { name: 'Marius', globalRole: 'programme_officer' });
  const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
  const { outcome } = await buildChain(t.db, p.id, owner);
  const indicator = await buildIndicator(t.db, p.id, outcome.id, spec);
  const url = (year: number) => `/api/partnerships/${p.id}/indicators/${indicator.id}/values/${year}`;
  return { p, home, partner, officer, viewer, indicator, url };
}

describe('actual values', () => {
  it('go draft → submitted → approved, with who entered and who approved, each step audit-logged', async () => {
    const { home, partner, url } = await setup('partner');
    const entered = await home.put(url(2025), { value: 42, comment: 'Datos del registro municipal' });
    expect(entered.statusCode, entered.body).toBe(201);
    const v: ActualValueDto = entered.json();
    expect(v).toMatchObject({ year: 2025, value: 42, comment: 'Datos del registro municipal', status: 'draft', enteredBy: { name: 'Ingrid' }, approvedBy: null, version: 1 });

    const submitted = await home.post(`${url(2025)}/submit`, { version: 1 });
    expect(submitted.json()).toMatchObject({ status: 'submitted', version: 2 });
    expect(submitted.json().submittedAt).toBeTruthy();
    const approved = await partner.post(`${url(2025)}/approve`, { version: 2 });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', approvedBy: { name: 'Lucía' }, version: 3 });
    expect((await auditEntriesOf(t.db, v.id)).map((e) => e.action)).toEqual([
      'indicator_value.entered',
      'indicator_value.submitted',
      'indicator_value.approved',
    ]);
  });

  it('can be returned with a comment, edited back to draft and submitted again', async () => {
    const { home, partner, url } = await setup('both');
    await home.put(url(2025), { value: 10 });
    await home.post(`${url(2025)}/submit`, { version: 1 });
    const noComment = await partner.post(`${url(2025)}/return`, { version: 2 });
    expect(noComment.json()).toMatchObject({ status: 422, errors: [{ field: 'comment' }] });
    const returned = await partner.post(`${url(2025)}/return`, { version: 2, comment: 'Falta la fuente' });
    expect(returned.json()).toMatchObject({ status: 'returned', returnComment: 'Falta la fuente', returnedBy: { name: 'Lucía' }, version: 3 });
    const edited = await home.put(url(2025), { value: 11, comment: 'Fuente: registro', version: 3 });
    expect(edited.json()).toMatchObject({ status: 'draft', returnComment: 'Falta la fuente', value: 11, version: 4 });
    const again = await home.post(`${url(2025)}/submit`, { version: 4 });
    expect(again.json()).toMatchObject({ status: 'submitted', returnComment: null });
  });

  it('are approved on the result owner’s side: partner (and both) by the partner coordinator, home by the home coordinator, all by the office', async () => {
    for (const [owner, approver, refused] of [
      ['partner', 'partner', 'home'],
      ['both', 'partner', 'home'],
      ['home', 'home', 'partner'],
      ['home', 'officer', 'viewer'],
    ] as const) {
      const s = await setup(owner);
      await s.home.put(s.url(2025), { value: 5 });
      await s.home.post(`${s.url(2025)}/submit`, { version: 1 });
      const no = await s[refused].post(`${s.url(2025)}/approve`, { version: 2 });
      expect(no.statusCode, `${refused} approving ${owner}`).toBe(403);
      const yes = await s[approver].post(`${s.url(2025)}/approve`, { version: 2 });
      expect(yes.statusCode, `${approver} approving ${owner}: ${yes.body}`).toBe(200);
    }
  });

  it('cannot be approved without a baseline (BASELINE_MISSING), nor from draft', async () => {
    const { home, partner, url } = await setup('partner', { baseline: null });
    await home.put(url(2025), { value: 5 });
    const fromDraft = await partner.post(`${url(2025)}/approve`, { version: 1 });
    expect(fromDraft.json()).toMatchObject({ status: 409, code: 'STATUS_TRANSITION_INVALID' });
    await home.post(`${url(2025)}/submit`, { version: 1 });
    const missing = await partner.post(`${url(2025)}/approve`, { version: 2 });
    expect(missing.json()).toMatchObject({ status: 409, code: 'BASELINE_MISSING' });
  });

  it('are locked once approved: a change needs an approver and a reason, kept in the log; no delete', async () => {
    const { home, partner, url } = await setup('partner', { values: [{ year: 2025, value: 30, status: 'approved' }] });
    const byHome = await home.put(url(2025), { value: 31, version: 1, reason: 'Corrección' });
    expect(byHome.statusCode).toBe(403);
    const noReason = await partner.put(url(2025), { value: 31, version: 1 });
    expect(noReason.json()).toMatchObject({ status: 409, code: 'VALUE_LOCKED', errors: [{ field: 'reason' }] });
    const changed = await partner.put(url(2025), { value: 31, version: 1, reason: 'El registro tenía un error de digitación' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ value: 31, status: 'approved', approvedBy: { name: 'Lucía' }, version: 2 });
    const [entry] = await auditEntriesOf(t.db, changed.json().id);
    expect(entry).toMatchObject({ action: 'indicator_value.changed_after_approval', before: { value: 30 }, after: { value: 31, reason: 'El registro tenía un error de digitación' } });
    const del = await home.delete(`${url(2025)}?version=2`);
    expect(del.json()).toMatchObject({ status: 409, code: 'VALUE_LOCKED' });
  });

  it('are numbers in range for the indicator, in a project year, one per year, on the version they were made on', async () => {
    const { home, url, p } = await setup('partner', { measure: 'percentage', unit: '%' });
    expect((await home.put(url(2025), { value: 'mucho' })).statusCode).toBe(422);
    expect((await home.put(url(2025), { value: 101 })).json()).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', errors: [{ field: 'value' }] });
    const outside = await home.put(url(2031), { value: 5 });
    expect(outside.json()).toMatchObject({ code: 'YEAR_OUTSIDE_PERIOD', errors: [{ field: 'year' }] });
    expect((await home.put(url(2025), { value: 50 })).statusCode).toBe(201);
    expect((await home.put(url(2025), { value: 51 })).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await home.put(url(2025), { value: 51, version: 7 })).statusCode).toBe(409);
    expect((await home.put(url(2025), { value: 51, version: 1 })).json()).toMatchObject({ value: 51, version: 2 });
    expect((await home.post(`${url(2026)}/submit`, { version: 1 })).statusCode).toBe(404);
    expect((await home.delete(`${url(2025)}?version=2`)).statusCode).toBe(204);
    expect((await home.get(`/api/partnerships/${p.id}/results`)).json().indicators[0].values).toEqual([]);
  });

  it('keep qualitative values to the steps of the scale', async () => {
    const scale = [
      { value: 1, label: { es: 'Nada' } },
      { value: 2, label: { es: 'Algo' } },
      { value: 3, label: { es: 'Mucho' } },
    ];
    const { home, url } = await setup('partner', { kind: 'qualitative', scale, baseline: { value: 1, date: '2024-12-01' }, endTarget: 3 });
    expect((await home.put(url(2025), { value: 2.5 })).json().code).toBe('VALUE_OUT_OF_RANGE');
    expect((await home.put(url(2025), { value: 2, comment: 'El comité se reúne cada mes' })).statusCode).toBe(201);
  });

  it('are entered by coordinators only; the office comments on them', async () => {
    const { officer, viewer, home, url, p } = await setup();
    expect((await officer.put(url(2025), { value: 5 })).statusCode).toBe(403);
    expect((await viewer.put(url(2025), { value: 5 })).statusCode).toBe(403);
    const v = (await home.put(url(2025), { value: 5 })).json();
    const comment = await officer.post(`/api/partnerships/${p.id}/comments`, { entityType: 'indicator_value', entityId: v.id, body: '¿Cuál es la fuente?' });
    expect(comment.statusCode, comment.body).toBe(201);
    const other = await buildPartnership(t.db);
    const elsewhere = await officer.post(`/api/partnerships/${other.id}/comments`, { entityType: 'indicator_value', entityId: v.id, body: 'x' });
    expect(elsewhere.statusCode).toBe(404);
  });
});

describe('comments on results and indicators', () => {
  it('accept results and indicators of the partnership only', async () => {
    const p = await buildPartnership(t.db);
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const { outcome } = await buildChain(t.db, p.id);
    const i = await buildIndicator(t.db, p.id, outcome.id);
    const url = `/api/partnerships/${p.id}/comments`;
    expect((await auditor.post(url, { entityType: 'result', entityId: outcome.id, body: 'Bien formulado' })).statusCode).toBe(201);
    expect((await auditor.post(url, { entityType: 'indicator', entityId: i.id, body: 'Fuente clara' })).statusCode).toBe(201);
    expect((await auditor.post(url, { entityType: 'indicator', entityId: outcome.id, body: 'x' })).statusCode).toBe(404);
    expect((await auditor.get(`${url}?entityType=result&entityId=${outcome.id}`)).json().total).toBe(1);
  });
});
