import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants, instalments } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { firmGrant } from './helpers';

let t: TestContext;
let officer: Client;
let colleague: Client;
beforeAll(async () => {
  // Both the 2025 report (due 15 April 2026) and the 2026 report (due 15 April 2027) are past.
  t = await createTestApp({}, { clock: () => new Date('2027-05-01T09:00:00Z') });
  officer = await signInAs(t, { name: 'Olav Officer', globalRole: 'programme_officer' });
  colleague = await signInAs(t, { globalRole: 'admin' });
});
afterAll(() => t.close());

interface Instalment {
  id: string;
  version: number;
  status: string;
  amount: number;
  dueDate: string;
  actions: string[];
}

/** An active Norad partnership (2025–2027) with a firm 2026 grant and its home coordinator. */
async function granted(amount = 500_000_01) {
  const p = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027 });
  const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  await firmGrant(t, p, 2026, amount);
  const url = `/api/partnerships/${p.id}/instalments`;
  const list = async (c: Client = officer) => (await c.get(url)).json().instalments as Instalment[];
  const act = (c: Client, i: Pick<Instalment, 'id' | 'version'>, action: string, body: Record<string, unknown> = {}) =>
    c.post(`${url}/${i.id}/actions/${action}`, { version: i.version, ...body });
  const meetReports = async () => {
    for (const year of [2025, 2026]) expect((await officer.put(`/api/partnerships/${p.id}/deadlines/${year}/annual-report/met`, { met: true })).statusCode).toBe(200);
  };
  return { p, home, url, list, act, meetReports };
}

describe('a partnership’s instalments', () => {
  it('are read by its members without actions, acted on only by the office, and hidden from others', async () => {
    const { home, url, list, act } = await granted();
    const read = (await home.get(url)).json();
    expect(read).toMatchObject({ fundingSource: 'norad', can: { manage: false }, totals: { granted: 500_000_01, paid: 0, remaining: 500_000_01, withheld: 0 } });
    expect(read.grants).toEqual([expect.objectContaining({ year: 2026, amount: 500_000_01, firm: true })]);
    expect(read.instalments.map((i: Instalment) => i.actions)).toEqual([[], []]);
    const [first] = await list();
    expect(first!.actions).toEqual(['approve', 'withhold']);
    expect((await act(home, first!, 'withhold', { reason: 'x' })).statusCode).toBe(403);
    const outsider = await signInAs(t, {});
    expect((await outsider.get(url)).statusCode).toBe(404);
    expect((await act(outsider, first!, 'withhold', { reason: 'x' })).statusCode).toBe(404);
  });

  it('cannot be approved while a report is overdue, unless an officer gives a reason, which is kept', async () => {
    const { url, list, act, meetReports } = await granted();
    expect((await officer.get(url)).json().blockers).toEqual([
      { kind: 'report_overdue', year: 2025, stepCode: 'annual-report', dueDate: '2026-04-15' },
      { kind: 'report_overdue', year: 2026, stepCode: 'annual-report', dueDate: '2027-04-15' },
    ]);
    const [first, second] = await list();
    let res = await act(officer, first!, 'approve');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'REPORT_OVERDUE' });
    expect(res.json().detail).toContain('2025');
    res = await act(officer, first!, 'approve', { overrideReason: '   ' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'OVERRIDE_REASON_REQUIRED', errors: [{ field: 'overrideReason' }] });
    res = await act(officer, first!, 'approve', { overrideReason: 'Report received by e-mail; upload follows.' });
    expect(res.statusCode).toBe(200);
    const approved = res.json().instalments[0];
    expect(approved).toMatchObject({ status: 'approved', version: first!.version + 1, approved: { byName: 'Olav Officer', overrideReason: 'Report received by e-mail; upload follows.' } });
    const audit = await auditEntriesOf(t.db, first!.id);
    expect(audit.map((e) => e.action)).toEqual(['instalment.approved']);
    expect(audit[0]!.after).toMatchObject({ status: 'approved', overrideReason: 'Report received by e-mail; upload follows.' });

    await meetReports();
    expect((await officer.get(url)).json().blockers).toEqual([]);
    res = await act(officer, second!, 'approve');
    expect(res.json().instalments[1]).toMatchObject({ status: 'approved', approved: { overrideReason: null } });
  });

  it('is paid once, with a date not after today and a payment reference; withheld with a reason and released', async () => {
    const { list, act, meetReports } = await granted();
    await meetReports();
    const [first, second] = await list();
    expect((await act(officer, first!, 'pay', { paidOn: '2027-04-30', paymentReference: 'X' })).json().code).toBe('INVALID_TRANSITION');
    let res = await act(officer, first!, 'approve');
    const approved = res.json().instalments[0] as Instalment;
    expect((await act(officer, first!, 'pay', { paidOn: '2027-04-30', paymentReference: 'X' })).json().code).toBe('CONFLICT');
    for (const [body, field] of [
      [{ paymentReference: 'NOR-1' }, 'paidOn'],
      [{ paidOn: '2027-05-02', paymentReference: 'NOR-1' }, 'paidOn'],
      [{ paidOn: '2027-02-30', paymentReference: 'NOR-1' }, 'paidOn'],
      [{ paidOn: '2027-04-30', paymentReference: ' ' }, 'paymentReference'],
    ] as const) {
      res = await act(officer, approved, 'pay', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(422);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field }] });
    }
    res = await act(officer, approved, 'pay', { paidOn: '2027-05-01', paymentReference: 'NOR-2027-0042' });
    expect(res.statusCode).toBe(200);
    expect(res.json().instalments[0]).toMatchObject({ status: 'paid', paid: { on: '2027-05-01', reference: 'NOR-2027-0042', byName: 'Olav Officer' }, actions: [] });
    expect(res.json().totals).toEqual({ granted: 500_000_01, paid: 250_000_01, remaining: 250_000_00, withheld: 0 });

    expect((await act(officer, second!, 'withhold', { reason: '' })).json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'reason' }] });
    res = await act(officer, second!, 'withhold', { reason: 'Audit remarks not answered.' });
    const withheld = res.json().instalments[1] as Instalment;
    expect(withheld).toMatchObject({ status: 'withheld', withheld: { reason: 'Audit remarks not answered.' }, actions: ['release'] });
    expect(res.json().totals.withheld).toBe(250_000_00);
    res = await act(officer, withheld, 'release');
    expect(res.json().instalments[1]).toMatchObject({ status: 'planned', withheld: null, actions: ['approve', 'withhold'] });
    expect((await auditEntriesOf(t.db, second!.id)).map((e) => e.action)).toEqual(['instalment.withheld', 'instalment.released']);
  });

  it('lets one of two officers acting at once win: never two approvals, never two payments', async () => {
    const { list, act, meetReports } = await granted();
    await meetReports();
    const [first] = await list();
    const approvals = await Promise.all([act(officer, first!, 'approve'), act(colleague, first!, 'approve')]);
    expect(approvals.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const [approved] = await list();
    const payments = await Promise.all([
      act(officer, approved!, 'pay', { paidOn: '2027-04-29', paymentReference: 'A-1' }),
      act(colleague, approved!, 'pay', { paidOn: '2027-04-30', paymentReference: 'B-1' }),
    ]);
    expect(payments.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await auditEntriesOf(t.db, first!.id)).map((e) => e.action)).toEqual(['instalment.approved', 'instalment.paid']);
    const [row] = await t.db.select().from(instalments).where(eq(instalments.id, first!.id));
    expect(row).toMatchObject({ status: 'paid', version: first!.version + 2 });
  });
});

