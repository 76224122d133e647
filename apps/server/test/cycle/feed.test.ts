import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { calendarFeeds, eventInvitations, events, users } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { parseIcs } from './helpers';

let t: TestContext;
let coordinator: Client & { user: { id: string } };
let p: Awaited<ReturnType<typeof buildPartnership>>;
const longTitle = 'Nettverksmøte og kapasitetsbygging for kommunene i Sør-Trøndelag, Møre og Romsdal – «Ærø» og Ñuñoa; señor, niño, año';

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2027-01-20T10:00:00Z') });
  p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa', status: 'active', startYear: 2026, endYear: 2028 });
  coordinator = await signInAs(t, { language: 'nb', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  const [meeting] = await t.db
    .insert(events)
    .values({
      programmeId: t.programmeId,
      type: 'network_meeting',
      title: { en: 'Network meeting', nb: longTitle },
      description: { en: 'Bring the annual plan', nb: 'Ta med årsplanen.\nLunsj, kaffe; middag' },
      materials: [],
      date: '2027-06-03',
      startTime: '10:30',
      place: 'Oslo, KS-huset',
      onlineUrl: 'https://meet.example.org/mic',
    })
    .returning();
  const [cancelled] = await t.db
    .insert(events)
    .values({ programmeId: t.programmeId, type: 'webinar', title: { en: 'Webinar' }, description: {}, materials: [], date: '2027-02-01', endDate: '2027-02-02', status: 'cancelled' })
    .returning();
  await t.db.insert(eventInvitations).values([
    { eventId: meeting!.id, partnershipId: p.id },
    { eventId: cancelled!.id, partnershipId: p.id },
  ]);
  await t.db.insert(events).values({ programmeId: t.programmeId, type: 'other', title: { en: 'Not invited' }, description: {}, materials: [], date: '2027-03-03' });
});
afterAll(() => t.close());

const pathOf = (url: string) => new URL(url).pathname;

