import type { AddressInfo } from 'node:net';
import { asc } from 'drizzle-orm';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { PartnershipRole } from '@mic/domain';
import { buildApp } from '../../src/app';
import type { Executor } from '../../src/db/client';
import { mailOutbox } from '../../src/db/schema';
import { createMailer, type Mailer } from '../../src/lib/mailer';
import { runReminders, type ReminderContext } from '../../src/modules/reminders/reminders.scheduler';
import { createTestApp, testConfig, type TestContext } from '../helpers/app';
import { buildUser } from '../helpers/factories';
import { buildPartnership, type PartnershipSpec } from '../helpers/partnership-factory';

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. */
export interface SmtpInbox {
  port: number;
  messages: ParsedMail[];
  close(): Promise<void>;
}

export async function startSmtpServer(port = 0): Promise<SmtpInbox> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    // The message is parsed and kept before the server answers "250 OK", so once the sender's
    // sendMail has resolved, the message is in `messages`.
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on which nothing listens (an SMTP server that is down). */
export async function closedPort(): Promise<number> {
  const inbox = await startSmtpServer();
  await inbox.close();
  return inbox.port;
}

export function smtpMailer(port: number): Mailer {
  return createMailer({ host: '127.0.0.1', port, secure: false, from: 'MIC <mic@example.org>' });
}

/**
 * One app on a fresh database with a clock the test moves: `run(day)` sets the clock to 09:00 UTC
 * of that day and runs the reminders there, as the scheduler would.
 */
export interface ReminderWorld {
  t: TestContext;
  ctx: ReminderContext;
  run(day: string, ctx?: ReminderContext): ReturnType<typeof runReminders>;
  /** Sets the clock to 09:00 UTC of `day` (for the scheduler, which reads the day from the clock). */
  setDay(day: string): void;
  /** Another app on the same database (a second process, or the server after a restart). */
  anotherApp(mailer: Mailer): Promise<{ ctx: ReminderContext; close(): Promise<void> }>;
}

export async function reminderWorld(mailer: Mailer): Promise<ReminderWorld> {
  let now = new Date('2027-01-01T09:00:00Z');
  const clock = () => now;
  const t = await createTestApp({}, { mailer, clock });
  const ctx: ReminderContext = { db: t.db, mailer, config: testConfig, now: clock };
  const setDay = (day: string) => {
    now = new Date(`${day}T09:00:00Z`);
  };
  return {
    t,
    ctx,
    setDay,
    run: (day, other = ctx) => {
      setDay(day);
      return runReminders(other, day);
    },
    anotherApp: async (otherMailer) => {
      const app = await buildApp({ config: testConfig, database: t.database, mailer: otherMailer, clock, webDist: null });
      await app.ready();
      return { ctx: { db: t.db, mailer: otherMailer, config: testConfig, now: clock }, close: () => app.close() };
    },
  };
}

/** A world whose mailer delivers to its own real SMTP server; `close` stops both. */
export async function worldWithInbox(): Promise<{ inbox: SmtpInbox; w: ReminderWorld; close(): Promise<void> }> {
  const inbox = await startSmtpServer();
  const w = await reminderWorld(smtpMailer(inbox.port));
  return {
    inbox,
    w,
    close: async () => {
      await w.t.close();
      await inbox.close();
    },
  };
}

/** An active Norad partnership (2025–2027) with these people as members (home, then partner coordinator, unless a role is given). */
export async function partnershipWithCoordinators(db: Executor, people: { name: string; email: string; language: string; role?: PartnershipRole }[], spec: PartnershipSpec = {}) {
  const users = [];
  for (const { role: _role, ...person } of people) users.push(await buildUser(db, person));
  const roles: PartnershipRole[] = ['home_coordinator', 'partner_coordinator'];
  const partnership = await buildPartnership(db, {
    status: 'active',
    ...spec,
    members: users.map((u, i) => ({ userId: u.id, role: people[i]!.role ?? roles[i % 2]! })),
  });
  return { partnership, users };
}

export async function outboxRows(db: Executor) {
  return db.select().from(mailOutbox).orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.toAddress));
}

/** The address a parsed message went to. */
export function recipientOf(mail: ParsedMail): string {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  return to?.value[0]?.address ?? '';
}
