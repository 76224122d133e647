import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartnershipStatus } from '@mic/domain';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olav Officer' });
});
afterAll(() => t.close());

async function coordinated(status: PartnershipStatus = 'draft', role: 'home_coordinator' | 'partner_coordinator' = 'home_coordinator') {
  const p = await buildPartnership(t.db, { status });
  const coordinator = await signInAs(t, { name: 'Cora Coordinator', memberships: [{ partnershipId: p.id, role }] });
  return { p, coordinator };
}

const move = (client: Client, id: string, status: string, version?: number) => client.post(`/api/partnerships/${id}/status`, { status, version });

describe('what coordinators may do', () => {
  it('submits a draft and withdraws the application, each audit-logged with the version bumped', async () => {
    const { p, coordinator } = await coordinated();
    const submitted = await move(coordinator, p.id, 'applied');
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: 'applied', version: 2, can: { changeStatusTo: ['draft'] } });
    const withdrawn = await move(coordinator, p.id, 'draft');
    expect(withdrawn.json()).toMatchObject({ status: 'draft', version: 3 });

    const entries = await auditEntriesOf(t.db, p.id);
    expect(entries.map((e) => [e.action, (e.before as { status: string }).status, (e.after as { status: string }).status])).toEqual([
      ['partnership.status_changed', 'draft', 'applied'],
      ['partnership.status_changed', 'applied', 'draft'],
    ]);
    expect(entries[0]).toMatchObject({ actorName: 'Cora Coordinator', partnershipId: p.id });
  });

  it('lets the partner coordinator submit too', async () => {
    const { p, coordinator } = await coordinated('draft', 'partner_coordinator');
    expect((await move(coordinator, p.id, 'applied')).statusCode).toBe(200);
  });

  it('refuses the programme office\'s decisions to a coordinator with 403, writing nothing', async () => {
    const { p, coordinator } = await coordinated('applied');
    expect((await coordinator.get(`/api/partnerships/${p.id}`)).json().can.changeStatusTo).toEqual(['draft']);
    const before = await auditCount(t.db);
    for (const status of ['active', 'rejected']) {
      const res = await move(coordinator, p.id, status);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect(await auditCount(t.db)).toBe(before);
    expect((await coordinator.get(`/api/partnerships/${p.id}`)).json()).toMatchObject({ status: 'applied', version: 1 });
  });

  it('refuses any status change to auditors and viewers', async () => {
    const p = await buildPartnership(t.db);
    for (const role of ['auditor', 'viewer'] as const) {
      const client = await signInAs(t, { memberships: [{ partnershipId: p.id, role }] });
      expect((await move(client, p.id, 'applied')).statusCode).toBe(403);
    }
  });
});

describe('what the programme office does', () => {
  it('walks a partnership through approval, completion and closing', async () => {
    const p = await buildPartnership(t.db, { status: 'applied' });
    expect((await officer.get(`/api/partnerships/${p.id}`)).json().can.changeStatusTo).toEqual(['active', 'rejected', 'draft']);
    let version = 1;
    for (const status of ['active', 'completed', 'closed'] as const) {
      const res = await move(officer, p.id, status, version);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status, version: ++version });
    }
    expect((await officer.get(`/api/partnerships/${p.id}`)).json().can).toMatchObject({ edit: false, changeStatusTo: [] });
  });

  it('rejects an application and sends it back to draft', async () => {
    const p = await buildPartnership(t.db, { status: 'applied' });
    expect((await move(officer, p.id, 'rejected')).json().status).toBe('rejected');
    expect((await move(officer, p.id, 'draft')).json().status).toBe('draft');
  });
});

describe('the state machine', () => {
  it('refuses a change the machine does not allow with 409 STATUS_TRANSITION_INVALID, naming both states', async () => {
    const cases: [PartnershipStatus, PartnershipStatus][] = [
      ['draft', 'active'],
      ['draft', 'closed'],
      ['active', 'draft'],
      ['completed', 'active'],
      ['closed', 'draft'],
      ['rejected', 'active'],
    ];
    for (const [from, to] of cases) {
      const p = await buildPartnership(t.db, { status: from });
      const res = await move(officer, p.id, to);
      expect(res.statusCode, `${from} → ${to}`).toBe(409);
      expect(res.json()).toMatchObject({ code: 'STATUS_TRANSITION_INVALID', errors: [{ field: 'status' }] });
      expect(res.json().detail).toBe(`The status cannot change from ${from} to ${to}.`);
    }
  });

  it('answers in the caller\'s language', async () => {
    const p = await buildPartnership(t.db, { status: 'draft' });
    const spanish = await signInAs(t, { globalRole: 'admin', language: 'es' });
    expect((await move(spanish, p.id, 'completed')).json().detail).toBe('El estado no puede cambiar de draft a completed.');
  });

  it('refuses a coordinator\'s impossible change as impossible, not as forbidden', async () => {
    const { p, coordinator } = await coordinated('draft');
    expect((await move(coordinator, p.id, 'closed')).statusCode).toBe(409);
  });

  it('changes nothing when asked for the status it already has', async () => {
    const { p, coordinator } = await coordinated('draft');
    const res = await move(coordinator, p.id, 'draft');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'draft', version: 1 });
    expect(await auditEntriesOf(t.db, p.id)).toEqual([]);
  });

  it('refuses an unknown status and a stale version', async () => {
    const { p, coordinator } = await coordinated('draft');
    expect((await move(coordinator, p.id, 'approved')).statusCode).toBe(422);
    const stale = await move(coordinator, p.id, 'applied', 7);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
  });

  it('checks the transition again inside the transaction: of two simultaneous decisions one wins', async () => {
    const p = await buildPartnership(t.db, { status: 'applied' });
    const admin = await signInAs(t, { globalRole: 'admin' });
    const results = await Promise.all([move(officer, p.id, 'active'), move(admin, p.id, 'rejected')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!.json();
    expect(loser.code).toBe('STATUS_TRANSITION_INVALID');
    expect(await auditEntriesOf(t.db, p.id)).toHaveLength(1);
  });
});
