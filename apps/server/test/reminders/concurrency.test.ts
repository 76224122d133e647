import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox } from '../../src/db/schema';
import { LEASE_MS } from '../../src/modules/outbox/outbox.dispatch';
import { outboxRows, partnershipWithCoordinators, recipientOf, smtpMailer, worldWithInbox, type ReminderWorld, type SmtpInbox } from './helpers';

/** Two server processes on one database: every reminder is written once and delivered once. */
let inbox: SmtpInbox;
let w: ReminderWorld;
let close: () => Promise<void>;
const PARTNERSHIPS = 12;

beforeAll(async () => {
  ({ inbox, w, close } = await worldWithInbox());
  for (let i = 1; i <= PARTNERSHIPS; i++) {
    await partnershipWithCoordinators(w.t.db, [
      { name: `Home ${i}`, email: `home${i}@example.org`, language: 'nb' },
      { name: `Partner ${i}`, email: `partner${i}@example.org`, language: 'es' },
    ]);
  }
});
afterAll(() => close());

describe('two processes sending reminders at the same time', () => {
  it('delivers every message exactly once', async () => {
    const second = await w.anotherApp(smtpMailer(inbox.port));
    try {
      const [a, b] = await Promise.all([w.run('2027-03-16'), w.run('2027-03-16', second.ctx)]);
      expect(a.sent + b.sent).toBe(PARTNERSHIPS * 2);
      expect(a.written + b.written).toBe(PARTNERSHIPS * 2);
      const again = await Promise.all([w.run('2027-03-16'), w.run('2027-03-16', second.ctx)]);
      expect(again.map((r) => r.sent + r.written)).toEqual([0, 0]);
    } finally {
      await second.close();
    }
    const recipients = inbox.messages.map(recipientOf);
    expect(recipients).toHaveLength(PARTNERSHIPS * 2);
    expect(new Set(recipients).size).toBe(PARTNERSHIPS * 2);
    expect(new Set(inbox.messages.map((m) => m.messageId)).size).toBe(PARTNERSHIPS * 2);
    const rows = await outboxRows(w.t.db);
    expect(rows.filter((r) => r.status === 'sent')).toHaveLength(PARTNERSHIPS * 2);
  });

  it('takes over a message a crashed process left half-sent once its lease has run out, not before', async () => {
    const [row] = await outboxRows(w.t.db);
    const before = inbox.messages.length;
    const stuck = { status: 'sending', sentAt: null, leaseUntil: new Date(Date.parse('2027-03-17T09:00:00Z') + LEASE_MS / 2) };
    await w.t.db.update(mailOutbox).set(stuck).where(eq(mailOutbox.id, row!.id));
    await w.run('2027-03-17');
    expect(inbox.messages).toHaveLength(before);
    await w.run('2027-03-18');
    expect(inbox.messages).toHaveLength(before + 1);
    expect(inbox.messages.at(-1)!.messageId).toBe(`<reminder-${row!.id}@mic-platform>`);
    const [after] = await w.t.db.select().from(mailOutbox).where(eq(mailOutbox.id, row!.id));
    expect(after!.status).toBe('sent');
  });
});
