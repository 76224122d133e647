import ExcelJS from 'exceljs';
import { latestAuditFlag, localize, sumMoney, type FundsSourceDto, type InstalmentStatus } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { currentProgrammeId } from '../programme/programme.service';
import type { PlanFilters } from './payments.contract';
import { fundsSources, sourcesOf } from './funds.service';
import { planWhere } from './payments-plan.service';
import * as repo from './payments.repository';
import { auditFlagsOf } from '../audits/audits.check';
import { NOK_FORMAT, nokCell } from '../../lib/xlsx';

type T = (key: string, params?: Record<string, string | number>) => string;

function dateCell(iso: string | null): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';
  workbook.created = new Date();
  return workbook;
}

/** A sheet with a bold title row and a frozen heading row; money columns (1-based) formatted as NOK. */
function sheetOf(workbook: ExcelJS.Workbook, name: string, title: string, headings: [string, number][], moneyColumns: number[]) {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  const header = sheet.addRow(headings.map(([h]) => h));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  headings.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  for (const c of moneyColumns) sheet.getColumn(c).numFmt = NOK_FORMAT;
  return sheet;
}

const totalOf = <K extends string>(rows: Record<K, number | null>[], key: K) => sumMoney(rows.map((r) => r[key] ?? 0));

/** GET /api/programme/funds.xlsx: the sources of the year and every partnership granted that year. */
export async function exportFunds(db: Executor, q: { year: number; funding?: string }, lang: string): Promise<{ fileName: string; body: Buffer }> {
  const t: T = (key, params) => translate(lang, `paymentsExport.${key}`, params);
  const programmeId = await currentProgrammeId(db);
  const [sources, list] = await Promise.all([fundsSources(db, programmeId, q.year, q.funding), repo.fundsPartnerships(db, programmeId, q.year, q.funding)]);
  const flags = await auditFlagsOf(db, list.items.map((i) => i.partnershipId));
  const names = new Map(sources.map((s) => [s.fundingSource, localize(s.name, lang)]));
  const workbook = newWorkbook();

  const cols = (keys: string[], widths: number[]): [string, number][] => keys.map((k, i) => [t(`columns.${k}`), widths[i]!]);
  const sourceSheet = sheetOf(workbook, t('sheets.sources'), t('fundsTitle', { year: q.year }), cols(['fundingSource', 'allocated', 'granted', 'paid', 'remaining', 'toPay', 'withheld', 'note'], [24, 16, 16, 16, 16, 16, 16, 40]), [2, 3, 4, 5, 6, 7]);
  const money: (keyof FundsSourceDto)[] = ['allocated', 'granted', 'paid', 'remaining', 'toPay', 'withheld'];
  for (const s of sources) sourceSheet.addRow([names.get(s.fundingSource), ...money.map((k) => nokCell(s[k] as number | null)), s.note ?? '']);
  const sourceTotals = money.map((k) => nokCell(totalOf(sources as unknown as Record<string, number | null>[], k)));
  sourceSheet.addRow([t('total'), ...sourceTotals]).font = { bold: true };

  const pSheet = sheetOf(workbook, t('sheets.partnerships'), t('fundsTitle', { year: q.year }), cols(['partnership', 'fundingSource', 'granted', 'paid', 'remaining', 'withheld', 'auditOpinion'], [40, 20, 16, 16, 16, 16, 30]), [3, 4, 5, 6]);
  // A qualified, adverse or disclaimed opinion goes with the money, here as on the page.
  const flag = (p: (typeof list.items)[number]) => {
    const latest = latestAuditFlag(flags.get(p.partnershipId) ?? []);
    return latest ? t('auditFlag', { year: latest.year, opinion: t(`opinions.${latest.opinion}`) }) : null;
  };
  for (const p of list.items) pSheet.addRow([p.title, names.get(p.fundingSource) ?? p.fundingSource, nokCell(p.granted), nokCell(p.paid), nokCell(p.remaining), nokCell(p.withheld), flag(p)]);
  pSheet.addRow([t('total'), '', ...(['granted', 'paid', 'remaining', 'withheld'] as const).map((k) => nokCell(totalOf(list.items, k)))]).font = { bold: true };

  return { fileName: `programme-funds-${q.year}.xlsx`, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}

/** GET /api/programme/payments-plan.xlsx: every instalment of the window (not one page) and the sums by month. */
export async function exportPaymentsPlan(db: Executor, filters: PlanFilters, now: Date, lang: string): Promise<{ fileName: string; body: Buffer }> {
  const t: T = (key, params) => translate(lang, `paymentsExport.${key}`, params);
  const w = await planWhere(db, filters, now);
  const [sums, list, sources] = await Promise.all([repo.planSums(db, w), repo.planItems(db, w), sourcesOf(db, w.programmeId)]);
  const names = new Map(sources.map((s) => [s.code, localize(s.name, lang)]));
  const sourceName = (code: string) => names.get(code) ?? code;
  const title = t('planTitle', { from: w.from, months: filters.months });
  const workbook = newWorkbook();
  const cols = (keys: string[], widths: number[]): [string, number][] => keys.map((k, i) => [t(`columns.${k}`), widths[i]!]);

  const plan = sheetOf(workbook, t('sheets.plan'), title, cols(['dueDate', 'partnership', 'fundingSource', 'year', 'instalment', 'amount', 'status', 'paidOn', 'reference', 'reason'], [12, 40, 18, 10, 10, 16, 14, 12, 22, 40]), [6]);
  for (const { instalment: i, partnershipTitle } of list.rows) {
    plan.addRow([
      dateCell(i.dueDate),
      partnershipTitle,
      sourceName(i.fundingSource),
      i.year,
      i.seq,
      nokCell(Number(i.amount)),
      t(`statuses.${i.status as InstalmentStatus}`),
      dateCell(i.paidOn),
      i.paymentReference ?? '',
      i.withheldReason ?? i.overrideReason ?? '',
    ]);
  }
  for (const c of [1, 8]) plan.getColumn(c).numFmt = 'yyyy-mm-dd';
  plan.addRow([t('total'), '', '', '', '', nokCell(sumMoney(list.rows.map((r) => Number(r.instalment.amount))))]).font = { bold: true };

  const statuses = ['planned', 'approved', 'paid', 'withheld'] as const;
  const byMonth = sheetOf(workbook, t('sheets.byMonth'), title, cols(['month', 'fundingSource', ...statuses], [10, 18, 16, 16, 16, 16]), [3, 4, 5, 6]);
  for (const m of sums.byMonth) byMonth.addRow([m.month, sourceName(m.fundingSource), ...statuses.map((s) => nokCell(m[s]))]);
  byMonth.addRow([t('total'), '', ...statuses.map((s) => nokCell(sums.totals[s]))]).font = { bold: true };

  return { fileName: `payments-plan-${w.from}.xlsx`, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
