import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPort, outboxRows, partnershipWithCoordinators, reminderWorld, smtpMailer, startSmtpServer, type ReminderWorld, type SmtpInbox } from './helpers';

/** The SMTP server is down: the reminder waits in the outbox with the error, and goes out once it is back. */
let port: number;
let w: ReminderWorld;
let inbox: SmtpInbox | null = null;

beforeAll(async () => {
  port = await closedPort();
  w = await reminderWorld(smtpMailer(port));
  await partnershipWithCoordinators(w.t.db, [{ name: 'Anne Andersen', email: 'anne@voss.example', language: 'en' }]);
});
afterAll(async () => {
  await w.t.close();
  await inbox?.close();
});

const theRow = async () => (await outboxRows(w.t.db)).at(-1)!;

describe('when the SMTP server is down', () => {
  it('keeps the reminder pending with the error, and does not retry at once', async () => {
    const result = await w.run('2027-03-16');
    expect(result).toMatchObject({ written: 1, sent: 0, retrying: 1 });
    expect(await theRow()).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
    expect((await theRow()).lastError).toContain('ECONNREFUSED');
    await w.run('2027-03-16');
    expect((await theRow()).attempts).toBe(1);
  });

  it('sends it once the server is back, and only once', async () => {
    inbox = await startSmtpServer(port);
    const result = await w.run('2027-03-17');
    expect(result).toMatchObject({ written: 0, sent: 1 });
    expect(inbox.messages).toHaveLength(1);
    expect(inbox.messages[0]!.subject).toContain('(in 30 days)');
    expect(await theRow()).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    await w.run('2027-03-18');
    expect(inbox.messages).toHaveLength(1);
  });

  it('gives a message up as failed after five attempts', async () => {
    await inbox!.close();
    inbox = null;
    for (const day of ['2027-04-08', '2027-04-09', '2027-04-10', '2027-04-11']) await w.run(day);
    expect(await theRow()).toMatchObject({ status: 'pending', attempts: 4 });
    expect((await w.run('2027-04-12')).failed).toBe(1);
    expect(await theRow()).toMatchObject({ status: 'failed', attempts: 5 });
    await w.run('2027-04-13');
    expect(await theRow()).toMatchObject({ status: 'failed', attempts: 5 });
    expect((await theRow()).subject).toContain('(in 7 days)');
  });
});
