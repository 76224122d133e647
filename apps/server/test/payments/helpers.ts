import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { recordGrantDecision } from '../../src/modules/payments/grants.service';
import type { Client, TestContext } from '../helpers/app';
import { allocateFunds } from '../helpers/funds';
import { completeSurroundings, createApplication, partnershipWithCoordinators, readyToSubmit } from '../applications/helpers';

/** A fresh partnership's initial application for `year`, submitted and in appraisal: ready to be decided. */
export async function inAppraisal(t: TestContext, officer: Client, spec: { fundingSource?: string; year?: number; title?: string } = {}) {
  const year = spec.year ?? 2027;
  const years = [year, year + 1, year + 2];
  const { p, home, partner } = await partnershipWithCoordinators(t, { startYear: year, endYear: year + 2, fundingSource: spec.fundingSource, title: spec.title });
  await completeSurroundings(t.db, p.id);
  const app = await createApplication(home, p.id, { year });
  const ready = await readyToSubmit(home, partner, app, years);
  let res = await home.post(`/api/applications/${app.id}/actions/submit`, { version: ready.version });
  expect(res.statusCode).toBe(200);
  res = await officer.post(`/api/applications/${app.id}/actions/start_appraisal`, { version: res.json().version });
  expect(res.statusCode).toBe(200);
  return { p, home, partner, app: res.json() as { id: string; version: number }, years };
}

/**
 * A firm grant for `year`, recorded as an appraisal decision records it (funds topped up first, so
 * only the tests about funds meet the limit).
 */
export async function firmGrant(t: TestContext, p: { id: string; programmeId: string; fundingSource: string }, year: number, amount: number) {
  await allocateFunds(t, { fundingSource: p.fundingSource, year, amount: 1_000_000_000_00 });
  await t.db.transaction((tx) =>
    recordGrantDecision(tx, null, { partnership: p, applicationId: null, year, granted: [{ year, amount }], decidedAt: new Date() }),
  );
}

/** A sheet's rows as arrays of cell values (index 0 is column A). */
export async function sheetRows(body: Buffer, name: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as never);
  const sheet = workbook.getWorksheet(name)!;
  const out: unknown[][] = [];
  sheet.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return { sheet, rows: out };
}
