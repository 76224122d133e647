import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { createTestApp, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo annual meeting', () => {
  it('shows Stord – San Juan Comalapa’s first annual meeting, recorded by its partner coordinator, approving the work plan and budget', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const list = (await officer.get('/api/partnerships?pageSize=100')).json();
    const stord = list.items.find((p: { title: string }) => p.title.startsWith('Stord – San Juan Comalapa'));
    const meetings = (await officer.get(`/api/partnerships/${stord.id}/meetings`)).json();
    expect(meetings.total).toBe(1);
    expect(meetings.items[0]).toMatchObject({ meetingDate: '2025-11-20', createdByName: 'Lucía Morales', can: { edit: true, delete: true } });
    expect(meetings.items[0].decisions.map((d: { kind: string }) => d.kind)).toEqual(['approve_work_plan', 'approve_budget']);
  });
});
