import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { addRisk } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('comments on a risk', () => {
  it('lets the programme office remark on a risk of the partnership, and only of that partnership', async () => {
    const p = await buildPartnership(t.db);
    const other = await buildPartnership(t.db);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const otherCoordinator = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    const officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Kari KS' });
    const risk = await addRisk(coordinator, p.id);
    const foreign = await addRisk(otherCoordinator, other.id);
    const url = `/api/partnerships/${p.id}/comments`;

    const res = await officer.post(url, { entityType: 'risk', entityId: risk.id, body: 'Is the tolerance agreed with the council?' });
    expect(res.statusCode).toBe(201);
    const list = (await coordinator.get(`${url}?entityType=risk&entityId=${risk.id}`)).json();
    expect(list.items.map((c: { authorName: string }) => c.authorName)).toEqual(['Kari KS']);
    expect((await officer.post(url, { entityType: 'risk', entityId: foreign.id, body: 'x' })).statusCode).toBe(404);
    expect((await officer.post(url, { entityType: 'risk', entityId: 'nonsense', body: 'x' })).statusCode).toBe(404);
  });
});
