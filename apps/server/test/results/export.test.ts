import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildIndicator, buildResult } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function workbookOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as arrays of cell values (1-based columns, so index 0 is empty). */
function rowsOf(sheet: ExcelJS.Worksheet) {
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

async function framework() {
  const p = await buildPartnership(t.db, { workingLanguage: 'es', purposes: ['environment', 'participation'], startYear: 2025, status: 'active' });
  const impact = await buildResult(t.db, p.id, { level: 'impact', purpose: 'environment', statement: { es: 'Comalapa limpia', en: 'A clean Comalapa' } });
  const outcome = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, purpose: 'environment', statement: { es: 'Más hogares separan residuos', en: 'More households sort waste' } });
  const learning = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, position: 1, owner: 'home', purpose: 'participation', statement: { es: 'Stord aprende métodos participativos', en: 'Stord learns participatory methods' } });
  await buildIndicator(t.db, p.id, outcome.id, {
    name: { es: 'Hogares que separan', en: 'Households sorting' },
    unit: 'hogares',
    aggregation: 'cumulative',
    baseline: { value: 120, date: '2024-11-30' },
    endTarget: 600,
    targets: [
      { year: 2025, value: 280 },
      { year: 2026, value: 440 },
    ],
    values: [{ year: 2025, value: 266, status: 'approved', comment: 'Registro municipal' }],
  });
  await buildIndicator(t.db, p.id, learning.id, { name: { es: 'Funcionarios capacitados' }, measure: 'percentage', unit: '%', baseline: { value: 0, date: '2024-11-30' }, endTarget: 80 });
  return p;
}

describe('GET /api/partnerships/:id/results/export.xlsx', () => {
  it('exports the framework and the tracking table, one sheet each, numbers as numbers with units, in the caller’s language', async () => {
    const p = await framework();
    const officer = await signInAs(t, { globalRole: 'programme_officer', language: 'en' });
    const res = await officer.get(`/api/partnerships/${p.id}/results/export.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="results-/);
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Framework', 'Tracking']);

    const fw = rowsOf(wb.getWorksheet('Framework')!);
    expect(fw[0]!.slice(0, 8)).toEqual(['No.', 'Level', 'Statement', 'Statement (English)', 'Whose result', 'Programme purpose', 'SMART (letters passed)', 'Indicator']);
    expect(fw[0]!.slice(-3)).toEqual(['Target 2025', 'Target 2026', 'Target 2027']);
    expect(fw[1]!.slice(0, 6)).toEqual(['', 'Impact', 'Comalapa limpia', 'A clean Comalapa', 'Partner municipality', 'Environmental concerns in local plans']);
    expect(fw[2]!.slice(0, 2)).toEqual(['1', 'Outcome']);
    const ind = fw[3]!;
    expect(ind[0]).toBe('1');
    expect(ind.slice(8, 16)).toEqual(['Hogares que separan', 'Quantitative', 'hogares', 'Higher is better', 'Cumulative (running total)', 120, new Date('2024-11-30T00:00:00Z'), 600]);
    expect(ind.slice(16)).toEqual([280, 440]);
    expect(typeof ind[13]).toBe('number');
    const sheet = wb.getWorksheet('Framework')!;
    expect(sheet.getRow(4).getCell(14).numFmt).toBe('General" hogares"');
    expect(fw[4]!.slice(0, 5)).toEqual(['2', 'Outcome', 'Stord aprende métodos participativos', 'Stord learns participatory methods', 'Home municipality']);

    const tracking = wb.getWorksheet('Tracking')!;
    const tr = rowsOf(tracking);
    expect(tr[0]).toEqual(['No.', 'Level', 'Indicator', 'Unit', 'Baseline', 'Year', 'Target', 'Actual', 'Value status', '% of target', 'Progress', 'Comment']);
    expect(tr).toHaveLength(1 + 2 * 3);
    expect(tr[1]).toEqual(['1', 'Outcome', 'Hogares que separan', 'hogares', 120, 2025, 280, 266, 'Approved', 0.913, 'On track', 'Registro municipal']);
    expect(tr[2]!.slice(5, 11)).toEqual([2026, 440, undefined, '', undefined, 'No data yet']);
    expect(tracking.getRow(2).getCell(10).numFmt).toBe('0.0%');
    expect(tracking.getRow(2).getCell(8).numFmt).toBe('General" hogares"');
    expect(tr[6]!.slice(0, 7)).toEqual(['2', 'Outcome', 'Funcionarios capacitados', '%', 0, 2027, 80]);
  });

  it('exports one view on request, filtered, with headers in Spanish for a Spanish reader', async () => {
    const p = await framework();
    const partner = await signInAs(t, { language: 'es', memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const res = await partner.get(`/api/partnerships/${p.id}/results/export.xlsx?view=tracking&owner=home`);
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Seguimiento']);
    const rows = rowsOf(wb.worksheets[0]!);
    expect(rows[0]!.slice(0, 3)).toEqual(['N.º', 'Nivel', 'Indicador']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Funcionarios capacitados', 'Funcionarios capacitados', 'Funcionarios capacitados']);
    expect(rows[1]![10]).toBe('Sin datos aún');
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'viewer' }] });
    expect((await outsider.get(`/api/partnerships/${p.id}/results/export.xlsx`)).statusCode).toBe(404);
    expect((await partner.get(`/api/partnerships/${p.id}/results/export.xlsx?view=pdf`)).statusCode).toBe(422);
  });
});
