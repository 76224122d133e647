import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxMessageDto } from '@mic/domain';
import type { Mail } from '../../src/lib/mailer';
import { anonymous, signIn, type Client } from '../helpers/app';
import { buildUser, TEST_PASSWORD } from '../helpers/factories';
import { partnershipWithCoordinators, reminderWorld, type ReminderWorld } from './helpers';

/** Without SMTP settings nothing leaves the platform: the reminders are kept for an administrator to read. */
const sent: Mail[] = [];
let w: ReminderWorld;
let admin: Client;
let partnershipId: string;

beforeAll(async () => {
  w = await reminderWorld({ enabled: false, send: async (mail) => void sent.push(mail) });
  const { partnership } = await partnershipWithCoordinators(w.t.db, [
    { name: 'Kari Nordmann', email: 'kari@stord.example', language: 'nb' },
    { name: 'Lucía Pérez', email: 'lucia@comalapa.example', language: 'es' },
  ]);
  partnershipId = partnership.id;
  const a = await buildUser(w.t.db, { name: 'Ada Admin', email: 'ada@ks.example', globalRole: 'admin', language: 'nb' });
  admin = await signIn(w.t.app, a.email, TEST_PASSWORD);
});
afterAll(() => w.t.close());

const partnershipMessages = (page: { items: OutboxMessageDto[] }) => page.items.filter((m) => m.partnershipId === partnershipId);

describe('the outbox without SMTP', () => {
  it('keeps the reminders as held, sends nothing, and shows them to an administrator', async () => {
    const result = await w.run('2027-03-16');
    expect(result.sent).toBe(0);
    expect(sent).toHaveLength(0);

    const res = await admin.get('/api/admin/outbox?status=held');
    expect(res.statusCode).toBe(200);
    const mine = partnershipMessages(res.json());
    expect(mine.map((m) => m.to).sort()).toEqual(['kari@stord.example', 'lucia@comalapa.example']);
    const kari = mine.find((m) => m.to === 'kari@stord.example')!;
    expect(kari).toMatchObject({ kind: 'deadline-reminder', recipientName: 'Kari Nordmann', language: 'nb', status: 'held', attempts: 0, sentAt: null });
    expect(kari.subject).toContain('frist 15. april 2027 (om 30 dager)');
    expect(kari.body).toContain(`http://mic.test/partnerships/${partnershipId}?deadlinesYear=2026#deadlines`);

    expect((await w.run('2027-03-17')).written).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it('lists newest first, a page at a time, filtered by status', async () => {
    await w.run('2027-04-08');
    const all = (await admin.get('/api/admin/outbox')).json();
    expect(all.total).toBeGreaterThanOrEqual(4);
    const created = all.items.map((m: OutboxMessageDto) => m.createdAt);
    expect(created).toEqual([...created].sort().reverse());
    const newest = all.items.slice(0, 2).map((m: OutboxMessageDto) => m.subject);
    expect(newest.every((s: string) => /\((om 7 dager|dentro de 7 días)\)$/.test(s)), newest.join(' | ')).toBe(true);

    const page2 = (await admin.get('/api/admin/outbox?page=2&pageSize=1')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 1, total: all.total });
    expect(page2.items[0].id).toBe(all.items[1].id);
    expect((await admin.get('/api/admin/outbox?status=sent')).json()).toMatchObject({ items: [], total: 0 });
  });

  it('is for administrators only, and refuses an unknown status with a translated problem', async () => {
    expect((await anonymous(w.t.app).get('/api/admin/outbox')).statusCode).toBe(401);
    const officer = await buildUser(w.t.db, { globalRole: 'programme_officer' });
    const res = await (await signIn(w.t.app, officer.email, TEST_PASSWORD)).get('/api/admin/outbox');
    expect(res.statusCode).toBe(403);
    const bad = await admin.get('/api/admin/outbox?status=lost');
    expect(bad.statusCode).toBe(422);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED', detail: 'Noen felt mangler eller er ugyldige.' });
  });
});
