import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addEvent, inputOf, NOW } from './helpers';

let t: TestContext;
let office: Client;
let now = NOW;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => now });
  office = await signInAs(t, { name: 'Marius Aune', globalRole: 'programme_officer' });
});
afterEach(() => {
  now = NOW;
});
afterAll(() => t.close());

async function invitedMember(role: 'home_coordinator' | 'partner_coordinator' | 'auditor' | 'viewer' = 'partner_coordinator') {
  const p = await buildPartnership(t.db, { title: `Partnership ${randomUUID().slice(0, 6)}` });
  const member = await signInAs(t, { name: 'Lucía Morales', memberships: [{ partnershipId: p.id, role }] });
  return { p, member };
}

describe('registering', () => {
  it('registers a member of an invited partnership once, however often they ask, audit-logged', async () => {
    const { p, member } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    const res = await member.post(`/api/events/${event.id}/registration`, { note: 'Vegetarian' });
    expect(res.statusCode).toBe(201);
    const detail = res.json();
    expect(detail).toMatchObject({ registrationCount: 1, myRegistration: { registeredAt: expect.any(String) }, can: { register: true, edit: false } });

    const again = await member.post(`/api/events/${event.id}/registration`, { note: 'Changed my mind' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ registrationCount: 1, myRegistration: detail.myRegistration });

    const entries = await auditEntriesOf(t.db, event.id);
    expect(entries.map((e) => e.action)).toEqual(['event.created', 'event.registered']);
    expect(entries[1]).toMatchObject({ partnershipId: p.id, actorName: 'Lucía Morales', after: { partnershipId: p.id, note: 'Vegetarian' } });
  });

  it('makes one registration of two requests at once', async () => {
    const { p, member } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    const answers = await Promise.all([1, 2, 3].map(() => member.post(`/api/events/${event.id}/registration`, {})));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 200, 201]);
    expect((await office.get(`/api/events/${event.id}`)).json().registrationCount).toBe(1);
    expect((await auditEntriesOf(t.db, event.id)).filter((e) => e.action === 'event.registered')).toHaveLength(1);
  });

  it('lets every role of an invited partnership and the programme office register, with no body at all', async () => {
    const { p } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    for (const role of ['home_coordinator', 'auditor', 'viewer'] as const) {
      const member = await signInAs(t, { memberships: [{ partnershipId: p.id, role }] });
      expect((await member.post(`/api/events/${event.id}/registration`)).statusCode).toBe(201);
    }
    expect((await office.post(`/api/events/${event.id}/registration`, {})).statusCode).toBe(201);
    const participants = (await office.get(`/api/events/${event.id}/participants`)).json();
    expect(participants.total).toBe(4);
    expect(participants.items.at(-1)).toMatchObject({ name: 'Marius Aune', partnership: null, role: 'programme_officer' });
  });

  it('registers for the first invited partnership (by title) unless the member chooses another of theirs', async () => {
    const [a, b, c] = [await buildPartnership(t.db, { title: 'Alpha' }), await buildPartnership(t.db, { title: 'Beta' }), await buildPartnership(t.db)];
    const both = [
      { partnershipId: b.id, role: 'home_coordinator' as const },
      { partnershipId: a.id, role: 'viewer' as const },
    ];
    const event = await addEvent(office, { invitedPartnershipIds: [b.id, a.id] });
    const first = await signInAs(t, { name: 'Default', memberships: both });
    const second = await signInAs(t, { name: 'Chooser', memberships: both });
    const third = await signInAs(t, { name: 'Wrong', memberships: [...both, { partnershipId: c.id, role: 'home_coordinator' }] });
    expect((await first.post(`/api/events/${event.id}/registration`, {})).statusCode).toBe(201);
    expect((await second.post(`/api/events/${event.id}/registration`, { partnershipId: b.id })).statusCode).toBe(201);
    const wrong = await third.post(`/api/events/${event.id}/registration`, { partnershipId: c.id });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'partnershipId' }] });

    const items = (await office.get(`/api/events/${event.id}/participants`)).json().items;
    expect(items.map((i: { name: string; partnership: { title: string }; role: string }) => [i.name, i.partnership.title, i.role])).toEqual([
      ['Default', 'Alpha', 'viewer'],
      ['Chooser', 'Beta', 'home_coordinator'],
    ]);
  });

  it('refuses the donor viewer (403) and hides the event from others (404)', async () => {
    const { p } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.post(`/api/events/${event.id}/registration`, {})).statusCode).toBe(403);
    const { member: outsider } = await invitedMember();
    expect((await outsider.post(`/api/events/${event.id}/registration`, {})).statusCode).toBe(404);
    expect((await outsider.post(`/api/events/${randomUUID()}/registration`, {})).statusCode).toBe(404);
  });

  it('is closed for a cancelled event and once the event has begun; open while the date is to be announced', async () => {
    const { p, member } = await invitedMember();
    const invite = { invitedPartnershipIds: [p.id] };
    const cancelled = await addEvent(office, { ...invite, status: 'cancelled' });
    const tomorrow = await addEvent(office, { ...invite, date: '2027-03-11', endDate: '2027-03-12' });
    const tba = await addEvent(office, { ...invite, date: null, endDate: null });

    const refused = await member.post(`/api/events/${cancelled.id}/registration`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'EVENT_REGISTRATION_CLOSED' });
    expect((await member.get(`/api/events/${cancelled.id}`)).json().can.register).toBe(false);

    expect((await member.get(`/api/events/${tomorrow.id}`)).json().can.register).toBe(true);
    now = new Date('2027-03-12T08:00:00Z');
    expect((await member.get(`/api/events/${tomorrow.id}`)).json().can.register).toBe(false);
    expect((await member.post(`/api/events/${tomorrow.id}/registration`, {})).json().code).toBe('EVENT_REGISTRATION_CLOSED');
    expect((await member.post(`/api/events/${tba.id}/registration`, {})).statusCode).toBe(201);
  });
});

