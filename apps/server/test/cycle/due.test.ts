import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadlineCompletions, eventInvitations, eventRegistrations, events, partnerships } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

let now = new Date('2027-01-20T10:00:00Z');
let t: TestContext;
let coordinator: Client & { user: { id: string } };
let officer: Client;
let donor: Client;
let a: Awaited<ReturnType<typeof buildPartnership>>;
let b: Awaited<ReturnType<typeof buildPartnership>>;
const eventIds: Record<string, string> = {};

async function addEvent(key: string, values: { date: string | null; status?: string; invite?: string[]; register?: string }) {
  const [row] = await t.db
    .insert(events)
    .values({ programmeId: t.programmeId, type: 'network_meeting', title: { en: `Event ${key}`, nb: `Arrangement ${key}` }, description: { en: '' }, materials: [], date: values.date, status: values.status ?? 'planned' })
    .returning();
  for (const partnershipId of values.invite ?? []) await t.db.insert(eventInvitations).values({ eventId: row!.id, partnershipId });
  if (values.register) await t.db.insert(eventRegistrations).values({ eventId: row!.id, userId: values.register });
  eventIds[key] = row!.id;
}

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => now });
  a = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa', status: 'active', startYear: 2026, endYear: 2028 });
  b = await buildPartnership(t.db, { title: 'Klepp – Donji Vakuf', fundingSource: 'mfa', status: 'active', startYear: 2027, endYear: 2029 });
  const draft = await buildPartnership(t.db, { title: 'Draft partnership', status: 'draft', startYear: 2026, endYear: 2028 });
  coordinator = await signInAs(t, { memberships: [{ partnershipId: a.id, role: 'home_coordinator' }, { partnershipId: draft.id, role: 'home_coordinator' }] });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  donor = await signInAs(t, { globalRole: 'donor_viewer' });
  // The 2026 application was handed in.
  await t.db.insert(deadlineCompletions).values({ partnershipId: a.id, fundingYear: 2026, stepCode: 'annual-application', recordedByName: 'KS' });
  await addEvent('invited', { date: '2027-02-10', invite: [a.id] });
  await addEvent('registered', { date: '2027-03-01', register: coordinator.user.id });
  await addEvent('later', { date: '2027-06-01', invite: [a.id] });
  await addEvent('cancelled', { date: '2027-02-12', status: 'cancelled', invite: [a.id] });
  await addEvent('tba', { date: null, invite: [a.id] });
  await addEvent('other', { date: '2027-02-20', invite: [b.id] });
});
afterAll(() => t.close());

type Item = { key: string; type: string; date: string; overdue: boolean; title: Record<string, string>; partnership: { title: string } | null; link: string; stepKind: string | null; fundingYear: number | null };
const lines = (items: Item[]) => items.map((i) => [i.date, i.overdue, i.type === 'event' ? i.title.en : `${i.partnership?.title ?? 'programme'}: ${i.key.split(':').slice(-2).join(' ')}`]);

describe('the due panel', () => {
  it('shows a coordinator the partnership’s missed deadline first, then the next 90 days with their events, each linking to the thing to do', async () => {
    const res = await coordinator.get('/api/me/due');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ today: '2027-01-20', horizonDays: 90, overdueCount: 1, truncated: false });
    expect(lines(body.items)).toEqual([
      ['2026-10-01', true, 'Stord – San Juan Comalapa: 2027 annual-application'],
      ['2027-02-10', false, 'Event invited'],
      ['2027-03-01', false, 'Stord – San Juan Comalapa: 2027 instalment-1'],
      ['2027-03-01', false, 'Event registered'],
      ['2027-04-15', false, 'Stord – San Juan Comalapa: 2026 annual-report'],
    ]);
    expect(body.items[0]).toMatchObject({ type: 'deadline', stepKind: 'annual_application', fundingYear: 2027, link: `/partnerships/${a.id}?deadlinesYear=2027#deadlines` });
    expect(body.items[1]).toMatchObject({ type: 'event', eventId: eventIds.invited, link: `/events/${eventIds.invited}`, partnership: null });
  });

  it('moves with the clock: the report becomes overdue the day after it was due', async () => {
    now = new Date('2027-04-16T06:00:00Z');
    const body = (await coordinator.get('/api/me/due')).json();
    expect(body.overdueCount).toBe(2);
    expect(lines(body.items).filter((l) => l[1])).toEqual([
      ['2026-10-01', true, 'Stord – San Juan Comalapa: 2027 annual-application'],
      ['2027-04-15', true, 'Stord – San Juan Comalapa: 2026 annual-report'],
    ]);
    now = new Date('2027-01-20T10:00:00Z');
  });

  it('shows the programme office its own steps coming up, every partnership’s overdue deadline and all planned events', async () => {
    const body = (await officer.get('/api/me/due')).json();
    expect(body.overdueCount).toBe(2);
    expect(lines(body.items)).toEqual([
      ['2026-10-01', true, 'Stord – San Juan Comalapa: 2027 annual-application'],
      ['2027-01-15', true, 'Klepp – Donji Vakuf: 2027 annual-application'],
      ['2027-02-10', false, 'Event invited'],
      ['2027-02-15', false, 'programme: 2027 programme-application'],
      ['2027-02-20', false, 'Event other'],
      ['2027-03-01', false, 'Event registered'],
    ]);
    expect(body.items[3]).toMatchObject({ link: '/calendar?year=2027', partnership: null, stepKind: 'programme_application' });
  });

  it('shows a donor viewer only the programme office’s steps', async () => {
    const body = (await donor.get('/api/me/due')).json();
    expect(lines(body.items)).toEqual([['2027-02-15', false, 'programme: 2027 programme-application']]);
    expect(body.overdueCount).toBe(0);
  });

  it('is empty for a user with nothing to do, and asks to sign in otherwise', async () => {
    const nobody = await signInAs(t, {});
    expect((await nobody.get('/api/me/due')).json()).toMatchObject({ items: [], overdueCount: 0, truncated: false });
    expect((await t.app.inject({ method: 'GET', url: '/api/me/due' })).statusCode).toBe(401);
  });

  it('counts every overdue deadline across the programme but lists at most 50', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({
      programmeId: t.programmeId,
      title: `Bulk partnership ${String(i).padStart(2, '0')}`,
      homeMunicipalityId: a.homeMunicipalityId,
      partnerMunicipalityId: a.partnerMunicipalityId,
      fundingSource: 'norad',
      startYear: 2027,
      endYear: 2029,
      workingLanguage: 'es',
      purposes: ['service-delivery'],
      status: i % 2 ? 'active' : 'applied',
    }));
    await t.db.insert(partnerships).values(rows);
    const body = (await officer.get('/api/me/due')).json();
    expect(body.overdueCount).toBe(62);
    expect(body.items).toHaveLength(50);
    expect(body.truncated).toBe(true);
    expect(body.items.every((i: Item) => i.overdue)).toBe(true);
  });
});
