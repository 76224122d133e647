import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
let id: string;
let coordinator: Client;

beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olav Officer' });
  const home = await buildMunicipality(t.db, { name: 'Klepp', country: 'NO' });
  const partner = await buildMunicipality(t.db, { name: 'Donji Vakuf', country: 'BA' });
  const created = await officer.post('/api/partnerships', {
    title: 'Planning together',
    homeMunicipalityId: home.id,
    partnerMunicipalityId: partner.id,
    fundingSource: 'norad',
    startYear: 2026,
    workingLanguage: 'bs',
    purposes: ['environment'],
  });
  id = created.json().id;
  coordinator = await signInAs(t, { name: 'Cora Coordinator', memberships: [{ partnershipId: id, role: 'home_coordinator' }] });
  await coordinator.patch(`/api/partnerships/${id}`, { version: 1, title: 'Planning and building together' });
  await coordinator.post(`/api/partnerships/${id}/status`, { status: 'applied' });
  await officer.post(`/api/partnerships/${id}/status`, { status: 'active' });
});
afterAll(() => t.close());

describe('a partnership\'s history', () => {
  it('lists every change, newest first, with who made it and the state before and after', async () => {
    const res = await coordinator.get(`/api/partnerships/${id}/history`);
    expect(res.statusCode).toBe(200);
    const { items, nextBefore } = res.json();
    expect(nextBefore).toBeNull();
    expect(items.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['partnership.status_changed', 'Olav Officer'],
      ['partnership.status_changed', 'Cora Coordinator'],
      ['partnership.updated', 'Cora Coordinator'],
      ['partnership.created', 'Olav Officer'],
    ]);
    expect(items[0]).toMatchObject({ entityType: 'partnership', entityId: id, before: { status: 'applied', version: 3 }, after: { status: 'active', version: 4 } });
    expect(items[2]).toMatchObject({ before: { title: 'Planning together' }, after: { title: 'Planning and building together' } });
    expect(items[3].before).toBeNull();
    expect(new Date(items[0].at).getTime()).toBeGreaterThanOrEqual(new Date(items[3].at).getTime());
    expect(items[0].id).toBeGreaterThan(items[1].id);
  });

  it('pages by id with before and limit', async () => {
    const first = (await officer.get(`/api/partnerships/${id}/history?limit=3`)).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextBefore).toBe(first.items[2].id);
    const second = (await officer.get(`/api/partnerships/${id}/history?limit=3&before=${first.nextBefore}`)).json();
    expect(second.items.map((e: { action: string }) => e.action)).toEqual(['partnership.created']);
    expect(second.nextBefore).toBeNull();
    expect((await officer.get(`/api/partnerships/${id}/history?limit=101`)).statusCode).toBe(422);
    expect((await officer.get(`/api/partnerships/${id}/history?before=x`)).statusCode).toBe(422);
  });

  it('holds only this partnership\'s entries', async () => {
    const other = await buildPartnership(t.db);
    await officer.patch(`/api/partnerships/${other.id}`, { version: 1, title: 'Something else' });
    const items = (await officer.get(`/api/partnerships/${id}/history`)).json().items;
    expect(items.every((e: { entityId: string }) => e.entityId === id)).toBe(true);
    expect((await officer.get(`/api/partnerships/${other.id}/history`)).json().items).toHaveLength(1);
  });

  it('is open to everyone who may see the partnership and to no one else', async () => {
    for (const client of [
      await signInAs(t, { memberships: [{ partnershipId: id, role: 'auditor' }] }),
      await signInAs(t, { memberships: [{ partnershipId: id, role: 'viewer' }] }),
      await signInAs(t, { globalRole: 'donor_viewer' }),
    ]) {
      expect((await client.get(`/api/partnerships/${id}/history`)).statusCode).toBe(200);
    }
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    expect((await outsider.get(`/api/partnerships/${id}/history`)).statusCode).toBe(404);
  });

  it('keeps the audit chain intact through all of it', async () => {
    const result = await verifyChain(t.db);
    expect(result).toMatchObject({ ok: true, break: null });
    expect(result.checked).toBeGreaterThanOrEqual(5);
  });
});
