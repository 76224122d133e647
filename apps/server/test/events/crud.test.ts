import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addEvent, eventInput, inputOf, NOW } from './helpers';

let t: TestContext;
let office: Client & { user: { id: string } };
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => NOW });
  office = await signInAs(t, { name: 'Marius Aune', globalRole: 'programme_officer' });
});
afterAll(() => t.close());

describe('creating and reading an event', () => {
  it('creates a network meeting with its invitations, audit-logged, and reads it back', async () => {
    const comalapa = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa' });
    const panajachel = await buildPartnership(t.db, { title: 'Stjørdal – Panajachel' });
    const res = await office.post('/api/events', eventInput({ invitedPartnershipIds: [panajachel.id, comalapa.id, comalapa.id] }));
    expect(res.statusCode).toBe(201);
    const event = res.json();
    // Everything sent comes back as it was sent, with the invitations by title.
    const { invitedPartnershipIds: _ids, ...sent } = eventInput();
    expect(event).toMatchObject({
      ...sent,
      invitedCount: 2,
      registrationCount: 0,
      myRegistration: null,
      invitedPartnerships: [
        { id: panajachel.id, title: 'Stjørdal – Panajachel' },
        { id: comalapa.id, title: 'Stord – San Juan Comalapa' },
      ],
      version: 1,
      can: { edit: true, register: true, seeParticipants: true },
    });

    const again = await office.get(`/api/events/${event.id}`);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(event);

    const [entry, ...rest] = await auditEntriesOf(t.db, event.id);
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ action: 'event.created', entityType: 'event', actorName: 'Marius Aune', before: null });
    expect(entry!.after).toMatchObject({ type: 'network_meeting', date: '2027-04-20', invitedPartnershipIds: [comalapa.id, panajachel.id].sort() });
  });

  it('keeps an event "to be announced" without a date, and an online webinar with only a link', async () => {
    const tba = await addEvent(office, { date: null, endDate: '', startTime: '', place: null, onlineUrl: '', materials: [] });
    expect(tba).toMatchObject({ date: null, endDate: null, startTime: null, place: null, onlineUrl: null, can: { register: true } });
    const webinar = await addEvent(office, { type: 'webinar', place: '', onlineUrl: 'https://meet.example.org/mic', endDate: null, description: {} });
    expect(webinar).toMatchObject({ type: 'webinar', place: null, onlineUrl: 'https://meet.example.org/mic', endDate: null, description: {} });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await office.get(`/api/events/${randomUUID()}`)).statusCode).toBe(404);
    expect((await office.get('/api/events/not-a-uuid')).statusCode).toBe(404);
  });
});

