import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/db/schema';
import { buildUser } from '../helpers/factories';
import { partnershipWithCoordinators, recipientOf, worldWithInbox, type ReminderWorld, type SmtpInbox } from './helpers';

/**
 * The programme office's own steps (the Ministry programme application, 15 February 2027, in a
 * programme-application year) remind the programme officers, or the administrators when there are none.
 */
let inbox: SmtpInbox;
let w: ReminderWorld;
let close: () => Promise<void>;
let officerId: string;

beforeAll(async () => {
  ({ inbox, w, close } = await worldWithInbox());
  officerId = (await buildUser(w.t.db, { name: 'Ola Officer', email: 'ola@ks.example', globalRole: 'programme_officer', language: 'nb' })).id;
  await buildUser(w.t.db, { name: 'Ada Admin', email: 'ada@ks.example', globalRole: 'admin' });
  await partnershipWithCoordinators(w.t.db, [{ name: 'Anne Andersen', email: 'anne@voss.example', language: 'en' }]);
});
afterAll(() => close());

describe('reminders of the programme office', () => {
  it('reminds the programme officer of the programme application, in their language, with a link to the calendar', async () => {
    await w.run('2027-01-16');
    expect(inbox.messages.map(recipientOf)).toEqual(['ola@ks.example']);
    const [mail] = inbox.messages;
    expect(mail!.subject).toBe('Påminnelse: Programsøknad fra KS til giver 2027 – frist 15. februar 2027 (om 30 dager)');
    expect(mail!.text).toContain('programkontorets steg «Programsøknad fra KS til giver» (Utenriksdepartementet, tilskuddsåret 2027)');
    expect(mail!.text).toContain('http://mic.test/calendar?year=2027&funding=mfa');
    expect(mail!.text).toContain('fordi du arbeider i programkontoret');
  });

  it('reminds the administrators when there is no programme officer', async () => {
    await w.t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, officerId));
    await w.run('2027-02-08');
    expect(inbox.messages.map(recipientOf)).toEqual(['ola@ks.example', 'ada@ks.example']);
    expect(inbox.messages[1]!.subject).toBe('Reminder: Programme application from KS to the donor 2027 due 15 February 2027 (in 7 days)');
  });

  it('does not chase the office as overdue once its own step has passed (nothing records it as done)', async () => {
    const before = inbox.messages.length;
    await w.run('2027-02-16');
    await w.run('2027-02-20');
    expect(inbox.messages.slice(before).map((m) => m.subject)).toEqual([]);
  });
});
