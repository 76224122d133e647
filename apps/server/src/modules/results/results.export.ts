import ExcelJS from 'exceljs';
import { SMART_LETTERS, localize, type Actor, type IndicatorDto, type ResultDto, type ResultsFrameworkDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { getProgramme } from '../programme/programme.service';
import type { ExportQuery } from './results.contract';
import { loadFramework } from './results.framework';
import { trackingRows } from './results.queries';

type T = (key: string, params?: Record<string, string | number>) => string;

/** A number format that shows the unit beside the number and keeps the cell numeric. */
function unitFormat(unit: string | null): string {
  return unit ? `General" ${unit.replace(/"/g, "'")}"` : 'General';
}

function header(sheet: ExcelJS.Worksheet, titles: string[], widths: number[]) {
  const row = sheet.addRow(titles);
  row.font = { bold: true };
  row.alignment = { vertical: 'top', wrapText: true };
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: titles.length } };
}

const SMART_INITIAL: Record<(typeof SMART_LETTERS)[number], string> = { specific: 'S', measurable: 'M', achievable: 'A', relevant: 'R', timeBound: 'T' };

function frameworkSheet(workbook: ExcelJS.Workbook, f: ResultsFrameworkDto, t: T, purposeName: (code: string | null) => string) {
  const sheet = workbook.addWorksheet(t('resultsRules.export.frameworkSheet'));
  const english = f.workingLanguage !== 'en';
  const years = Array.from({ length: f.endYear - f.startYear + 1 }, (_, i) => f.startYear + i);
  const cols: [string, number][] = [
    [t('resultsRules.export.number'), 8],
    [t('resultsRules.export.level'), 12],
    [t('resultsRules.export.statement'), 50],
    ...(english ? ([[t('resultsRules.export.statementEnglish'), 50]] as [string, number][]) : []),
    [t('resultsRules.export.owner'), 18],
    [t('resultsRules.export.purpose'), 28],
    [t('resultsRules.export.smart'), 12],
    [t('resultsRules.export.indicator'), 40],
    [t('resultsRules.export.kind'), 14],
    [t('resultsRules.export.unit'), 12],
    [t('resultsRules.export.direction'), 16],
    [t('resultsRules.export.aggregation'), 16],
    [t('resultsRules.export.baseline'), 12],
    [t('resultsRules.export.baselineDate'), 12],
    [t('resultsRules.export.endTarget'), 12],
    ...years.map((year) => [t('resultsRules.export.targetYear', { year }), 12] as [string, number]),
  ];
  header(
    sheet,
    cols.map((c) => c[0]),
    cols.map((c) => c[1]),
  );
  const indicatorCol = english ? 9 : 8;
  const byResult = new Map<string, IndicatorDto[]>();
  for (const i of f.indicators) byResult.set(i.resultId, [...(byResult.get(i.resultId) ?? []), i]);

  const resultRow = (r: ResultDto) => [
    r.number,
    t(`resultsRules.levels.${r.level}`),
    r.statement[f.workingLanguage] ?? '',
    ...(english ? [r.statement.en ?? ''] : []),
    t(`resultsRules.owners.${r.owner}`),
    purposeName(r.purpose),
    r.smart ? SMART_LETTERS.filter((l) => r.smart!.letters[l].pass).map((l) => SMART_INITIAL[l]).join(' ') : '',
  ];
  for (const r of f.results) {
    sheet.addRow(resultRow(r)).font = { bold: r.level !== 'activity' };
    for (const i of byResult.get(r.id) ?? []) {
      const row = sheet.addRow([
        r.number,
        ...Array<string>(indicatorCol - 2).fill(''),
        localize(i.name, f.workingLanguage),
        t(`resultsRules.kinds.${i.kind}`),
        i.unit ?? '',
        t(`resultsRules.directions.${i.direction}`),
        t(`resultsRules.aggregations.${i.aggregation}`),
        i.baseline?.value ?? null,
        i.baseline ? new Date(`${i.baseline.date}T00:00:00Z`) : null,
        i.endTarget,
        ...years.map((y) => i.targets.find((x) => x.year === y)?.value ?? null),
      ]);
      const fmt = unitFormat(i.unit);
      const first = indicatorCol + 5;
      row.getCell(first).numFmt = fmt;
      row.getCell(first + 1).numFmt = 'yyyy-mm-dd';
      for (let c = first + 2; c <= first + 2 + years.length; c++) row.getCell(c).numFmt = fmt;
    }
  }
}

function trackingSheet(workbook: ExcelJS.Workbook, f: ResultsFrameworkDto, t: T, filter: ExportQuery) {
  const sheet = workbook.addWorksheet(t('resultsRules.export.trackingSheet'));
  const keys = ['number', 'level', 'indicator', 'unit', 'baseline', 'year', 'target', 'actual', 'valueStatus', 'percentOfTarget', 'progress', 'comment'];
  header(
    sheet,
    keys.map((k) => t(`resultsRules.export.${k}`)),
    [8, 12, 40, 12, 12, 8, 12, 12, 14, 12, 14, 40],
  );
  const comments = new Map(f.indicators.flatMap((i) => i.values.map((v) => [`${i.id}:${v.year}`, v.comment ?? ''] as const)));
  for (const r of trackingRows(f, filter)) {
    const fmt = unitFormat(r.unit);
    for (const y of r.years) {
      const row = sheet.addRow([
        r.resultNumber,
        t(`resultsRules.levels.${r.resultLevel}`),
        localize(r.indicatorName, f.workingLanguage),
        r.unit ?? '',
        r.baseline,
        y.year,
        y.target,
        y.actual,
        y.valueStatus ? t(`resultsRules.valueStatuses.${y.valueStatus}`) : '',
        y.percentOfTarget === null ? null : Math.round(y.percentOfTarget * 10) / 1000,
        t(`resultsRules.progress.${y.progress}`),
        comments.get(`${r.indicatorId}:${y.year}`) ?? '',
      ]);
      for (const c of [5, 7, 8]) row.getCell(c).numFmt = fmt;
      row.getCell(10).numFmt = '0.0%';
    }
  }
}

/**
 * The framework and/or the tracking table as an XLSX workbook in the caller's language, one sheet per
 * view; numbers are numeric cells with their unit in the number format and in a column of their own.
 */
export async function exportResults(db: Executor, actor: Actor, partnershipId: string, lang: string, query: ExportQuery) {
  const [f, programme] = await Promise.all([loadFramework(db, actor, partnershipId), getProgramme(db)]);
  const t: T = (key, params) => translate(lang, key, params);
  const purposeName = (code: string | null) => (code ? localize(programme.purposes.find((p) => p.code === code)?.name, lang) || code : '');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';
  workbook.created = new Date();
  if (query.view !== 'tracking') frameworkSheet(workbook, f, t, purposeName);
  if (query.view !== 'framework') trackingSheet(workbook, f, t, query);
  return { fileName: `results-${partnershipId.slice(0, 8)}.xlsx`, body: Buffer.from(await workbook.xlsx.writeBuffer()) };
}
