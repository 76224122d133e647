import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cycleDates, deadlineCompletions } from '../../src/db/schema';
import { startReminderScheduler } from '../../src/modules/reminders/reminders.scheduler';
import { partnershipWithCoordinators, recipientOf, worldWithInbox, type ReminderWorld, type SmtpInbox } from './helpers';

/**
 * The server was down: when it comes back, the scheduler's first run sends only the reminder that
 * is due now (the latest one), not every one it missed. A deadline recorded as met gets no reminder;
 * a network meeting gets one once its date is set; instalments (KS's payments) get none; a completed
 * partnership is reminded of its final report only.
 */
let inbox: SmtpInbox;
let w: ReminderWorld;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ inbox, w, close } = await worldWithInbox());
  await partnershipWithCoordinators(w.t.db, [{ name: 'Anne Andersen', email: 'anne@voss.example', language: 'en' }], { title: 'Voss – Kumasi' });
  const { partnership: done } = await partnershipWithCoordinators(w.t.db, [{ name: 'Bjørn Berg', email: 'bjorn@moss.example', language: 'nb' }], {
    title: 'Moss – Tamale',
  });
  // Completed partnerships owe their final report and nothing else: 2024–2026 owes the 2026 report; 2025–2027 owes nothing yet.
  const final = { status: 'completed' as const, startYear: 2024, endYear: 2026, title: 'Bergen – Cape Coast' };
  await partnershipWithCoordinators(w.t.db, [{ name: 'Carl Carlsen', email: 'carl@bergen.example', language: 'en' }], final);
  await partnershipWithCoordinators(w.t.db, [{ name: 'Cecilie Dahl', email: 'cecilie@hamar.example', language: 'nb' }], { status: 'completed' });
  // Moss – Tamale has handed in its report for 2026 already.
  await w.t.db.insert(deadlineCompletions).values({ partnershipId: done.id, fundingYear: 2026, stepCode: 'annual-report', recordedByName: 'KS' });
});
afterAll(() => close());

describe('reminders missed while the server was down', () => {
  it('sends nothing for an instalment on its day, nor for a report 45 days ahead', async () => {
    expect((await w.run('2027-03-01')).sent).toBe(0);
    expect(inbox.messages).toHaveLength(0);
  });

  it('on coming back 5 days before the report, sends only the 7-day reminder, once', async () => {
    w.setDay('2027-04-10');
    const scheduler = startReminderScheduler(w.ctx, 15, w.t.app.log);
    await scheduler.stop();
    expect(inbox.messages.map(recipientOf).sort()).toEqual(['anne@voss.example', 'carl@bergen.example']);
    const mail = inbox.messages.find((m) => recipientOf(m) === 'anne@voss.example');
    expect(mail!.subject).toBe('Reminder: Annual progress report to KS (with audited accounts when due) 2026 due 15 April 2027 (in 5 days)');
    expect(mail!.text).toContain('in the partnership "Voss – Kumasi" is due on 15 April 2027 (in 5 days).');
    expect((await w.run('2027-04-10')).sent).toBe(0);
  });

  it('gives no reminder for a deadline recorded as met', async () => {
    await w.run('2027-04-16');
    expect(inbox.messages.slice(2).map(recipientOf).sort()).toEqual(['anne@voss.example', 'carl@bergen.example']);
    expect(inbox.messages.slice(2).every((m) => m.subject?.startsWith('Overdue: Annual progress report'))).toBe(true);
  });

  it('reminds of a network meeting once the programme office has set its date, and not after it', async () => {
    await w.t.db.insert(cycleDates).values({ programmeId: w.t.programmeId, fundingSource: 'norad', year: 2027, stepCode: 'network-meeting', date: '2027-06-01' });
    const result = await w.run('2027-05-25');
    expect(result.sent).toBe(2);
    const subjects = inbox.messages.slice(4).map((m) => `${recipientOf(m)}: ${m.subject}`);
    expect(subjects.sort()).toEqual([
      'anne@voss.example: Reminder: Network meeting and capacity building 2027 due 1 June 2027 (in 7 days)',
      'bjorn@moss.example: Påminnelse: Nettverksmøte og kapasitetsbygging 2027 – frist 1. juni 2027 (om 7 dager)',
    ]);
    expect((await w.run('2027-06-05')).sent).toBe(0);
  });
});
