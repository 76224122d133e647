import { sheetRows } from './helpers';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants, instalments } from '../../src/db/schema';
import { recordGrantDecision } from '../../src/modules/payments/grants.service';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
let donor: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2028-06-01T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  donor = await signInAs(t, { globalRole: 'donor_viewer', language: 'nb' });
});
afterAll(() => t.close());

/** A partnership starting in `year` and its grant for that year, decided as an approval decides it. */
async function granted(title: string, fundingSource: string, year: number, amount: number) {
  const p = await buildPartnership(t.db, { title, fundingSource, startYear: year, endYear: year + 2, status: 'active' });
  await t.db.transaction((tx) => recordGrantDecision(tx, null, { partnership: p, applicationId: null, year, granted: [{ year, amount }], decidedAt: new Date() }));
  return p;
}

async function instalmentsOf(partnershipId: string) {
  return (await officer.get(`/api/partnerships/${partnershipId}/instalments`)).json().instalments as { id: string; version: number; amount: number }[];
}

const ore = (cell: unknown) => Math.round((cell as number) * 100);

describe('the programme’s funds', () => {
  it('are recorded by the office on the version it saw, never below what is granted, and audit-logged', async () => {
    const put = (c: Client, funding: string, body: Record<string, unknown>) => c.put(`/api/programme/funds/2028/${funding}`, body);
    expect((await put(donor, 'norad', { amount: 1, version: 0 })).statusCode).toBe(403);
    expect((await put(officer, 'sida', { amount: 1, version: 0 })).json()).toMatchObject({ code: 'FUNDING_SOURCE_UNKNOWN' });
    expect((await put(officer, 'norad', { amount: 12.5, version: 0 })).statusCode).toBe(422);
    let res = await put(officer, 'norad', { amount: 900_000_00, note: 'Letter of 12 January', version: 0 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ fundingSource: 'norad', allocated: 900_000_00, note: 'Letter of 12 January', version: 1, granted: 0, remaining: 900_000_00 });
    expect((await put(officer, 'norad', { amount: 950_000_00, version: 0 })).json().code).toBe('CONFLICT');
    res = await put(officer, 'norad', { amount: 1_000_000_00, note: 'Raised in May', version: 1 });
    expect(res.json()).toMatchObject({ allocated: 1_000_000_00, version: 2 });
    expect((await put(officer, 'mfa', { amount: 500_000_00, version: 0 })).statusCode).toBe(200);
    const audit = await auditEntriesOf(t.db, 'norad:2028');
    expect(audit.map((e) => [e.action, (e.after as { amount: number }).amount])).toEqual([
      ['programme_funds.set', 900_000_00],
      ['programme_funds.set', 1_000_000_00],
    ]);

    await granted('Alta – Arusha', 'norad', 2028, 400_000_00);
    await granted('Bodø – Bukoba', 'norad', 2028, 200_000_01);
    res = await put(officer, 'norad', { amount: 600_000_00, version: 2 });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'LIMIT_BELOW_EXISTING' });
    expect(res.json().detail).toContain('600000.01');
    expect((await put(officer, 'norad', { amount: 600_000_01, version: 2 })).json()).toMatchObject({ allocated: 600_000_01, granted: 600_000_01, remaining: 0, note: 'Raised in May' });
  });

  it('show per source what is allocated, granted, paid and remaining, and a page of the partnerships, to the office and the donors', async () => {
    const c = await granted('Cerca – Comalapa', 'mfa', 2028, 123_456_78);
    const alta = (await t.db.select().from(grants).where(and(eq(grants.year, 2028), eq(grants.amount, 400_000_00))))[0]!;
    const [first] = await instalmentsOf(alta.partnershipId);
    let res = await officer.post(`/api/partnerships/${alta.partnershipId}/instalments/${first!.id}/actions/approve`, { version: first!.version });
    res = await officer.post(`/api/partnerships/${alta.partnershipId}/instalments/${first!.id}/actions/pay`, { version: first!.version + 1, paidOn: '2028-05-30', paymentReference: 'N-1' });
    expect(res.statusCode).toBe(200);
    const [mfa] = await instalmentsOf(c.id);
    res = await officer.post(`/api/partnerships/${c.id}/instalments/${mfa!.id}/actions/withhold`, { version: mfa!.version, reason: 'Audit pending' });
    expect(res.statusCode).toBe(200);

    res = await donor.get('/api/programme/funds?year=2028&pageSize=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.can).toEqual({ edit: false });
    expect(body.sources).toEqual([
      expect.objectContaining({ fundingSource: 'norad', allocated: 600_000_01, granted: 600_000_01, paid: 200_000_00, remaining: 0, toPay: 400_000_01, withheld: 0, version: 3 }),
      expect.objectContaining({ fundingSource: 'mfa', allocated: 500_000_00, granted: 123_456_78, paid: 0, remaining: 376_543_22, toPay: 0, withheld: 123_456_78 }),
    ]);
    expect(body.totals).toEqual({ allocated: 1_100_000_01, granted: 723_456_79, paid: 200_000_00, remaining: 376_543_22 });
    expect(body.partnerships).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(body.partnerships.items).toEqual([
      { partnershipId: alta.partnershipId, title: 'Alta – Arusha', fundingSource: 'norad', granted: 400_000_00, paid: 200_000_00, remaining: 200_000_00, withheld: 0, auditFlag: null },
      expect.objectContaining({ title: 'Bodø – Bukoba', granted: 200_000_01, paid: 0 }),
    ]);
    const page2 = (await officer.get('/api/programme/funds?year=2028&pageSize=2&page=2')).json();
    expect(page2.can).toEqual({ edit: true });
    expect(page2.partnerships.items).toEqual([expect.objectContaining({ title: 'Cerca – Comalapa', withheld: 123_456_78 })]);
    const onlyMfa = (await officer.get('/api/programme/funds?year=2028&funding=mfa')).json();
    expect(onlyMfa.sources.map((s: { fundingSource: string }) => s.fundingSource)).toEqual(['mfa']);
    expect(onlyMfa.partnerships.total).toBe(1);
    expect((await officer.get('/api/programme/funds?year=2028&pageSize=101')).statusCode).toBe(422);
    const empty = (await officer.get('/api/programme/funds')).json();
    expect(empty).toMatchObject({ year: 2028 });
  });

  it('export to XLSX in the caller’s language, with the sums of the database to the øre', async () => {
    const res = await donor.get('/api/programme/funds.xlsx?year=2028');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('programme-funds-2028.xlsx');
    const funds = await sheetRows(res.rawPayload, 'Midler');
    expect(funds.rows[0]).toEqual(['Programmets midler 2028 (NOK)']);
    expect(funds.rows[1]!.slice(0, 3)).toEqual(['Finansieringskilde', 'Tildelt programmet', 'Innvilget']);
    expect(funds.sheet.getCell('B3').numFmt).toBe('#,##0.00');
    const [dbGranted] = await t.db.select({ n: sql<string>`sum(${grants.amount})` }).from(grants).where(and(eq(grants.year, 2028), eq(grants.firm, true)));
    const total = funds.rows.at(-1)!;
    expect(total[0]).toBe('Sum');
    expect(ore(total[2])).toBe(Number(dbGranted!.n));
    expect(funds.rows.slice(2, -1).map((r) => ore(r[2])).reduce((a, b) => a + b, 0)).toBe(Number(dbGranted!.n));

    const partnerships = await sheetRows(res.rawPayload, 'Partnerskap');
    expect(partnerships.rows.slice(2, -1).map((r) => [r[0], ore(r[2]), ore(r[3])])).toEqual([
      ['Alta – Arusha', 400_000_00, 200_000_00],
      ['Bodø – Bukoba', 200_000_01, 0],
      ['Cerca – Comalapa', 123_456_78, 0],
    ]);
    const [dbPaid] = await t.db.select({ n: sql<string>`sum(${instalments.amount})` }).from(instalments).where(eq(instalments.status, 'paid'));
    expect(ore(partnerships.rows.at(-1)![3])).toBe(Number(dbPaid!.n));
  });
});

