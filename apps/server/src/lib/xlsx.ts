import type ExcelJS from 'exceljs';
import { minorToDecimal } from '@mic/domain';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Number format of NOK cells: grouped, two decimals. */
export const NOK_FORMAT = '#,##0.00';

/**
 * Øre as a spreadsheet number: the exact decimal, as Excel stores a value typed in. No arithmetic is
 * done on the result; totals are the exact integer sums, written once (no formulas that could round).
 */
export function nokCell(ore: number): number;
export function nokCell(ore: number | null): number | null;
export function nokCell(ore: number | null): number | null {
  return ore === null ? null : Number(minorToDecimal(ore));
}

/** A bold, wrapping header row that stays in view, and the columns' widths. */
export function headerRow(sheet: ExcelJS.Worksheet, values: string[], widths: number[]): ExcelJS.Row {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: row.number }];
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  return row;
}