describe('the private calendar feed', () => {
  let url = '';

  it('does not exist until the user creates it; then its secret URL is shown once and only a hash is kept', async () => {
    expect((await coordinator.get('/api/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    const res = await coordinator.post('/api/me/calendar-feed');
    expect(res.statusCode).toBe(201);
    url = res.json().url;
    expect(url).toMatch(/^http:\/\/mic\.test\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(res.json()).toMatchObject({ active: true, createdAt: '2027-01-20T10:00:00.000Z' });
    expect((await coordinator.get('/api/me/calendar-feed')).json()).toEqual({ active: true, createdAt: '2027-01-20T10:00:00.000Z' });
    const [row] = await t.db.select().from(calendarFeeds).where(eq(calendarFeeds.userId, coordinator.user.id));
    expect(url).not.toContain(row!.tokenHash);
    expect(JSON.stringify(row)).not.toContain(pathOf(url).slice(14, 57));
    expect((await auditEntriesOf(t.db, coordinator.user.id)).map((e) => e.action)).toContain('calendar_feed.created');
  });

  it('answers a calendar program without a session: the partnership’s dated deadlines and the invited events, in Norwegian', async () => {
    const res = await anonymous(t.app).get(pathOf(url));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const cal = parseIcs(res.body);
    expect(cal.name).toBe('MIC-plattformen: frister og arrangementer');
    const deadlines = cal.events.filter((e) => e.uid.startsWith('deadline-'));
    // Funding years 2026–2028, four dated steps each (the network meeting is to be announced).
    expect(deadlines).toHaveLength(12);
    expect(deadlines.find((e) => e.uid === `deadline-${p.id}-2026-annual-report@mic-platform`)).toMatchObject({
      summary: 'Årlig framdriftsrapport til KS (med revidert regnskap når det kreves) (tilskuddsåret 2026) – Stord – San Juan Comalapa',
      start: '2027-04-15',
      allDay: true,
    });
    const meeting = cal.events.find((e) => e.summary === longTitle)!;
    expect(meeting).toMatchObject({ start: '2027-06-03T10:30:00', allDay: false, location: 'Oslo, KS-huset', status: 'CONFIRMED' });
    expect(meeting.description).toBe('Ta med årsplanen.\nLunsj, kaffe; middag\n\nNettbasert: https://meet.example.org/mic');
    expect(meeting.url).toMatch(/^http:\/\/mic\.test\/events\//);
    expect(cal.events.find((e) => e.summary === 'Webinar')).toMatchObject({ status: 'CANCELLED', start: '2027-02-01', end: '2027-02-03' });
    expect(cal.events.some((e) => e.summary === 'Not invited')).toBe(false);
  });

  it('gets a new URL when created again: the old one stops working', async () => {
    const res = await coordinator.post('/api/me/calendar-feed');
    const fresh = res.json().url as string;
    expect(fresh).not.toBe(url);
    const old = await anonymous(t.app).get(pathOf(url));
    expect([old.statusCode, old.headers['content-type'], old.json().code]).toEqual([404, 'application/problem+json; charset=utf-8', 'NOT_FOUND']);
    expect((await anonymous(t.app).get(pathOf(fresh))).statusCode).toBe(200);
    url = fresh;
  });

  it('is revoked; and a disabled user’s feed, a made-up token or a wrong name answer 404', async () => {
    const other = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const otherUrl = (await other.post('/api/me/calendar-feed')).json().url as string;

    expect((await coordinator.delete('/api/me/calendar-feed')).statusCode).toBe(204);
    expect((await coordinator.get('/api/me/calendar-feed')).json()).toEqual({ active: false, createdAt: null });
    expect((await anonymous(t.app).get(pathOf(url))).statusCode).toBe(404);
    expect((await auditEntriesOf(t.db, coordinator.user.id)).map((e) => e.action).slice(-2)).toEqual(['calendar_feed.rotated', 'calendar_feed.revoked']);

    expect((await anonymous(t.app).get(pathOf(otherUrl))).statusCode).toBe(200);
    await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, other.user.id));
    expect((await anonymous(t.app).get(pathOf(otherUrl))).statusCode).toBe(404);
    for (const path of [`/api/calendar/${'A'.repeat(43)}.ics`, '/api/calendar/short.ics', pathOf(otherUrl).replace('.ics', '.txt')]) {
      expect((await anonymous(t.app).get(path)).statusCode, path).toBe(404);
    }
    expect((await anonymous(t.app).post('/api/me/calendar-feed')).statusCode).toBe(401);
  });

  it('gives the programme office each funding source’s steps once, not one per partnership, and all events', async () => {
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const feed = parseIcs((await anonymous(t.app).get(pathOf((await officer.post('/api/me/calendar-feed')).json().url))).body);
    const deadlines = feed.events.filter((e) => e.uid.startsWith('deadline-'));
    expect(deadlines.every((e) => e.uid.startsWith('deadline-programme-'))).toBe(true);
    // Norad: five dated steps a year; the Ministry: two, and four in 2027 (a programme-application year).
    expect(deadlines).toHaveLength(15 + 2 + 4 + 2);
    expect(deadlines.find((e) => e.uid === 'deadline-programme-mfa-2027-programme-application@mic-platform')).toMatchObject({
      summary: 'Programme application from KS to the donor – Ministry of Foreign Affairs (funding year 2027)',
      start: '2027-02-15',
      url: 'http://mic.test/calendar?year=2027',
    });
    expect(feed.events.filter((e) => e.uid.startsWith('event-'))).toHaveLength(3);
  });

  it('gives a donor viewer the programme office’s steps only', async () => {
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    const feed = parseIcs((await anonymous(t.app).get(pathOf((await donor.post('/api/me/calendar-feed')).json().url))).body);
    expect(feed.events.map((e) => e.start).sort()).toEqual(['2025-11-01', '2026-11-01', '2027-02-15', '2027-11-01']);
  });
});
