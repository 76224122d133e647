import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grants, instalments } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { allocateFunds } from '../helpers/funds';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { recordGrantDecision } from '../../src/modules/payments/grants.service';
import { readyToSubmit } from '../applications/helpers';
import { inAppraisal } from './helpers';

let t: TestContext;
let officer: Client;
let colleague: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-11-10T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  colleague = await signInAs(t, { globalRole: 'admin' });
});
afterAll(() => t.close());

const approve = (c: Client, app: { id: string; version: number }, granted: { year: number; amount: number }[]) =>
  c.post(`/api/applications/${app.id}/actions/approve`, { version: app.version, granted });
const grantsOf = (partnershipId: string) => t.db.select().from(grants).where(eq(grants.partnershipId, partnershipId)).orderBy(grants.year);

describe('granting from the appraisal decision', () => {
  it('refuses to grant what the programme does not have, and leaves the application un-approved', async () => {
    const { p, app, years } = await inAppraisal(t, officer, { year: 2030 });
    const granted = years.map((year) => ({ year, amount: 300_000_00 }));
    let res = await approve(officer, app, granted);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'PROGRAMME_FUNDS_EXCEEDED', errors: [{ field: 'granted' }] });
    expect(res.json().detail).toContain('0.00');

    await allocateFunds(t, { fundingSource: 'norad', year: 2030, amount: 299_999_99 });
    res = await approve(officer, app, granted);
    expect(res.json()).toMatchObject({ code: 'PROGRAMME_FUNDS_EXCEEDED' });
    expect((await officer.get(`/api/applications/${app.id}`)).json()).toMatchObject({ status: 'in_appraisal', granted: null });
    expect(await grantsOf(p.id)).toEqual([]);
    expect(await t.db.select().from(instalments).where(eq(instalments.partnershipId, p.id))).toEqual([]);
  });

  it('makes the own year firm with Norad’s two instalments (1 March, 1 October) summing to the øre, and the later years indicative', async () => {
    await allocateFunds(t, { fundingSource: 'norad', year: 2031, amount: 1_000_000_00 });
    const { p, app, years } = await inAppraisal(t, officer, { year: 2031 });
    const granted = [
      { year: 2031, amount: 333_333_33 },
      { year: 2032, amount: 350_000_00 },
      { year: 2033, amount: 360_000_00 },
    ];
    expect(years).toEqual([2031, 2032, 2033]);
    const res = await approve(officer, app, granted);
    expect(res.statusCode).toBe(200);
    expect((await grantsOf(p.id)).map((g) => ({ year: g.year, amount: Number(g.amount), firm: g.firm, applicationId: g.applicationId }))).toEqual([
      { year: 2031, amount: 333_333_33, firm: true, applicationId: app.id },
      { year: 2032, amount: 350_000_00, firm: false, applicationId: app.id },
      { year: 2033, amount: 360_000_00, firm: false, applicationId: app.id },
    ]);
    const payments = (await officer.get(`/api/partnerships/${p.id}/instalments`)).json();
    expect(payments.instalments.map((i: { dueDate: string; amount: number; status: string }) => [i.dueDate, i.amount, i.status])).toEqual([
      ['2031-03-01', 166_666_67, 'planned'],
      ['2031-10-01', 166_666_66, 'planned'],
    ]);
    expect(payments.totals).toEqual({ granted: 333_333_33, paid: 0, remaining: 333_333_33, withheld: 0 });
    // Every year was decided by the 2031 application, also the indicative later ones.
    expect(payments.grants.map((g: { year: number; applicationYear: number }) => [g.year, g.applicationYear])).toEqual([
      [2031, 2031],
      [2032, 2031],
      [2033, 2031],
    ]);
    const audit = await auditEntriesOf(t.db, `${p.id}:2031`);
    expect(audit.map((e) => e.action)).toEqual(['grant.decided']);
    expect(audit[0]!.after).toMatchObject({ amount: 333_333_33, firm: true });
  });

  it('gives the Ministry one instalment on 1 October, or on the date the programme office set for the year', async () => {
    await allocateFunds(t, { fundingSource: 'mfa', year: 2032, amount: 1_000_000_00 });
    const a = await inAppraisal(t, officer, { year: 2032, fundingSource: 'mfa' });
    expect((await approve(officer, a.app, a.years.map((year) => ({ year, amount: 200_000_00 })))).statusCode).toBe(200);
    const first = (await officer.get(`/api/partnerships/${a.p.id}/instalments`)).json();
    expect(first.instalments.map((i: { dueDate: string; amount: number }) => [i.dueDate, i.amount])).toEqual([['2032-10-01', 200_000_00]]);

    await allocateFunds(t, { fundingSource: 'norad', year: 2032, amount: 1_000_000_00 });
    expect((await officer.put('/api/programme/cycle-dates/2032/norad/instalment-2', { date: '2032-09-15' })).statusCode).toBe(200);
    const b = await inAppraisal(t, officer, { year: 2032 });
    expect((await approve(officer, b.app, b.years.map((year) => ({ year, amount: 100_000_01 })))).statusCode).toBe(200);
    const second = (await officer.get(`/api/partnerships/${b.p.id}/instalments`)).json();
    expect(second.instalments.map((i: { dueDate: string; amount: number }) => [i.dueDate, i.amount])).toEqual([
      ['2032-03-01', 50_000_01],
      ['2032-09-15', 50_000_00],
    ]);
  });

  it('lets only one of two approvals at once take the last of the funds', async () => {
    await allocateFunds(t, { fundingSource: 'norad', year: 2034, amount: 500_000_00 });
    const a = await inAppraisal(t, officer, { year: 2034, title: 'Concurrent A' });
    const b = await inAppraisal(t, officer, { year: 2034, title: 'Concurrent B' });
    const grant = (years: number[]) => years.map((year) => ({ year, amount: 300_000_00 }));
    const [ra, rb] = await Promise.all([approve(officer, a.app, grant(a.years)), approve(colleague, b.app, grant(b.years))]);
    expect([ra.statusCode, rb.statusCode].sort()).toEqual([200, 409]);
    expect([ra, rb].find((r) => r.statusCode === 409)!.json().code).toBe('PROGRAMME_FUNDS_EXCEEDED');
    const firm = await t.db.select().from(grants).where(and(eq(grants.year, 2034), eq(grants.firm, true)));
    expect(firm.map((g) => Number(g.amount))).toEqual([300_000_00]);
  });

  it('firms a later year when its own annual application is approved, and a decision taken again replaces the grant, not adds to it', async () => {
    await allocateFunds(t, { fundingSource: 'norad', year: 2035, amount: 400_000_00 });
    await allocateFunds(t, { fundingSource: 'norad', year: 2036, amount: 380_000_00 });
    const { p, home, partner, app, years } = await inAppraisal(t, officer, { year: 2035 });
    expect((await approve(officer, app, years.map((year) => ({ year, amount: 400_000_00 })))).statusCode).toBe(200);

    const annual = (await home.post(`/api/partnerships/${p.id}/applications`, { year: 2036 })).json();
    const ready = await readyToSubmit(home, partner, annual, [2036]);
    let res = await home.post(`/api/applications/${annual.id}/actions/submit`, { version: ready.version });
    res = await officer.post(`/api/applications/${annual.id}/actions/start_appraisal`, { version: res.json().version });
    expect((await approve(officer, res.json(), [{ year: 2036, amount: 380_000_00 }])).statusCode).toBe(200);
    expect((await grantsOf(p.id)).map((g) => [g.year, Number(g.amount), g.firm])).toEqual([
      [2035, 400_000_00, true],
      [2036, 380_000_00, true],
      [2037, 400_000_00, false],
    ]);

    // The same year decided again (all of the funds once more): its own grant is not counted twice.
    await t.db.transaction((tx) =>
      recordGrantDecision(tx, null, { partnership: p, applicationId: null, year: 2036, granted: [{ year: 2036, amount: 380_000_00 }], decidedAt: new Date() }),
    );
    const rows = await t.db.select().from(instalments).where(and(eq(instalments.partnershipId, p.id), eq(instalments.year, 2036)));
    expect(rows.map((r) => Number(r.amount)).sort()).toEqual([190_000_00, 190_000_00]);
  });
});
