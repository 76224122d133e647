import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, anonymous, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { addEvent, inputOf, NOW } from './helpers';

let t: TestContext;
let office: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => NOW });
  office = await signInAs(t, { globalRole: 'admin' });
});
afterAll(() => t.close());

const titlesOf = (res: { json(): { items: { title: { en?: string } }[] } }) => res.json().items.map((e) => e.title.en);

describe('who sees which event', () => {
  it('shows an event to the invited partnerships and the programme-wide roles, and hides it from everyone else', async () => {
    const invited = await buildPartnership(t.db);
    const other = await buildPartnership(t.db);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: invited.id, role: 'partner_coordinator' }] });
    const viewer = await signInAs(t, { memberships: [{ partnershipId: invited.id, role: 'viewer' }] });
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'partner_coordinator' }] });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    const event = await addEvent(office, { title: { en: 'Only for the invited' }, invitedPartnershipIds: [invited.id] });

    for (const [client, register] of [
      [coordinator, true],
      [viewer, true],
      [donor, false],
      [office, true],
    ] as const) {
      const res = await client.get(`/api/events/${event.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().can).toEqual({ edit: client === office, register, seeParticipants: client === office });
      expect(titlesOf(await client.get('/api/events?q=only for the invited'))).toEqual(['Only for the invited']);
    }
    const hidden = await outsider.get(`/api/events/${event.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('NOT_FOUND');
    expect((await outsider.get('/api/events?q=only for the invited')).json()).toMatchObject({ items: [], total: 0 });
    expect((await anonymous(t.app).get('/api/events')).statusCode).toBe(401);
    expect((await anonymous(t.app).get(`/api/events/${event.id}`)).statusCode).toBe(401);
  });

  it('keeps showing an event to someone who registered after their partnership is no longer invited', async () => {
    const p = await buildPartnership(t.db);
    const member = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const event = await addEvent(office, { title: { en: 'Uninvited later' }, invitedPartnershipIds: [p.id] });
    expect((await member.post(`/api/events/${event.id}/registration`, {})).statusCode).toBe(201);
    const changed = await office.put(`/api/events/${event.id}`, { ...inputOf(event), invitedPartnershipIds: [] });
    expect(changed.json().invitedCount).toBe(0);
    const res = await member.get(`/api/events/${event.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ myRegistration: { registeredAt: expect.any(String) }, can: { register: false } });
    expect(titlesOf(await member.get('/api/events?q=uninvited later'))).toEqual(['Uninvited later']);
  });
});

describe('the list', () => {
  let member: Client;
  beforeAll(async () => {
    const p = await buildPartnership(t.db);
    member = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const invite = { invitedPartnershipIds: [p.id] };
    await addEvent(office, { ...invite, title: { nb: 'Listtest: kunngjøres senere' }, date: null, endDate: null, startTime: null });
    await addEvent(office, { ...invite, title: { en: 'Listtest: June webinar' }, type: 'webinar', date: '2027-06-02', endDate: null, startTime: '14:00', place: null, onlineUrl: 'https://meet.example.org/june' });
    await addEvent(office, { ...invite, title: { en: 'Listtest: January meeting' }, date: '2027-01-15', endDate: null, place: 'Stord' });
    await addEvent(office, { ...invite, title: { es: 'Listtest: capacitación en Panajachel' }, type: 'capacity_building', date: '2026-12-30', endDate: '2027-01-02' });
    await addEvent(office, { ...invite, title: { en: 'Listtest: June morning' }, date: '2027-06-02', endDate: null, startTime: '08:00' });
    const res = await member.post(`/api/events/${(await member.get('/api/events?q=June webinar')).json().items[0].id}/registration`, {});
    expect(res.statusCode).toBe(201);
  });

  it('orders by date and time, those to be announced last, with the counts and the caller\'s registration', async () => {
    const res = await member.get('/api/events?q=listtest');
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(page.items.map((e: { title: Record<string, string> }) => Object.values(e.title)[0])).toEqual([
      'Listtest: capacitación en Panajachel',
      'Listtest: January meeting',
      'Listtest: June morning',
      'Listtest: June webinar',
      'Listtest: kunngjøres senere',
    ]);
    const webinar = page.items[3];
    expect(webinar).toMatchObject({ type: 'webinar', date: '2027-06-02', startTime: '14:00', onlineUrl: 'https://meet.example.org/june', invitedCount: 1, registrationCount: 1, myRegistration: { registeredAt: expect.any(String) } });
    expect(page.items[0]).toMatchObject({ registrationCount: 0, myRegistration: null, endDate: '2027-01-02' });
    expect(page.items[0]).not.toHaveProperty('description');
  });

  it('filters by year (an event over New Year counts in both), upcoming (not over today, or to be announced) and text', async () => {
    const names = async (query: string) => (await member.get(`/api/events?q=listtest&${query}`)).json().items.map((e: { date: string | null }) => e.date);
    expect(await names('year=2026')).toEqual(['2026-12-30']);
    expect(await names('year=2027')).toEqual(['2026-12-30', '2027-01-15', '2027-06-02', '2027-06-02']);
    expect(await names('upcoming=true')).toEqual(['2027-06-02', '2027-06-02', null]);
    expect(await names('upcoming=false')).toHaveLength(5);
    expect(titlesOf(await member.get('/api/events?q=STORD'))).toEqual(['Listtest: January meeting']);
    expect((await member.get('/api/events?q=panajachel')).json().total).toBe(1);
    expect((await member.get('/api/events?q=100%25')).json().total).toBe(0);
    expect((await member.get('/api/events?year=abc')).statusCode).toBe(422);
  });

  it('pages through the events', async () => {
    const first = (await member.get('/api/events?q=listtest&pageSize=2')).json();
    const third = (await member.get('/api/events?q=listtest&pageSize=2&page=3')).json();
    expect(first).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(first.items).toHaveLength(2);
    expect(third.items).toHaveLength(1);
    expect(third.items[0].date).toBeNull();
    expect((await member.get('/api/events?pageSize=101')).statusCode).toBe(422);
  });
});
