import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberships, users } from '../../src/db/schema';
import { buildUser } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { outboxRows, partnershipWithCoordinators, recipientOf, smtpMailer, worldWithInbox, type ReminderWorld, type SmtpInbox } from './helpers';

/**
 * A Norad partnership's annual progress report for 2026 is due 15 April 2027: the coordinators get
 * a reminder 30 and 7 days before (1 day before too, unless it passes while nobody looks) and once
 * when it is overdue, each in their language, delivered by a real SMTP server — once, whatever
 * happens in between.
 */
let inbox: SmtpInbox;
let w: ReminderWorld;
let close: () => Promise<void>;
let partnershipId: string;

beforeAll(async () => {
  ({ inbox, w, close } = await worldWithInbox());
  const { partnership } = await partnershipWithCoordinators(
    w.t.db,
    [
      { name: 'Kari Nordmann', email: 'kari@stord.example', language: 'nb' },
      { name: 'Lucía Pérez', email: 'lucia@comalapa.example', language: 'es' },
      { name: 'Vera Viewer', email: 'vera@stord.example', language: 'en', role: 'viewer' },
    ],
    { title: 'Stord – San Juan Comalapa' },
  );
  partnershipId = partnership.id;
  // Nobody else hears of deadlines: not the viewer, not a disabled coordinator, not a draft partnership's.
  const disabled = await buildUser(w.t.db, { name: 'Dag Disabled', email: 'dag@stord.example', language: 'nb' });
  await w.t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, disabled.id));
  await w.t.db.insert(memberships).values({ userId: disabled.id, partnershipId, role: 'home_coordinator' });
  const drafter = await buildUser(w.t.db, { name: 'Dina Draft', email: 'dina@example.org' });
  await buildPartnership(w.t.db, { status: 'draft', members: [{ userId: drafter.id, role: 'home_coordinator' }] });
});
afterAll(() => close());

const byAddress = (address: string) => inbox.messages.filter((m) => recipientOf(m) === address);

describe('deadline reminders by e-mail', () => {
  it('reminds both coordinators 30 days before, each in their own language, with a link to the deadlines', async () => {
    const result = await w.run('2027-03-16');
    expect(result.sent).toBe(2);
    expect(inbox.messages.map(recipientOf).sort()).toEqual(['kari@stord.example', 'lucia@comalapa.example'].sort());

    const [nb] = byAddress('kari@stord.example');
    expect(nb!.subject).toBe('Påminnelse: Årlig framdriftsrapport til KS (med revidert regnskap når det kreves) 2026 – frist 15. april 2027 (om 30 dager)');
    expect(nb!.text).toContain('Hei Kari Nordmann,');
    expect(nb!.text).toContain('i partnerskapet «Stord – San Juan Comalapa» er 15. april 2027 (om 30 dager)');
    expect(nb!.text).toContain(`http://mic.test/partnerships/${partnershipId}?deadlinesYear=2026#deadlines`);
    expect(nb!.from?.value[0]?.address).toBe('mic@example.org');
    expect(nb!.messageId).toMatch(/^<reminder-[0-9a-f-]{36}@mic-platform>$/);

    const [es] = byAddress('lucia@comalapa.example');
    expect(es!.subject).toBe(
      'Recordatorio: Informe anual de avance a KS (con cuentas auditadas cuando corresponda) 2026, vence el 15 de abril de 2027 (dentro de 30 días)',
    );
    expect(es!.text).toContain('Hola, Lucía Pérez:');
    expect(es!.text).toContain('en la asociación «Stord – San Juan Comalapa» vence el 15 de abril de 2027');
    expect(es!.text).toContain(`http://mic.test/partnerships/${partnershipId}?deadlinesYear=2026#deadlines`);
    expect(es!.messageId).not.toBe(nb!.messageId);

    const rows = await outboxRows(w.t.db);
    expect(rows.map((r) => r.status)).toEqual(['sent', 'sent']);
    expect(rows.every((r) => r.sentAt && r.attempts === 1 && r.partnershipId === partnershipId)).toBe(true);
  });

  it('sends nothing more when run again the same day, nor the next day', async () => {
    expect((await w.run('2027-03-16')).sent).toBe(0);
    expect((await w.run('2027-03-17')).sent).toBe(0);
    expect(inbox.messages).toHaveLength(2);
  });

  it('sends the 7-day reminder 7 days before', async () => {
    await w.run('2027-04-08');
    expect(inbox.messages).toHaveLength(4);
    const latest = byAddress('kari@stord.example').at(-1)!;
    expect(latest.subject).toContain('frist 15. april 2027 (om 7 dager)');
    expect(byAddress('lucia@comalapa.example').at(-1)!.subject).toContain('(dentro de 7 días)');
  });

  it('sends nothing again after a restart on the same database', async () => {
    await w.t.app.close();
    const restarted = await w.anotherApp(smtpMailer(inbox.port));
    try {
      expect((await w.run('2027-04-08', restarted.ctx)).sent).toBe(0);
    } finally {
      await restarted.close();
    }
    expect(inbox.messages).toHaveLength(4);
  });

  it('sends one overdue reminder once the date has passed (the missed 1-day one is not sent late)', async () => {
    const result = await w.run('2027-04-16');
    expect(result.sent).toBe(2);
    const overdue = byAddress('kari@stord.example').at(-1)!;
    expect(overdue.subject).toBe('Fristen er passert: Årlig framdriftsrapport til KS (med revidert regnskap når det kreves) 2026 skulle vært levert 15. april 2027');
    expect(overdue.text).toContain('og det er ikke registrert som gjort');
    expect(byAddress('lucia@comalapa.example').at(-1)!.subject).toContain('Plazo vencido');
    expect((await w.run('2027-04-17')).sent).toBe(0);
    expect((await w.run('2027-05-10')).sent).toBe(0);
    expect(inbox.messages).toHaveLength(6);
    expect(new Set(inbox.messages.map((m) => m.messageId)).size).toBe(6);
  });
});
