import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualReports } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { insertReport } from '../reports-overview/helpers';
import { firmGrant } from './helpers';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  // No report deadline has passed yet (the 2025 report is due 15 April 2026): only a return blocks.
  t = await createTestApp({}, { clock: () => new Date('2026-03-01T09:00:00Z') });
  officer = await signInAs(t, { globalRole: 'programme_officer' });
});
afterAll(() => t.close());

interface Instalment {
  id: string;
  version: number;
  status: string;
}

describe('a returned annual report', () => {
  it('blocks approving an instalment until it is resubmitted, unless an officer gives a reason', async () => {
    const p = await buildPartnership(t.db, { status: 'active', startYear: 2025, endYear: 2027 });
    await firmGrant(t, p, 2026, 300_000_00);
    const url = `/api/partnerships/${p.id}/instalments`;
    expect((await officer.get(url)).json().blockers).toEqual([]);
    const report = await insertReport(t.db, { partnershipId: p.id, year: 2025, status: 'returned', submissionCount: 1, deadline: '2026-02-15' });

    const read = (await officer.get(url)).json();
    expect(read.blockers).toEqual([{ kind: 'report_returned', year: 2025, stepCode: 'annual-report', dueDate: '2026-02-15' }]);
    const [first, second] = read.instalments as Instalment[];
    let res = await officer.post(`${url}/${first!.id}/actions/approve`, { version: first!.version });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'REPORT_OVERDUE' });
    expect(res.json().detail).toContain('2025');
    res = await officer.post(`${url}/${first!.id}/actions/approve`, { version: first!.version, overrideReason: 'Corrections agreed by phone.' });
    expect(res.statusCode).toBe(200);
    expect(res.json().instalments[0]).toMatchObject({ status: 'approved', approved: { overrideReason: 'Corrections agreed by phone.' } });

    await t.db.update(annualReports).set({ status: 'submitted', submissionCount: 2 }).where(eq(annualReports.id, report.id));
    expect((await officer.get(url)).json().blockers).toEqual([]);
    res = await officer.post(`${url}/${second!.id}/actions/approve`, { version: second!.version });
    expect(res.statusCode).toBe(200);
    expect(res.json().instalments[1]).toMatchObject({ status: 'approved', approved: { overrideReason: null } });
  });
});
