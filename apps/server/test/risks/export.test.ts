import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { addRisk, daysFromToday, measure, tolerance } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function open(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  return workbook;
}

describe('the XLSX export of a register', () => {
  it('writes the risks in register order with numbers as numbers and dates as dates, and the reviews', async () => {
    const p = await buildPartnership(t.db, { title: 'Stord – San Juan Comalapa' });
    const coordinator = await signInAs(t, { name: 'Ola', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const low = await addRisk(coordinator, p.id, { description: 'Fuel prices rise', category: 'financial_corruption', probability: 2, consequence: 1 });
    const high = await addRisk(coordinator, p.id, {
      description: 'Hurricane season floods the landfill',
      category: 'natural_hazard',
      identifiedOn: '2025-03-01',
      probability: 3,
      consequence: 4,
      response: { type: 'reduce_consequence', measures: [measure, { action: 'Move the archive', responsible: 'IT', dueDate: null }] },
      tolerance,
    });
    await coordinator.post(`/api/partnerships/${p.id}/risks/${high.id}/reviews`, {
      reviewedOn: daysFromToday(-5),
      probability: 4,
      consequence: 4,
      assumptionStatus: 'does_not_hold',
      correctiveAction: 'Raise the embankment',
    });
    void low;

    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const res = await viewer.get(`/api/partnerships/${p.id}/risks/export.xlsx`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toContain('attachment; filename="risks-Stord - San Juan Comalapa.xlsx"');
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''risks-Stord%20%E2%80%93%20San%20Juan%20Comalapa.xlsx");

    const workbook = await open(res.rawPayload);
    const sheet = workbook.getWorksheet('Risks')!;
    expect(sheet.getCell('A1').value).toBe('Risk register: Stord – San Juan Comalapa');
    expect(sheet.getCell('A2').value).toBe('Register state: draft');
    expect(sheet.getRow(3).getCell(1).value).toBe('Risk');
    expect(sheet.getRow(3).getCell(10).value).toBe('Rating');
    const first = sheet.getRow(4);
    expect(first.getCell(1).value).toBe('Hurricane season floods the landfill');
    expect(first.getCell(2).value).toBe('Natural hazard');
    expect(first.getCell(7).value).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect([first.getCell(8).value, first.getCell(9).value, first.getCell(10).value]).toEqual([4, 4, 16]);
    expect(first.getCell(11).value).toBe('High');
    expect(first.getCell(12).value).toBe('Reduce the consequence');
    expect(first.getCell(13).value).toBe(`${measure.action} (${measure.responsible}, ${measure.dueDate})\nMove the archive (IT)`);
    expect(first.getCell(15).value).toBe(tolerance.acceptedBy);
    expect(first.getCell(16).value).toEqual(new Date(`${tolerance.acceptedOn}T00:00:00Z`));
    expect(first.getCell(19).value).toBe('No');
    const second = sheet.getRow(5);
    expect(second.getCell(1).value).toBe('Fuel prices rise');
    expect(second.getCell(10).value).toBe(2);
    expect(typeof second.getCell(10).value).toBe('number');
    expect(sheet.getRow(6).getCell(1).value ?? null).toBeNull();

    const reviews = workbook.getWorksheet('Reviews')!;
    expect(reviews.getRow(2).values).toEqual([
      undefined,
      'Hurricane season floods the landfill',
      new Date(`${daysFromToday(-5)}T00:00:00Z`),
      4,
      4,
      16,
      'High',
      'Does not hold',
      'Raise the embankment',
      'Ola',
    ]);
  });

  it('speaks the caller’s language and is hidden from outsiders', async () => {
    const p = await buildPartnership(t.db);
    const coordinator = await signInAs(t, { language: 'es', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    await addRisk(coordinator, p.id, { category: 'security', probability: 5, consequence: 5, response: { type: 'no_response_possible', measures: [] } });
    const workbook = await open((await coordinator.get(`/api/partnerships/${p.id}/risks/export.xlsx`)).rawPayload);
    const sheet = workbook.getWorksheet('Riesgos')!;
    expect(sheet.getRow(4).getCell(2).value).toBe('Seguridad');
    expect(sheet.getRow(4).getCell(20).value).toBe('Sí');
    expect(workbook.getWorksheet('Revisiones')).toBeDefined();

    const outsider = await signInAs(t, {});
    expect((await outsider.get(`/api/partnerships/${p.id}/risks/export.xlsx`)).statusCode).toBe(404);
  });
});