describe('validation', () => {
  async function problem(over: Record<string, unknown>, client: Client = office) {
    const res = await client.post('/api/events', eventInput(over));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    return { code: body.code, fields: body.errors.map((e: { field?: string }) => e.field), detail: body.detail };
  }

  it('needs a title in at least one language', async () => {
    expect(await problem({ title: {} })).toMatchObject({ code: 'EVENT_TITLE_REQUIRED', fields: ['title'] });
    expect(await problem({ title: { en: '   ', nb: '' } })).toMatchObject({ code: 'EVENT_TITLE_REQUIRED', fields: ['title'] });
    const spanish = await problem({ title: {} }, await signInAs(t, { globalRole: 'programme_officer', language: 'es' }));
    expect(spanish.detail).toBe('Dé al evento un título en al menos un idioma.');
  });

  it('refuses an end before the start, and an end without a start', async () => {
    expect(await problem({ date: '2027-04-20', endDate: '2027-04-19' })).toMatchObject({ code: 'DATES_INVALID', fields: ['endDate'] });
    expect(await problem({ date: null, endDate: '2027-04-19' })).toMatchObject({ code: 'DATES_INVALID', fields: ['endDate'] });
  });

  it('refuses an unknown type, a date that does not exist and a time that is not HH:MM', async () => {
    expect(await problem({ type: 'party' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['type'] });
    expect(await problem({ date: '2027-02-30', endDate: null })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['date'] });
    expect(await problem({ startTime: '25:00' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['startTime'] });
    expect(await problem({ startTime: '9:30' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['startTime'] });
  });

  it('takes only http(s) links, and at most 20 materials', async () => {
    expect(await problem({ onlineUrl: 'javascript:alert(1)' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['onlineUrl'] });
    expect(await problem({ onlineUrl: 'ftp://files.example.org/' })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['onlineUrl'] });
    expect(await problem({ materials: [{ title: 'Slides', url: 'data:text/html,<script>alert(1)</script>' }] })).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: ['materials.0.url'],
    });
    const many = Array.from({ length: 21 }, (_, i) => ({ title: `Material ${i}`, url: `https://example.org/${i}` }));
    expect(await problem({ materials: many })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['materials'] });
    expect((await office.post('/api/events', eventInput({ materials: many.slice(0, 20) }))).statusCode).toBe(201);
  });

  it('invites only partnerships that exist, naming the unknown one', async () => {
    const p = await buildPartnership(t.db);
    expect(await problem({ invitedPartnershipIds: [p.id, randomUUID()] })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['invitedPartnershipIds.1'] });
    expect(await problem({ invitedPartnershipIds: ['nope'] })).toMatchObject({ code: 'VALIDATION_FAILED', fields: ['invitedPartnershipIds.0'] });
  });

  it('refuses everyone but the programme office before looking at the body', async () => {
    const p = await buildPartnership(t.db);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    for (const client of [coordinator, donor]) {
      const res = await client.post('/api/events', { title: 'not even an object' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
  });
});

describe('changing, cancelling and deleting', () => {
  it('replaces the fields and the invitations on the current version, audit-logged with before and after', async () => {
    const [a, b] = [await buildPartnership(t.db, { title: 'A partnership' }), await buildPartnership(t.db, { title: 'B partnership' })];
    const event = await addEvent(office, { invitedPartnershipIds: [a.id] });
    const res = await office.put(`/api/events/${event.id}`, {
      ...inputOf(event),
      title: { en: 'Network meeting in Antigua Guatemala' },
      place: 'Hotel Casa Santo Domingo',
      invitedPartnershipIds: [b.id],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, title: { en: 'Network meeting in Antigua Guatemala' }, place: 'Hotel Casa Santo Domingo', invitedPartnerships: [{ id: b.id }], invitedCount: 1 });

    const entries = await auditEntriesOf(t.db, event.id);
    expect(entries.map((e) => e.action)).toEqual(['event.created', 'event.updated']);
    expect(entries[1]!.before).toMatchObject({ place: 'Antigua Guatemala', invitedPartnershipIds: [a.id] });
    expect(entries[1]!.after).toMatchObject({ place: 'Hotel Casa Santo Domingo', invitedPartnershipIds: [b.id] });

    const stale = await office.put(`/api/events/${event.id}`, { ...inputOf(event), place: 'Somewhere else' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
  });

  it('saves nothing when nothing changed', async () => {
    const event = await addEvent(office);
    const res = await office.put(`/api/events/${event.id}`, inputOf(event));
    expect(res.json().version).toBe(1);
    expect((await auditEntriesOf(t.db, event.id)).map((e) => e.action)).toEqual(['event.created']);
  });

  it('cancels an event by its status (event.cancelled), and validates the body of a change like a new one', async () => {
    const event = await addEvent(office);
    const bad = await office.put(`/api/events/${event.id}`, { ...inputOf(event), title: {} });
    expect(bad.json().code).toBe('EVENT_TITLE_REQUIRED');
    const res = await office.put(`/api/events/${event.id}`, { ...inputOf(event), status: 'cancelled' });
    expect(res.json()).toMatchObject({ status: 'cancelled', version: 2, can: { register: false } });
    expect((await auditEntriesOf(t.db, event.id)).map((e) => e.action)).toEqual(['event.created', 'event.cancelled']);
    expect((await office.put(`/api/events/${randomUUID()}`, inputOf(event))).statusCode).toBe(404);
  });

  it('deletes an event nobody registered for; one with registrations is kept (cancel it instead)', async () => {
    const empty = await addEvent(office);
    expect((await office.delete(`/api/events/${empty.id}`)).statusCode).toBe(204);
    expect((await office.get(`/api/events/${empty.id}`)).statusCode).toBe(404);
    const entries = await auditEntriesOf(t.db, empty.id);
    expect(entries.map((e) => e.action)).toEqual(['event.created', 'event.deleted']);
    expect(entries[1]!.before).toMatchObject({ place: 'Antigua Guatemala' });

    const p = await buildPartnership(t.db);
    const member = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    const full = await addEvent(office, { invitedPartnershipIds: [p.id] });
    expect((await member.post(`/api/events/${full.id}/registration`, {})).statusCode).toBe(201);
    const refused = await office.delete(`/api/events/${full.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'EVENT_HAS_REGISTRATIONS' }] });
    expect(refused.json().detail).toContain('cancel it instead');
    expect((await office.get(`/api/events/${full.id}`)).statusCode).toBe(200);
    expect((await office.delete(`/api/events/${randomUUID()}`)).statusCode).toBe(404);
  });
});

describe('the OpenAPI document', () => {
  it('describes the event endpoints', async () => {
    const res = await office.get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths;
    for (const path of ['/api/events', '/api/events/{id}', '/api/events/{id}/registration', '/api/events/{id}/participants', '/api/events/{id}/participants.xlsx']) {
      expect(Object.keys(paths)).toContain(path);
    }
    expect(Object.keys(paths['/api/events'])).toEqual(expect.arrayContaining(['get', 'post']));
  });
});