describe('splitting a grant over its instalments', () => {
  it('takes any split that sums to the grant exactly, and never changes an approved amount', async () => {
    const { p, list, act, meetReports } = await granted(500_000_01);
    await meetReports();
    const [a, b] = await list();
    const split = (amounts: { id: string; amount: number; version: number }[]) => officer.put(`/api/partnerships/${p.id}/instalments/2026/split`, { amounts });
    let res = await split([
      { id: a!.id, amount: 300_000_00, version: a!.version },
      { id: b!.id, amount: 200_000_00, version: b!.version },
    ]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'INSTALMENT_SPLIT_MISMATCH' });
    expect(res.json().detail).toContain('500000.00');
    expect(res.json().detail).toContain('500000.01');
    res = await split([
      { id: a!.id, amount: 300_000_01, version: a!.version },
      { id: b!.id, amount: 200_000_00, version: b!.version },
    ]);
    expect(res.statusCode).toBe(200);
    expect(res.json().instalments.map((i: Instalment) => i.amount)).toEqual([300_000_01, 200_000_00]);
    const [a2, b2] = await list();
    expect((await split([{ id: a2!.id, amount: 1, version: a!.version }, { id: b2!.id, amount: 500_000_00, version: b2!.version }])).json().code).toBe('CONFLICT');
    await act(officer, a2!, 'approve');
    const [a3] = await list();
    res = await split([
      { id: a3!.id, amount: 250_000_01, version: a3!.version },
      { id: b2!.id, amount: 250_000_00, version: b2!.version },
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'INSTALMENT_LOCKED', errors: [{ field: 'amounts.0.amount' }] });
    expect((await auditEntriesOf(t.db, `${p.id}:2026`)).map((e) => e.action)).toEqual(['grant.decided', 'instalments.split']);
  });
});

describe('generating the instalments of an older grant', () => {
  it('plans them once for a firm grant that has none; 409 when they exist, 404 without a firm grant', async () => {
    const p = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027, fundingSource: 'mfa' });
    await t.db.insert(grants).values({ partnershipId: p.id, year: 2025, fundingSource: 'mfa', amount: 123_456_78, firm: true, decidedAt: new Date('2024-11-20') });
    await t.db.insert(grants).values({ partnershipId: p.id, year: 2026, fundingSource: 'mfa', amount: 100_000_00, firm: false });
    const url = `/api/partnerships/${p.id}/instalments`;
    let res = await officer.post(`${url}/2025/generate`);
    expect(res.statusCode).toBe(200);
    expect(res.json().instalments.map((i: Instalment) => [i.dueDate, i.amount])).toEqual([['2025-10-01', 123_456_78]]);
    expect((await officer.post(`${url}/2025/generate`)).json().code).toBe('CONFLICT');
    expect((await officer.post(`${url}/2026/generate`)).statusCode).toBe(404);
    expect((await officer.post(`${url}/2027/generate`)).statusCode).toBe(404);
  });
});
