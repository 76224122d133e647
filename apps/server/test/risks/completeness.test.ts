import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addRisk, daysFromToday, measure, tolerance } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setup() {
  const p = await buildPartnership(t.db, { status: 'active' });
  const home = await signInAs(t, { name: 'Ola Hjem', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { language: 'es', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  return { p, home, partner, url: `/api/partnerships/${p.id}/risks` };
}

describe('saving the register as complete', () => {
  it('fails with RISK_TOLERANCE_MISSING naming each high risk without a reducing response or documented tolerance', async () => {
    const { p, home, partner, url } = await setup();
    const bare = await addRisk(home, p.id, { description: 'Key staff leave after the election', probability: 4, consequence: 4 });
    const tolerateOnly = await addRisk(home, p.id, { description: 'Hurricane season floods the landfill', probability: 3, consequence: 5, response: { type: 'tolerate', measures: [] } });
    await addRisk(home, p.id, { description: 'Reduced', probability: 5, consequence: 5, response: { type: 'reduce_probability', measures: [measure] } });
    await addRisk(home, p.id, { description: 'Tolerated', probability: 5, consequence: 4, response: { type: 'tolerate', measures: [] }, tolerance });
    await addRisk(home, p.id, { description: 'Medium', probability: 3, consequence: 3 });
    await addRisk(home, p.id, { description: 'Closed high', probability: 5, consequence: 5, status: 'closed' });

    const res = await home.put(`${url}/register`, { state: 'complete', version: 1 });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe('RISK_TOLERANCE_MISSING');
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual([`risks.${bare.id}`, `risks.${tolerateOnly.id}`]);
    expect(problem.detail).toContain('Key staff leave after the election');
    const spanish = (await partner.put(`${url}/register`, { state: 'complete', version: 1 })).json();
    expect(spanish.errors[1].message).toContain('«Hurricane season floods the landfill»');

    const register = (await home.get(url)).json().register;
    expect(register).toMatchObject({ state: 'draft', completable: false });
    expect(register.violations).toEqual([
      { code: 'RISK_TOLERANCE_MISSING', field: `risks.${bare.id}`, params: { riskId: bare.id, risk: 'Key staff leave after the election' } },
      { code: 'RISK_TOLERANCE_MISSING', field: `risks.${tolerateOnly.id}`, params: { riskId: tolerateOnly.id, risk: 'Hurricane season floods the landfill' } },
    ]);
    expect((await home.get(url)).json().items.filter((r: { toleranceMissing: boolean }) => r.toleranceMissing)).toHaveLength(2);
  });

  it('completes once every high risk is answered, audit-logged, and goes back to draft on request', async () => {
    const { p, home, url } = await setup();
    const risk = await addRisk(home, p.id, { probability: 4, consequence: 4 });
    expect((await home.put(`${url}/register`, { state: 'complete', version: 1 })).statusCode).toBe(422);
    await home.patch(`${url}/${risk.id}`, { tolerance, version: 1 });
    const done = await home.put(`${url}/register`, { state: 'complete', version: 1 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ state: 'complete', completedByName: 'Ola Hjem', version: 2, violations: [], completable: true });
    expect(done.json().completedAt).toEqual(expect.any(String));
    const stale = await home.put(`${url}/register`, { state: 'draft', version: 1 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);
    const draft = await home.put(`${url}/register`, { state: 'draft', version: 2 });
    expect(draft.json()).toMatchObject({ state: 'draft', completedAt: null, completedByName: null, version: 3 });
    expect((await auditEntriesOf(t.db, p.id)).filter((e) => e.entityType === 'risk_register').map((e) => e.action)).toEqual([
      'risk_register.completed',
      'risk_register.reopened',
    ]);
  });

  it('goes back to draft by itself when a later change breaks the rule', async () => {
    const { p, home, url } = await setup();
    const risk = await addRisk(home, p.id, { probability: 2, consequence: 2 });
    expect((await home.put(`${url}/register`, { state: 'complete', version: 1 })).json().state).toBe('complete');
    // a review that makes the risk high, without a response: allowed, and the register is a draft again
    const reviewed = await home.post(`${url}/${risk.id}/reviews`, { reviewedOn: daysFromToday(0), probability: 5, consequence: 3, assumptionStatus: 'does_not_hold', correctiveAction: 'Ask KS' });
    expect(reviewed.statusCode).toBe(201);
    const register = (await home.get(url)).json().register;
    expect(register).toMatchObject({ state: 'draft', completable: false, version: 3 });
    const reopened = (await auditEntriesOf(t.db, p.id)).find((e) => e.action === 'risk_register.reopened');
    expect(reopened?.after).toEqual({ state: 'draft', because: [`risks.${risk.id}`] });
  });

  it('raises "continuation should be questioned" for an open high risk with no possible response', async () => {
    const { p, home, url } = await setup();
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const none = { type: 'no_response_possible', measures: [] };
    const risk = await addRisk(home, p.id, { description: 'Armed conflict reaches the municipality', category: 'security', probability: 3, consequence: 5, response: none });
    await addRisk(home, p.id, { description: 'Low, nothing to do', probability: 1, consequence: 2, response: none });
    const seen = (await officer.get(url)).json();
    expect(seen).toMatchObject({ continuationQuestioned: true, questioningRiskIds: [risk.id] });
    expect(seen.items[0]).toMatchObject({ id: risk.id, questionsContinuation: true, toleranceMissing: true });
    // documenting the tolerance completes the register; the flag stays up
    await home.patch(`${url}/${risk.id}`, { tolerance, version: 1 });
    expect((await home.put(`${url}/register`, { state: 'complete', version: 1 })).statusCode).toBe(200);
    expect((await officer.get(url)).json().continuationQuestioned).toBe(true);
    await home.patch(`${url}/${risk.id}`, { status: 'closed', version: 2 });
    expect((await officer.get(url)).json()).toMatchObject({ continuationQuestioned: false, questioningRiskIds: [] });
  });
});
