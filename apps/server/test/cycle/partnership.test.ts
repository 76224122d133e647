import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { parseIcs } from './helpers';

let now = new Date('2027-03-10T09:00:00Z');
let t: TestContext;
let officer: Client;
let coordinator: Client;
let outsider: Client;
let p: Awaited<ReturnType<typeof buildPartnership>>;

beforeAll(async () => {
  t = await createTestApp({}, { clock: () => now });
  p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa', status: 'active', startYear: 2025, endYear: 2027 });
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olga Officer' });
  coordinator = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const other = await buildPartnership(t.db);
  outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
});
afterAll(() => t.close());

const base = () => `/api/partnerships/${p.id}/deadlines`;
type Row = { stepCode: string; date: string | null; overdue: boolean; met: { byName: string | null; note: string | null } | null };
const byStep = (rows: Row[]) => Object.fromEntries(rows.map((d) => [d.stepCode, d]));

describe('a partnership’s deadlines', () => {
  it('shows this year’s partnership steps, the missed application overdue, with its project years', async () => {
    const res = await coordinator.get(base());
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ partnershipId: p.id, year: 2027, years: [2025, 2026, 2027], can: { markMet: false } });
    expect(body.deadlines.map((d: Row) => [d.stepCode, d.date, d.overdue])).toEqual([
      ['annual-application', '2026-10-01', true],
      ['instalment-1', '2027-03-01', false],
      ['instalment-2', '2027-10-01', false],
      ['annual-report', '2028-04-15', false],
      ['network-meeting', null, false],
    ]);
    expect((await officer.get(base())).json().can.markMet).toBe(true);
  });

  it('makes the report overdue only the day after it was due, and picks a year inside the project period', async () => {
    expect(byStep((await coordinator.get(`${base()}?year=2026`)).json().deadlines)['annual-report']).toMatchObject({ date: '2027-04-15', overdue: false });
    now = new Date('2027-04-15T22:00:00Z');
    expect(byStep((await coordinator.get(`${base()}?year=2026`)).json().deadlines)['annual-report']!.overdue).toBe(false);
    now = new Date('2027-04-16T08:00:00Z');
    expect(byStep((await coordinator.get(`${base()}?year=2026`)).json().deadlines)['annual-report']!.overdue).toBe(true);
    now = new Date('2031-01-05T08:00:00Z');
    expect((await coordinator.get(base())).json().year).toBe(2027);
    now = new Date('2020-01-05T08:00:00Z');
    expect((await coordinator.get(base())).json().year).toBe(2025);
    const outside = await coordinator.get(`${base()}?year=2029`);
    expect([outside.statusCode, outside.json().deadlines]).toEqual([200, []]);
    now = new Date('2027-03-10T09:00:00Z');
  });

  it('gives a Ministry partnership one instalment a year and its application only in a programme-application year', async () => {
    const mfa = await buildPartnership(t.db, { fundingSource: 'mfa', startYear: 2027, endYear: 2029, status: 'active' });
    const steps = async (year: number) => (await officer.get(`/api/partnerships/${mfa.id}/deadlines?year=${year}`)).json().deadlines.map((d: Row) => d.stepCode);
    expect(await steps(2027)).toEqual(['annual-application', 'instalment-1', 'annual-report', 'network-meeting']);
    expect(await steps(2028)).toEqual(['instalment-1', 'annual-report', 'network-meeting']);
  });

  it('is recorded as met by the programme office, with a note, audit-logged, and taken back', async () => {
    const url = `${base()}/2027/annual-application/met`;
    const met = await officer.put(url, { met: true, note: 'Received by e-mail on 28 September' });
    expect(met.statusCode).toBe(200);
    expect(met.json()).toMatchObject({ stepCode: 'annual-application', overdue: false, met: { byName: 'Olga Officer', note: 'Received by e-mail on 28 September' } });
    expect(byStep((await coordinator.get(base())).json().deadlines)['annual-application']).toMatchObject({ overdue: false, met: { byName: 'Olga Officer' } });

    const again = await officer.put(url, { met: true, note: 'Received by e-mail on 28 September' });
    expect(again.json().met.at).toBe(met.json().met.at);

    const undone = await officer.put(url, { met: false });
    expect(undone.json()).toMatchObject({ met: null, overdue: true });
    const entries = await auditEntriesOf(t.db, `${p.id}:2027:annual-application`);
    expect(entries.map((e) => [e.action, e.partnershipId])).toEqual([
      ['deadline.met', p.id],
      ['deadline.unmet', p.id],
    ]);
    expect(entries[0]!.after).toEqual({ year: 2027, stepCode: 'annual-application', note: 'Received by e-mail on 28 September' });
  });

  it('refuses a step that is not the partnership’s deadline that year', async () => {
    for (const url of [`${base()}/2027/programme-application/met`, `${base()}/2029/annual-report/met`, `${base()}/2027/nothing/met`]) {
      const res = await officer.put(url, { met: true });
      expect([res.statusCode, res.json().code], url).toEqual([422, 'CYCLE_STEP_UNKNOWN']);
    }
    const bad = await officer.put(`${base()}/2027/annual-report/met`, { met: 'yes' });
    expect([bad.statusCode, bad.json().code]).toEqual([422, 'VALIDATION_FAILED']);
  });

  it('is hidden from outsiders (404) and cannot be marked met by a member (403)', async () => {
    expect((await outsider.get(base())).statusCode).toBe(404);
    expect((await outsider.put(`${base()}/2027/annual-report/met`, { met: true })).statusCode).toBe(404);
    expect((await outsider.get(`${base()}.ics`)).statusCode).toBe(404);
    expect((await officer.get(`/api/partnerships/${randomUUID()}/deadlines`)).statusCode).toBe(404);
    const member = await coordinator.put(`${base()}/2027/annual-report/met`, { met: true });
    expect([member.statusCode, member.json().code]).toEqual([403, 'FORBIDDEN']);
  });
});

describe('a partnership’s deadlines as an .ics file', () => {
  it('downloads every dated deadline of the project period, named after the partnership', async () => {
    const res = await coordinator.get(`${base()}.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="deadlines-stord-san-juan-comalapa\.ics"/);
    expect(res.headers['cache-control']).toBe('private, no-store');
    const cal = parseIcs(res.body);
    expect(cal).toMatchObject({ version: '2.0', method: 'PUBLISH', name: 'Deadlines – Stord – San Juan Comalapa' });
    // Three funding years, four dated steps each (the network meeting is still to be announced).
    expect(cal.events).toHaveLength(12);
    const report = cal.events.find((e) => e.uid === `deadline-${p.id}-2026-annual-report@mic-platform`)!;
    expect(report).toMatchObject({ start: '2027-04-15', end: '2027-04-16', allDay: true, url: `http://mic.test/partnerships/${p.id}?deadlinesYear=2026#deadlines` });
    expect(report.summary).toBe('Annual progress report to KS (with audited accounts when due) (funding year 2026) – Stord – San Juan Comalapa');
  });

  it('narrows to one year, in the caller’s language', async () => {
    const norwegian = await signInAs(t, { language: 'nb', memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const res = await norwegian.get(`${base()}.ics?year=2026`);
    const cal = parseIcs(res.body);
    expect(cal.events.map((e) => e.start)).toEqual(['2025-10-01', '2026-03-01', '2026-10-01', '2027-04-15']);
    expect(cal.events[0]!.summary).toBe('Årlig søknad til KS (tilskuddsåret 2026) – Stord – San Juan Comalapa');
  });
});
