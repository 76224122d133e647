import ExcelJS from 'exceljs';
import { localize, type ConsolidatedDataDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { loadProgramme } from '../programme/programme.repository';
import type { Judged } from './consolidated.data';
import { textsIn, type FileLanguage } from './consolidated.document';
import type { Scope } from './consolidated.queries';
import { NOK_FORMAT, headerRow, nokCell } from '../../lib/xlsx';

/**
 * The annex: money per partnership with the totals (the exact integer sums, written once, no formulas
 * that could round differently) and every indicator by purpose and partnership.
 */
export async function consolidatedXlsx(
  db: Executor,
  scope: Scope,
  data: ConsolidatedDataDto,
  indicators: (Judged & { purpose: string })[],
  lang: FileLanguage,
): Promise<{ fileName: string; body: Buffer }> {
  const t = textsIn(lang);
  const programme = await loadProgramme(db, scope.programmeId);
  const purposeName = (code: string) => localize(programme?.purposes.find((p) => p.code === code)?.name, lang) || code;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';

  const money = workbook.addWorksheet(t('sheets.money'));
  money.addRow([t('title', { year: scope.year, source: scope.fundingSource })]).font = { bold: true, size: 13 };
  headerRow(money, ['partnership', 'country', 'granted', 'paid', 'spent', 'unspent', 'reportStatus', 'auditOpinion'].map((k) => t(`money.${k}`)), [40, 10, 16, 16, 16, 16, 16, 22]);
  for (const r of data.money.rows) {
    money.addRow([r.title, r.country, nokCell(r.granted), nokCell(r.paid), nokCell(r.spent), nokCell(r.unspent), t(`reportStatus.${r.reportStatus}`), t(`opinions.${r.auditOpinion ?? 'none'}`)]);
  }
  const totals = data.money.totals;
  money.addRow([t('money.total'), null, nokCell(totals.granted), nokCell(totals.paid), nokCell(totals.spent), nokCell(totals.unspent)]).font = { bold: true };
  for (const c of [3, 4, 5, 6]) money.getColumn(c).numFmt = NOK_FORMAT;

  const sheet = workbook.addWorksheet(t('sheets.indicators'));
  headerRow(sheet, ['purpose', 'partnership', 'indicator', 'status', 'percent'].map((k) => t(`indicators.${k}`)), [30, 36, 44, 14, 12]);
  for (const i of indicators) sheet.addRow([purposeName(i.purpose), i.partnershipTitle, i.indicator, t(`progress.${i.status}`), i.percent]);

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${t('annexFileName', { source: scope.fundingSource, year: scope.year })}.xlsx`, body };
}
