import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { workPlans } from '../../src/db/schema.finance';
import { createTestApp, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { budgetSetting, GTQ_LINE_ORE, samplePlan } from './budget.fixtures';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-03-10T09:00:00Z') });
});
afterAll(() => t.close());

async function workbookOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** A NOK cell read back, as øre: rounding a read value only to compare it. */
const ore = (v: ExcelJS.CellValue) => Math.round(Number(v) * 100);

describe('the budget as XLSX', () => {
  it('has the activities, the lines with local currency and rate, totals equal to the database’s sums, and the revisions, in the caller’s language', async () => {
    const s = await budgetSetting(t);
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const plan = samplePlan(s.chain.output.id);
    await s.home.put(`${s.url}/2026`, { version: 0, ...plan });
    await officer.post(`${s.url}/2026/approve`, { version: 1 });
    await s.home.put(`${s.url}/2026`, { version: 2, ...plan, lines: [{ ...plan.lines[0]!, amount: 4_500_001 }, ...plan.lines.slice(1)], revisionReason: 'One øre more.' });

    const reader = await signInAs(t, { language: 'nb', memberships: [{ partnershipId: s.p.id, role: 'viewer' }] });
    const res = await reader.get(`${s.url}.xlsx?year=2026`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('budsjett-');
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Arbeidsplan', 'Budsjett', 'Summer', 'Revisjoner']);

    const activities = wb.getWorksheet('Arbeidsplan')!;
    expect(activities.getRow(2).getCell(1).value).toBe('Aktivitet');
    expect(activities.getRow(3).getCell(1).value).toBe('Training of waste collectors');

    const lines = wb.getWorksheet('Budsjett')!;
    expect(lines.getRow(1).getCell(9).value).toBe('Beløp (NOK)');
    const gtq = lines.getRow(3);
    expect([gtq.getCell(2).value, gtq.getCell(5).value, gtq.getCell(6).value, gtq.getCell(7).value]).toEqual(['Workshops og opplæring', 'GTQ', 12345.67, '1.38745']);
    expect(ore(gtq.getCell(9).value)).toBe(GTQ_LINE_ORE);
    expect(gtq.getCell(9).numFmt).toBe('#,##0.00');

    const [row] = await t.db.select().from(workPlans).where(eq(workPlans.partnershipId, s.p.id));
    const totals = wb.getWorksheet('Summer')!;
    const byLabel = new Map<string, ExcelJS.CellValue>();
    totals.eachRow((r) => byLabel.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(ore(byLabel.get('Totalt'))).toBe(row!.total);
    expect(ore(byLabel.get('Norsk kommune'))).toBe(row!.homeTotal);
    expect(ore(byLabel.get('Partnerkommune'))).toBe(row!.partnerTotal);
    expect(ore(byLabel.get('Reiser'))).toBe(4_500_001);
    expect(row!.total).toBe(5_000_001 + GTQ_LINE_ORE);

    const revisions = wb.getWorksheet('Revisjoner')!;
    expect(revisions.getRow(2).getCell(4).value).toBe('One øre more.');
    expect(ore(revisions.getRow(2).getCell(6).value)).toBe(row!.total);
  });

  it('is not there for someone who does not see the partnership', async () => {
    const s = await budgetSetting(t);
    const other = await budgetSetting(t);
    expect((await other.home.get(`${s.url}.xlsx`)).statusCode).toBe(404);
  });
});
