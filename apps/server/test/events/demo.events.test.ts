import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

let t: TestContext;
beforeAll(async () => {
  // The demo's "today".
  t = await createTestApp({}, { clock: () => new Date('2026-11-27T10:00:00Z') });
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

const as = (email: string) => signIn(t.app, email, DEMO_PASSWORD);

describe('the demo events', () => {
  it('shows the programme office a network meeting in Antigua, a webinar and an event to be announced', async () => {
    const page = (await (await as('officer@mic.example')).get('/api/events')).json();
    expect(page.items.map((e: { type: string; date: string | null }) => [e.type, e.date])).toEqual([
      ['webinar', '2027-01-20'],
      ['network_meeting', '2027-03-16'],
      ['capacity_building', null],
    ]);
    const antigua = page.items[1];
    expect(antigua).toMatchObject({ place: 'Antigua Guatemala, Sacatepéquez', invitedCount: 3, registrationCount: 1 });
    expect(page.items[0]).toMatchObject({ onlineUrl: expect.stringMatching(/^https:/), place: null });
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('invites the Guatemalan partnerships to Antigua: their coordinators see it and may register; one already has', async () => {
    const lucia = await as('comalapa@mic.example');
    const mine = (await lucia.get('/api/events')).json().items;
    const antigua = mine.find((e: { type: string }) => e.type === 'network_meeting');
    expect(antigua.title.es).toContain('Antigua Guatemala');
    expect(antigua.myRegistration).toBeNull();
    expect((await lucia.get(`/api/events/${antigua.id}`)).json().can.register).toBe(true);
    expect(mine.map((e: { type: string }) => e.type)).not.toContain('capacity_building');

    const andres = await as('panajachel@mic.example');
    const detail = (await andres.get(`/api/events/${antigua.id}`)).json();
    expect(detail.myRegistration).not.toBeNull();
    const participants = (await (await as('officer@mic.example')).get(`/api/events/${antigua.id}/participants`)).json();
    expect(participants.items).toEqual([expect.objectContaining({ name: 'Andrés López', role: 'partner_coordinator', note: expect.stringContaining('Panajachel') })]);
  });
});
