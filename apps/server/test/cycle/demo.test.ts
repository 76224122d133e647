import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo’s yearly cycle', () => {
  it('has the Norad network meeting dated ahead, and Stord – San Juan Comalapa’s last report received', async () => {
    const stord = await signIn(t.app, 'stord@mic.example', DEMO_PASSWORD);
    const due = (await stord.get('/api/me/due')).json();
    const today = due.today as string;
    const dates = (await stord.get(`/api/programme/cycle-dates?year=${Number(today.slice(0, 4))}`)).json().dates;
    const nextYear = (await stord.get(`/api/programme/cycle-dates?year=${Number(today.slice(0, 4)) + 1}`)).json().dates;
    const meeting = [...dates, ...nextYear].find((d: { stepCode: string }) => d.stepCode === 'network-meeting');
    expect(meeting).toMatchObject({ fundingSource: 'norad' });
    expect(meeting.date > today).toBe(true);

    const session = (await stord.get('/api/auth/session')).json().user;
    const partnershipId = session.memberships[0].partnershipId as string;
    const year = Math.min(Math.max(Number(today.slice(0, 4)) - 1, 2025), 2027);
    const report = (await stord.get(`/api/partnerships/${partnershipId}/deadlines?year=${year}`))
      .json()
      .deadlines.find((d: { stepCode: string }) => d.stepCode === 'annual-report');
    expect(report.met).toMatchObject({ note: 'Received with the audited accounts.', byName: expect.any(String) });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
