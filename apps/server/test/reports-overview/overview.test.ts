import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportOverviewRow, ReportsOverviewDto } from '@mic/domain';
import { cycleDates } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { insertReport } from './helpers';

let t: TestContext;
let officer: Client;
const ids: Record<string, string> = {};

/** Counts the SQL statements the app sends, whichever back end runs the tests. */
function countQueries(): { count: () => number; stop: () => void } {
  const client = (t.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const original = client.query;
  let n = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    n++;
    return original.apply(this, args);
  };
  return { count: () => n, stop: () => void (client.query = original) };
}

beforeAll(async () => {
  // The 2025 Norad reports were due 15 April 2026 (past); the MFA ones are due 1 September 2026.
  t = await createTestApp({}, { clock: () => new Date('2026-05-01T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  const build = async (title: string, spec: Parameters<typeof buildPartnership>[1] = {}) => {
    const p = await buildPartnership(t.db, { title, status: 'active', startYear: 2024, endYear: 2026, ...spec });
    ids[title] = p.id;
    return p;
  };
  await build('Alpha');
  const bravo = await build('Bravo');
  await insertReport(t.db, { partnershipId: bravo.id, year: 2025 });
  const charlie = await build('Charlie');
  await insertReport(t.db, { partnershipId: charlie.id, year: 2025, status: 'submitted', submissionCount: 1, deadline: '2026-04-15', submittedAt: new Date('2026-04-10T12:00:00Z') });
  const delta = await build('Delta', { status: 'completed', startYear: 2023, endYear: 2025 });
  await insertReport(t.db, { partnershipId: delta.id, year: 2025, status: 'accepted', submissionCount: 2, deadline: '2026-04-15', late: true, submittedAt: new Date('2026-04-20T12:00:00Z') });
  const echo = await build('Echo');
  await insertReport(t.db, { partnershipId: echo.id, year: 2025, status: 'returned', submissionCount: 1, deadline: '2026-04-15', submittedAt: new Date('2026-04-14T12:00:00Z') });
  await build('Foxtrot', { fundingSource: 'mfa' });
  // Not reporting for 2025: still a draft, closed, or starting later; and Bravo's 2024 report is another year.
  await build('Golf', { status: 'draft' });
  await build('Hotel', { status: 'closed' });
  await build('India', { startYear: 2026, endYear: 2028 });
  await insertReport(t.db, { partnershipId: bravo.id, year: 2024, status: 'accepted', submissionCount: 1 });
});
afterAll(() => t.close());

const overview = async (query = '', c: Client = officer) => {
  const res = await c.get(`/api/programme/reports?${query.includes('year=') ? '' : 'year=2025'}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json() as ReportsOverviewDto;
};
const titles = (dto: ReportsOverviewDto) => dto.items.map((i) => i.partnershipTitle);

describe('GET /api/programme/reports', () => {
  it('lists every partnership reporting for the year, with its report or not started, overdue ones first', async () => {
    const dto = await overview();
    expect(dto).toMatchObject({ year: 2025, total: 6, page: 1, pageSize: 25 });
    expect(titles(dto)).toEqual(['Alpha', 'Bravo', 'Echo', 'Charlie', 'Delta', 'Foxtrot']);
    expect(dto.counts).toEqual({ not_started: 2, draft: 1, submitted: 1, returned: 1, accepted: 1, overdue: 3, late: 1 });
    const row = (title: string) => dto.items.find((i) => i.partnershipTitle === title)!;
    expect(row('Alpha')).toEqual<ReportOverviewRow>({
      reportId: null,
      partnershipId: ids.Alpha!,
      partnershipTitle: 'Alpha',
      fundingSource: 'norad',
      year: 2025,
      status: 'not_started',
      submissionCount: 0,
      deadline: '2026-04-15',
      late: false,
      overdue: true,
      submittedAt: null,
    });
    expect(row('Charlie')).toMatchObject({ status: 'submitted', overdue: false, late: false, submissionCount: 1, submittedAt: '2026-04-10T12:00:00.000Z' });
    expect(row('Charlie').reportId).toEqual(expect.any(String));
    expect(row('Delta')).toMatchObject({ status: 'accepted', late: true, overdue: false, submissionCount: 2 });
    expect(row('Echo')).toMatchObject({ status: 'returned', overdue: true });
    expect(row('Foxtrot')).toMatchObject({ status: 'not_started', fundingSource: 'mfa', deadline: '2026-09-01', overdue: false });
  });

  it('filters by funding source, status, overdue, late and title, counting over the filter without its status', async () => {
    const mfa = await overview('&funding=mfa');
    expect(titles(mfa)).toEqual(['Foxtrot']);
    expect(mfa.counts).toMatchObject({ not_started: 1, draft: 0, overdue: 0 });
    const overdue = await overview('&status=overdue');
    expect(titles(overdue)).toEqual(['Alpha', 'Bravo', 'Echo']);
    expect(overdue.total).toBe(3);
    expect(overdue.counts.not_started).toBe(2);
    expect(titles(await overview('&status=late'))).toEqual(['Delta']);
    expect(titles(await overview('&status=not_started'))).toEqual(['Alpha', 'Foxtrot']);
    expect(titles(await overview('&q=rav'))).toEqual(['Bravo']);
    expect(titles(await overview('&q=%25'))).toEqual([]);
    // In 2024 every deadline has passed: only Bravo's accepted report is not overdue.
    const earlier = await overview('&year=2024');
    expect(earlier.year).toBe(2025 - 1);
    expect(titles(earlier)).toEqual(['Alpha', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Bravo']);
    expect(earlier.counts).toMatchObject({ not_started: 5, accepted: 1, overdue: 5 });
  });

  it('pages, and takes the year before today’s by default', async () => {
    const second = await overview('&page=2&pageSize=2');
    expect(titles(second)).toEqual(['Echo', 'Charlie']);
    expect(second).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    const res = await officer.get('/api/programme/reports');
    expect(res.json()).toMatchObject({ year: 2025, total: 6 });
    expect((await officer.get('/api/programme/reports?year=1999')).statusCode).toBe(422);
    expect((await officer.get('/api/programme/reports?status=lost')).statusCode).toBe(422);
  });

  it('takes the same number of queries for more partnerships', async () => {
    const sizes: number[] = [];
    for (let round = 0; round < 2; round++) {
      const counter = countQueries();
      await overview();
      counter.stop();
      sizes.push(counter.count());
      for (let i = 0; i < 3; i++) {
        const p = await buildPartnership(t.db, { title: `Zulu ${round}-${i}`, status: 'active', startYear: 2025, endYear: 2027 });
        await insertReport(t.db, { partnershipId: p.id, year: 2025, status: 'submitted', submissionCount: 1 });
      }
    }
    expect(sizes[1]).toBe(sizes[0]);
    expect((await overview()).counts.submitted).toBe(1 + 6);
  });

  it('takes the date the office set for the year over the standing rule', async () => {
    await t.db.insert(cycleDates).values({ programmeId: t.programmeId, fundingSource: 'mfa', year: 2025, stepCode: 'annual-report', date: '2026-04-30' });
    const dto = await overview('&funding=mfa');
    expect(dto.items[0]).toMatchObject({ partnershipTitle: 'Foxtrot', deadline: '2026-04-30', overdue: true });
    expect(dto.counts.overdue).toBe(1);
  });

  it('is for the programme office, the administrator and the donors’ viewers only', async () => {
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.get('/api/programme/reports?year=2025')).statusCode).toBe(200);
    const admin = await signInAs(t, { globalRole: 'admin' });
    expect((await admin.get('/api/programme/reports?year=2025')).statusCode).toBe(200);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: ids.Alpha!, role: 'home_coordinator' }] });
    expect((await coordinator.get('/api/programme/reports?year=2025')).statusCode).toBe(403);
  });

  it('does not count a report as overdue when the programme office recorded its deadline met (received outside the platform)', async () => {
    const juliet = await buildPartnership(t.db, { title: 'Juliet', status: 'active', startYear: 2024, endYear: 2026 });
    const before = await overview('&q=Juliet');
    expect(before.items[0]).toMatchObject({ status: 'not_started', overdue: true });
    const met = await officer.put(`/api/partnerships/${juliet.id}/deadlines/2025/annual-report/met`, { met: true, note: 'Received on paper' });
    expect(met.statusCode).toBe(200);
    const after = await overview('&q=Juliet');
    expect(after.items[0]).toMatchObject({ status: 'not_started', overdue: false });
    expect(after.counts.overdue).toBe(0);
  });

});
