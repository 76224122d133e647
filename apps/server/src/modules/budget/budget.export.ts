import ExcelJS from 'exceljs';
import { BUDGET_CATEGORIES, CURRENCY_MINOR_DIGITS, localize, minorToDecimal, type Actor } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { workPlanOf } from './budget.queries';
import * as repo from './budget.repository';
import { NOK_FORMAT, headerRow, nokCell } from '../../lib/xlsx';

type T = (key: string, params?: Record<string, string | number>) => string;

/**
 * The year's work plan and budget as an XLSX workbook in the caller's language: activities, budget
 * lines (with local currency and rate), totals by category and side, and revisions. The totals are
 * the exact integer sums, written once; the sheet holds no formulas that could round differently.
 */
export async function exportWorkPlan(
  db: Executor,
  actor: Actor,
  partnershipId: string,
  year: number | undefined,
  thisYear: number,
  lang: string,
): Promise<{ fileName: string; body: Buffer }> {
  const plan = await workPlanOf(db, actor, partnershipId, year, thisYear);
  const p = (await repo.findPartnership(db, partnershipId))!;
  const t: T = (key, params) => translate(lang, `budgetExport.${key}`, params);
  const activityTitles = new Map(plan.activities.map((a) => [a.id, a.title]));
  const outputTitles = new Map(plan.outputs.map((o) => [o.id, localize(o.statement, lang)]));

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';

  const activities = workbook.addWorksheet(t('sheets.activities'));
  activities.addRow([`${t('title', { partnership: p.title, year: plan.year })} (${t(`status.${plan.status}`)})`]).font = { bold: true, size: 13 };
  headerRow(activities, ['title', 'output', 'responsible', 'startMonth', 'endMonth'].map((k) => t(`activities.${k}`)), [40, 40, 22, 12, 12]);
  for (const a of plan.activities) {
    activities.addRow([a.title, a.outputId ? (outputTitles.get(a.outputId) ?? '') : t('crossCutting'), t(`responsible.${a.responsible}`), a.startMonth, a.endMonth]);
  }

  const lines = workbook.addWorksheet(t('sheets.lines'));
  headerRow(lines, ['activity', 'category', 'side', 'description', 'currency', 'localAmount', 'rate', 'rateDate', 'amount'].map((k) => t(`lines.${k}`)), [30, 24, 22, 40, 12, 16, 18, 14, 18]);
  for (const l of plan.lines) {
    const digits = l.local ? (CURRENCY_MINOR_DIGITS[l.local.currency] ?? 2) : 2;
    const row = lines.addRow([
      l.activityId ? (activityTitles.get(l.activityId) ?? '') : '',
      t(`categories.${l.category}`),
      t(`side.${l.side}`),
      l.description,
      l.local?.currency ?? null,
      l.local ? Number(minorToDecimal(l.local.amount, digits)) : null,
      // The rate stays text: it is the exact decimal that was used, not a float.
      l.local?.rate ?? null,
      l.local ? new Date(`${l.local.rateDate}T00:00:00Z`) : null,
      nokCell(l.amount),
    ]);
    if (l.local) row.getCell(6).numFmt = digits ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
  }
  lines.getColumn(8).numFmt = 'yyyy-mm-dd';
  lines.getColumn(9).numFmt = NOK_FORMAT;

  const totals = workbook.addWorksheet(t('sheets.totals'));
  headerRow(totals, [t('totals.heading'), t('totals.amount')], [36, 18]);
  totals.addRow([t('totals.byCategory')]).font = { bold: true };
  for (const c of BUDGET_CATEGORIES) {
    const amount = plan.totals.byCategory[c];
    if (amount !== undefined) totals.addRow([t(`categories.${c}`), nokCell(amount)]);
  }
  totals.addRow([t('totals.bySide')]).font = { bold: true };
  for (const side of ['home', 'partner'] as const) totals.addRow([t(`side.${side}`), nokCell(plan.totals.bySide[side])]);
  totals.addRow([t('totals.total'), nokCell(plan.totals.total)]).font = { bold: true };
  totals.getColumn(2).numFmt = NOK_FORMAT;

  const revisions = workbook.addWorksheet(t('sheets.revisions'));
  headerRow(revisions, ['number', 'at', 'byName', 'reason', 'totalBefore', 'totalAfter'].map((k) => t(`revisions.${k}`)), [10, 18, 24, 50, 18, 18]);
  for (const r of plan.revisions) revisions.addRow([r.number, new Date(r.at), r.byName, r.reason, nokCell(r.totalBefore), nokCell(r.totalAfter)]);
  revisions.getColumn(2).numFmt = 'yyyy-mm-dd hh:mm';
  revisions.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  revisions.getColumn(5).numFmt = NOK_FORMAT;
  revisions.getColumn(6).numFmt = NOK_FORMAT;

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${t('fileName', { partnership: p.title, year: plan.year })}.xlsx`, body };
}
