import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minorToDecimal, type ConsolidatedReportDto } from '@mic/domain';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { consolidatedData } from '../../src/modules/consolidated/consolidated.data';
import type { Executor } from '../../src/db/client';
import { buildPartnership } from '../helpers/partnership-factory';
import { SOURCE, YEAR, buildProgramme, sqlSums } from './fixture';

let t: TestContext;
let office: Client;
let donor: Client;
let coordinator: Client;
let ids: { a: { id: string }; b: { id: string } };
const dir = mkdtempSync(join(tmpdir(), 'consolidated-'));
const url = `/api/programme/consolidated-report?funding=${SOURCE}&year=${YEAR}`;
const fileUrl = (ext: string, lang?: string) => `/api/programme/consolidated-report/${SOURCE}/${YEAR}.${ext}${lang ? `?lang=${lang}` : ''}`;

// Alpha: paid 200 000.00 of 300 000.00; spent NOK 123 456.78 + GTQ 50 000.00 at 1.3874 (= 69 370.00).
// Beta: paid 50 000.01 of 100 000.00; its report is a draft, so nothing counts as spent.
const TOTALS = { granted: 400_000_00, paid: 250_000_01, spent: 192_826_78, unspent: 57_173_23 };

beforeAll(async () => {
  t = await createTestApp();
  ids = await buildProgramme(t);
  office = await signInAs(t, { globalRole: 'programme_officer' });
  donor = await signInAs(t, { globalRole: 'donor_viewer' });
  coordinator = await signInAs(t, { memberships: [{ partnershipId: ids.a.id, role: 'home_coordinator' }] });
});

afterAll(async () => {
  await t?.close();
});

