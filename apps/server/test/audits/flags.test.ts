import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditFlagsOf } from '../../src/modules/audits/audits.check';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { firmGrant, sheetRows } from '../payments/helpers';
import { auditDocument, auditedPartnership, completeFields } from './helpers';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2029-06-01T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
});
afterAll(() => t.close());

/** A 2027–2029 partnership granted 300 000 NOK for 2027, with the audits given recorded by its auditor. */
async function grantedWithAudits(title: string, opinions: { year: number; opinion: string }[]) {
  const { p, auditor, home } = await auditedPartnership(t, { title });
  await firmGrant(t, p, 2027, 300_000_00);
  const report = await auditDocument(t.db, p.id, 'audit_report');
  const ids: string[] = [];
  for (const { year, opinion } of opinions) {
    const created = (await auditor.post(`/api/partnerships/${p.id}/audits`, { year })).json();
    const res = await auditor.put(`/api/audits/${created.id}`, { ...completeFields(report), opinion, version: 1 });
    expect(res.statusCode).toBe(200);
    ids.push(created.id);
  }
  return { p, home, ids };
}

describe('a qualified audit opinion is shown wherever the partnership’s money is', () => {
  it('in its payments, its budget and the programme’s funds list; a clean opinion raises no flag', async () => {
    const flagged = await grantedWithAudits('Alta – Flagged', [{ year: 2027, opinion: 'qualified' }]);
    const clean = await grantedWithAudits('Bodø – Clean', [{ year: 2027, opinion: 'unmodified' }]);
    const flag = { year: 2027, opinion: 'qualified', auditId: flagged.ids[0] };

    const payments = await flagged.home.get(`/api/partnerships/${flagged.p.id}/instalments`);
    expect(payments.statusCode).toBe(200);
    expect(payments.json().auditFlags).toEqual([flag]);
    expect((await clean.home.get(`/api/partnerships/${clean.p.id}/instalments`)).json().auditFlags).toEqual([]);

    const budget = await flagged.home.get(`/api/partnerships/${flagged.p.id}/budget?year=2028`);
    expect(budget.statusCode).toBe(200);
    expect(budget.json().auditFlags).toEqual([flag]);
    expect((await clean.home.get(`/api/partnerships/${clean.p.id}/budget?year=2027`)).json().auditFlags).toEqual([]);

    const funds = await officer.get('/api/programme/funds?year=2027&pageSize=100');
    expect(funds.statusCode).toBe(200);
    const rows = funds.json().partnerships.items as { partnershipId: string; granted: number; auditFlag: unknown }[];
    expect(rows.find((r) => r.partnershipId === flagged.p.id)).toMatchObject({ granted: 300_000_00, auditFlag: flag });
    expect(rows.find((r) => r.partnershipId === clean.p.id)).toMatchObject({ granted: 300_000_00, auditFlag: null });

    // And in the funds workbook, beside the amounts.
    const xlsx = await officer.get('/api/programme/funds.xlsx?year=2027');
    expect(xlsx.statusCode).toBe(200);
    const sheet = await sheetRows(xlsx.rawPayload, 'Partnerships');
    expect(sheet.rows[1]!.at(-1)).toBe('Audit opinion');
    expect(sheet.rows.find((r) => r[0] === 'Alta – Flagged')!.at(-1)).toBe('2027: qualified');
    expect(sheet.rows.find((r) => r[0] === 'Bodø – Clean')![6] ?? null).toBeNull();
  });

  it('the funds list shows the latest flagged year; the payments list every flagged year, oldest first', async () => {
    const { p, home, ids } = await grantedWithAudits('Cala – Two years', [
      { year: 2028, opinion: 'adverse' },
      { year: 2027, opinion: 'disclaimer' },
      { year: 2029, opinion: 'unmodified' },
    ]);
    expect((await home.get(`/api/partnerships/${p.id}/instalments`)).json().auditFlags).toEqual([
      { year: 2027, opinion: 'disclaimer', auditId: ids[1] },
      { year: 2028, opinion: 'adverse', auditId: ids[0] },
    ]);
    const rows = (await officer.get('/api/programme/funds?year=2027&pageSize=100')).json().partnerships.items as { partnershipId: string; auditFlag: unknown }[];
    expect(rows.find((r) => r.partnershipId === p.id)!.auditFlag).toEqual({ year: 2028, opinion: 'adverse', auditId: ids[0] });
  });

  it('auditFlagsOf answers for many partnerships at once and leaves out those without a flag', async () => {
    const a = await grantedWithAudits('Dale – A', [{ year: 2029, opinion: 'qualified' }]);
    const b = await grantedWithAudits('Eid – B', [{ year: 2029, opinion: 'unmodified' }]);
    const flags = await auditFlagsOf(t.db, [a.p.id, b.p.id, a.p.id]);
    expect([...flags.keys()]).toEqual([a.p.id]);
    expect(flags.get(a.p.id)).toEqual([{ year: 2029, opinion: 'qualified', auditId: a.ids[0] }]);
    expect((await auditFlagsOf(t.db, [])).size).toBe(0);
  });
});