describe('the payments plan', () => {
  it('lists the instalments due in the coming months, by month and funding source, with totals per status and pages', async () => {
    let res = await donor.get('/api/programme/payments-plan?from=2028-03&months=8&pageSize=2');
    expect(res.statusCode).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({ from: '2028-03', months: 8, total: 5, page: 1, pageSize: 2 });
    expect(plan.byMonth).toEqual([
      { month: '2028-03', fundingSource: 'norad', planned: 100_000_01, approved: 0, paid: 200_000_00, withheld: 0 },
      { month: '2028-10', fundingSource: 'mfa', planned: 0, approved: 0, paid: 0, withheld: 123_456_78 },
      { month: '2028-10', fundingSource: 'norad', planned: 300_000_00, approved: 0, paid: 0, withheld: 0 },
    ]);
    expect(plan.totals).toEqual({ planned: 400_000_01, approved: 0, paid: 200_000_00, withheld: 123_456_78 });
    expect(plan.items.map((i: { dueDate: string; partnershipTitle: string; amount: number }) => [i.dueDate, i.partnershipTitle, i.amount])).toEqual([
      ['2028-03-01', 'Alta – Arusha', 200_000_00],
      ['2028-03-01', 'Bodø – Bukoba', 100_000_01],
    ]);
    const withheld = (await officer.get('/api/programme/payments-plan?from=2028-03&months=8&status=withheld')).json();
    expect(withheld).toMatchObject({ total: 1, totals: { planned: 0, withheld: 123_456_78 } });
    const norad = (await officer.get('/api/programme/payments-plan?from=2028-03&months=8&funding=norad')).json();
    expect(norad.total).toBe(4);
    // By default: this month and the five after it (June–November): the October instalments.
    const coming = (await officer.get('/api/programme/payments-plan')).json();
    expect(coming).toMatchObject({ from: '2028-06', months: 6, total: 3 });
    // March's unpaid instalment is before the window, and still shown as such (the paid one is not).
    expect(plan.earlier).toEqual({ count: 0, planned: 0, approved: 0, withheld: 0, firstMonth: null });
    expect(coming.earlier).toEqual({ count: 1, planned: 100_000_01, approved: 0, withheld: 0, firstMonth: '2028-03' });
    expect((await officer.get('/api/programme/payments-plan?months=25')).statusCode).toBe(422);
    expect((await officer.get('/api/programme/payments-plan?from=2028-13')).statusCode).toBe(422);
  });

  it('exports the whole window to XLSX, the amounts adding up to the database’s', async () => {
    const res = await officer.get('/api/programme/payments-plan.xlsx?from=2028-03&months=8');
    expect(res.statusCode).toBe(200);
    const plan = await sheetRows(res.rawPayload, 'Payments plan');
    const items = plan.rows.slice(2, -1);
    expect(items).toHaveLength(5);
    expect(items[0]!.slice(1, 7)).toEqual(['Alta – Arusha', 'Norad', 2028, 1, 200_000, 'Paid']);
    const [dbSum] = await t.db.select({ n: sql<string>`sum(${instalments.amount})` }).from(instalments).where(sql`${instalments.dueDate} between '2028-03-01' and '2028-10-31'`);
    expect(ore(plan.rows.at(-1)![5])).toBe(Number(dbSum!.n));
    expect(items.map((r) => ore(r[5])).reduce((a, b) => a + b, 0)).toBe(Number(dbSum!.n));
    const byMonth = await sheetRows(res.rawPayload, 'By month');
    expect(byMonth.rows.at(-1)!.slice(2).map(ore)).toEqual([400_000_01, 0, 200_000_00, 123_456_78]);
  });
});

describe('the OpenAPI document', () => {
  it('describes the payments endpoints', async () => {
    const paths = Object.keys((await officer.get('/api/openapi.json')).json().paths);
    for (const path of [
      '/api/programme/funds',
      '/api/programme/funds/{year}/{funding}',
      '/api/programme/payments-plan',
      '/api/partnerships/{id}/instalments',
      '/api/partnerships/{id}/instalments/{instalmentId}/actions/{action}',
      '/api/partnerships/{id}/instalments/{year}/split',
      '/api/partnerships/{id}/instalments/{year}/generate',
    ]) {
      expect(paths).toContain(path);
    }
  });
});