async function report(c: Client = office): Promise<ConsolidatedReportDto> {
  const res = await c.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function download(ext: string, lang?: string): Promise<Buffer> {
  const res = await office.get(fileUrl(ext, lang));
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

function docxText(body: Buffer, name: string): string {
  const path = join(dir, `${name}.docx`);
  writeFileSync(path, body);
  return execFileSync('unzip', ['-p', path, 'word/document.xml']).toString('utf8');
}

describe('the consolidated report data', () => {
  it('counts only the partnerships followed that year and sums their money as the database does', async () => {
    const { data, version, narrative } = await report();
    const sums = await sqlSums(t);
    expect(version).toBe(0);
    expect(narrative).toEqual({});
    expect(data.portfolio.total).toBe(2);
    expect(sums.count).toBe(2);
    expect(data.money.rows.map((r) => r.title)).toEqual(['Alpha partnership', 'Beta partnership']);
    expect(data.money.totals).toEqual(TOTALS);
    expect(data.money.totals.granted).toBe(sums.granted);
    expect(data.money.totals.paid).toBe(sums.paid);
    const alpha = data.money.rows[0]!;
    expect(alpha).toMatchObject({ granted: 300_000_00, paid: 200_000_00, spent: 192_826_78, unspent: 7_173_22, reportStatus: 'submitted', auditOpinion: 'qualified', country: 'GT' });
    expect(data.money.rows[1]).toMatchObject({ spent: 0, unspent: 50_000_01, reportStatus: 'draft', auditOpinion: null });
  });

  it('gives the portfolio by region, country and purpose, the reports by status, risks and audits', async () => {
    const { data } = await report(donor);
    expect(data.portfolio.byRegion).toContainEqual({ region: 'guatemala', count: 1 });
    expect(data.portfolio.byRegion).toContainEqual({ region: 'east-africa', count: 1 });
    expect(data.portfolio.byCountry).toEqual([
      { country: 'GT', count: 1 },
      { country: 'UG', count: 1 },
    ]);
    expect(data.portfolio.byPurpose).toEqual([
      { purpose: 'service-delivery', count: 1 },
      { purpose: 'environment', count: 1 },
      { purpose: 'participation', count: 1 },
    ]);
    expect(data.reports).toEqual({ not_started: 0, draft: 1, submitted: 1, returned: 0, accepted: 0 });
    expect(data.risks).toEqual([
      { partnershipTitle: 'Alpha partnership', title: 'Currency loss', score: 20, band: 'high', response: 'reduce_probability' },
      { partnershipTitle: 'Beta partnership', title: 'Staff turnover', score: 6, band: 'medium', response: '' },
    ]);
    // No audit report document: not complete.
    expect(data.audits).toEqual([{ partnershipTitle: 'Alpha partnership', year: YEAR, opinion: 'qualified', complete: false, openFindings: 1 }]);
  });

  it('judges each purpose’s indicators for the year with the programme’s thresholds', async () => {
    const { data } = await report();
    const service = data.results.find((r) => r.purpose === 'service-delivery')!;
    expect(service.counts).toEqual({ on_track: 1, at_risk: 0, off_track: 1, no_data: 0 });
    expect(service.highlights.map((h) => [h.indicator, h.status, h.percent])).toEqual([
      ['Households served', 'on_track', 100],
      ['Complaints answered', 'off_track', 10],
    ]);
    // An indicator whose results name no purpose counts under each of its partnership's purposes.
    for (const purpose of ['environment', 'participation']) {
      expect(data.results.find((r) => r.purpose === purpose)?.counts).toEqual({ on_track: 0, at_risk: 0, off_track: 0, no_data: 1 });
    }
  });

  it('asks the database the same number of times however many partnerships there are', async () => {
    let calls = 0;
    // Every query starts from the executor: count those calls, not our own code's.
    const counting = new Proxy(t.db, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || !['select', 'execute'].includes(String(key))) return value;
        return (...args: unknown[]) => {
          calls++;
          return value.apply(target, args);
        };
      },
    }) as unknown as Executor;
    const scope = { programmeId: t.programmeId, fundingSource: 'norad', year: 2030 };
    await consolidatedData(counting, scope, 'en');
    const few = calls;
    expect(few).toBeGreaterThan(4);
    for (let i = 0; i < 6; i++) await buildPartnership(t.db, { fundingSource: 'norad', status: 'active', startYear: 2030, endYear: 2031 });
    calls = 0;
    const data = await consolidatedData(counting, scope, 'en');
    expect(data.portfolio.total).toBe(6);
    expect(calls).toBe(few);
  });

  it('refuses an unknown funding source with a problem, not a 500', async () => {
    const res = await office.get(`/api/programme/consolidated-report?funding=nobody&year=${YEAR}`);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('FUNDING_SOURCE_UNKNOWN');
  });
});

describe('who may read and write it', () => {
  it('is read by the office and donors; a partnership coordinator is refused; nobody signed out', async () => {
    expect((await coordinator.get(url)).statusCode).toBe(403);
    expect((await coordinator.get(fileUrl('pdf'))).statusCode).toBe(403);
    expect((await anonymous(t.app).get(url)).statusCode).toBe(401);
    expect((await donor.get(fileUrl('xlsx'))).statusCode).toBe(200);
    expect((await report(donor)).can.edit).toBe(false);
    expect((await report(office)).can.edit).toBe(true);
  });

  it('lets only the office write the narrative', async () => {
    const body = { version: 0, narrative: { summary: { en: 'Donor try' } } };
    expect((await donor.put(`/api/programme/consolidated-report/${SOURCE}/${YEAR}`, body)).statusCode).toBe(403);
    expect((await coordinator.put(`/api/programme/consolidated-report/${SOURCE}/${YEAR}`, body)).statusCode).toBe(403);
  });
});

