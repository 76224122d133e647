import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPLICATION_STATUSES } from '@mic/domain';
import { loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { createTestApp, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo applications', () => {
  it('has an application in every status, a returned one with its message, a rejected one with its reason and an incomplete Stord draft', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const overview = (await officer.get('/api/applications?pageSize=100')).json();
    expect(Object.keys(overview.totals.byStatus).sort()).toEqual([...APPLICATION_STATUSES].sort());
    expect(overview.totals.granted).toBeGreaterThan(0);
    expect(overview.totals.late).toBe(1);
    const pick = (status: string) => overview.items.find((i: { status: string }) => i.status === status);
    for (const status of ['returned', 'rejected']) {
      const app = (await officer.get(`/api/applications/${pick(status).id}`)).json();
      expect(app.events.at(-1)).toMatchObject({ to: status, message: expect.any(String) });
    }
    const stord = overview.items.find((i: { partnership: { title: string }; year: number }) => i.partnership.title.startsWith('Stord') && i.year === 2027);
    expect(stord).toMatchObject({ status: 'draft', kind: 'annual' });
    expect(stord.missingCount).toBeGreaterThan(0);
  });
});
