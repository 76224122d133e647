import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { dayOf, runReminders } from '../../src/modules/reminders/reminders.scheduler';
import { createTestApp, signIn, testConfig, type TestContext } from '../helpers/app';

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

  it('keeps one overdue deadline per running partnership: the earlier ones are recorded as met', async () => {
    const officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
    const due = (await officer.get('/api/me/due')).json();
    const overdue = due.items.filter((i: { overdue: boolean }) => i.overdue);
    expect(overdue.length).toBeGreaterThan(0);
    const partnerships = overdue.map((i: { partnership: { id: string } }) => i.partnership.id);
    expect(new Set(partnerships).size).toBe(partnerships.length);
    expect(due.overdueCount).toBe(overdue.length);
  });

  it('has reminders of the network meeting on its first run, held in the outbox without SMTP', async () => {
    const disabled = { enabled: false, send: async () => {} };
    const now = () => new Date();
    await runReminders({ db: t.db, mailer: disabled, config: testConfig, now }, dayOf(now()));
    const admin = await signIn(t.app, 'admin@mic.example', DEMO_PASSWORD);
    const held = (await admin.get('/api/admin/outbox?status=held&pageSize=100')).json();
    const toStord = held.items.find((m: { to: string }) => m.to === 'stord@mic.example');
    expect(toStord).toMatchObject({ language: 'nb', status: 'held' });
    expect(toStord.subject).toContain('Nettverksmøte');
  });
});