describe('the narrative', () => {
  const put = (body: unknown, year = YEAR) => office.put(`/api/programme/consolidated-report/${SOURCE}/${year}`, body);

  it('is saved from version 0, audited, and a stale save gets 409', async () => {
    let res = await put({ version: 0, narrative: { summary: { en: 'A good year.', nb: 'Et godt år.' }, lessons: { en: 'Plan early.' } } });
    expect(res.statusCode, res.body).toBe(200);
    const saved: ConsolidatedReportDto = res.json();
    expect(saved.version).toBe(1);
    expect(saved.narrative.summary).toEqual({ en: 'A good year.', nb: 'Et godt år.' });
    expect(saved.updatedByName).not.toBeNull();
    expect((await auditEntriesOf(t.db, `${SOURCE}:${YEAR}`)).map((e) => e.action)).toEqual(['programme_report.saved']);

    res = await put({ version: 0, narrative: { summary: { en: 'Overwrite' } } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONFLICT');
    expect((await report()).narrative.summary?.en).toBe('A good year.');
  });

  it('two first saves at once: one wins, the other gets 409', async () => {
    const results = await Promise.all([put({ version: 0, narrative: { summary: { en: 'One' } } }, 2027), put({ version: 0, narrative: { summary: { en: 'Two' } } }, 2027)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses an unknown section or an overlong text', async () => {
    for (const narrative of [{ poem: { en: 'x' } }, { summary: { en: 'x'.repeat(20_001) } }]) {
      const res = await put({ version: 1, narrative });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await report()).version).toBe(1);
  });
});

describe('the files', () => {
  it('PDF: a first page that renders, with the totals in it', async () => {
    const body = await download('pdf');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, body);
    execFileSync('pdftoppm', ['-png', '-r', '50', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    const png = execFileSync('sh', ['-c', `ls ${dir}/page*.png`]).toString().trim().split('\n')[0]!;
    expect(statSync(png).size).toBeGreaterThan(1000);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString('utf8');
    expect(text).toContain('Consolidated programme report 2026');
    expect(text).toContain('192,826.78');
    expect(text).toContain('400,000.00');
    expect(text).toContain('250,000.01');
    expect(text).toContain('A good year.');
  });

  it('XLSX: the money per partnership and the totals are the database’s øre, exactly', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx')) as unknown as ArrayBuffer);
    const money = workbook.getWorksheet('Money')!;
    const rows: unknown[][] = [];
    money.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const alpha = rows.find((r) => r[0] === 'Alpha partnership')!;
    expect(alpha.slice(2, 6)).toEqual([300000, 200000, 192826.78, 7173.22]);
    const total = rows[rows.length - 1]!;
    const sums = await sqlSums(t);
    expect(total[0]).toBe('Total');
    expect(total.slice(2, 6)).toEqual([Number(minorToDecimal(sums.granted)), Number(minorToDecimal(sums.paid)), 192826.78, 57173.23]);
    expect(money.getRow(3).getCell(3).numFmt).toBe('#,##0.00');
    const indicators = workbook.getWorksheet('Indicators')!;
    const names: unknown[] = [];
    indicators.eachRow((row) => names.push(row.getCell(3).value));
    expect(names).toEqual(expect.arrayContaining(['Households served', 'Complaints answered', 'Trees planted']));
  });

  it('DOCX: an editable document with the totals in word/document.xml', async () => {
    const xml = docxText(await download('docx'), 'en');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Consolidated programme report 2026');
    expect(xml).toContain('192,826.78');
    expect(xml).toContain('57,173.23');
    expect(xml).toContain('Plan early.');
  });

  it('in Norwegian on request, a missing Norwegian text falls back to the English with a note', async () => {
    const xml = docxText(await download('docx', 'nb'), 'nb');
    expect(xml).toContain('Samlet programrapport 2026');
    expect(xml).toContain('Midler (NOK)');
    expect(xml).toContain('192\u00a0826,78');
    expect(xml).toContain('Et godt år.');
    expect(xml).toContain('Ikke skrevet på norsk');
    expect(xml).toContain('Plan early.');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download('xlsx', 'nb')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Midler')).toBeDefined();
  });

  it('refuses a file kind or language it does not make', async () => {
    for (const u of [`/api/programme/consolidated-report/${SOURCE}/${YEAR}.odt`, fileUrl('pdf', 'es')]) {
      const res = await office.get(u);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});