describe('taking a registration back', () => {
  it('removes the caller\'s own registration while registration is open, audit-logged; without one nothing happens', async () => {
    const { p, member } = await invitedMember();
    const other = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    await member.post(`/api/events/${event.id}/registration`, { note: 'Two people' });
    await other.post(`/api/events/${event.id}/registration`, {});

    expect((await member.delete(`/api/events/${event.id}/registration`)).statusCode).toBe(204);
    const detail = (await member.get(`/api/events/${event.id}`)).json();
    expect(detail).toMatchObject({ myRegistration: null, registrationCount: 1 });
    expect((await member.delete(`/api/events/${event.id}/registration`)).statusCode).toBe(204);
    const entries = await auditEntriesOf(t.db, event.id);
    expect(entries.map((e) => e.action)).toEqual(['event.created', 'event.registered', 'event.registered', 'event.unregistered']);
    expect(entries[3]).toMatchObject({ partnershipId: p.id, before: { note: 'Two people' }, after: null });
  });

  it('keeps the registration of an event that is over', async () => {
    const { p, member } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id], date: '2027-03-20', endDate: null });
    await member.post(`/api/events/${event.id}/registration`, {});
    now = new Date('2027-03-21T12:00:00Z');
    const res = await member.delete(`/api/events/${event.id}/registration`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EVENT_REGISTRATION_CLOSED');
  });

  it('keeps registrations when the event is cancelled or uninvites the partnership', async () => {
    const { p, member } = await invitedMember();
    const event = await addEvent(office, { invitedPartnershipIds: [p.id] });
    await member.post(`/api/events/${event.id}/registration`, {});
    const res = await office.put(`/api/events/${event.id}`, { ...inputOf(event), status: 'cancelled', invitedPartnershipIds: [] });
    expect(res.json()).toMatchObject({ status: 'cancelled', registrationCount: 1, invitedCount: 0 });
  });
});
