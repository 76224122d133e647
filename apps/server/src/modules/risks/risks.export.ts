import ExcelJS from 'exceljs';
import { DomainError, type Actor, type RiskDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { mayReadRisks } from './risks.policy';
import { presentRisk } from './risks.present';
import * as repo from './risks.repository';
import { resultTitles } from './risks.results';
import { todayIso } from './risks.service';
import { settingsOf } from './risks-settings.service';

/** An ISO date as a spreadsheet date (midnight UTC), or an empty cell. */
function dateCell(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso}T00:00:00Z`) : null;
}

function styleHeader(sheet: ExcelJS.Worksheet, row: number) {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: row }];
}

/**
 * The partnership's register as an XLSX workbook in the caller's language: a "Risks" sheet in
 * register order and a "Reviews" sheet oldest first. Scores and ratings are numbers, dates are dates.
 */
export async function exportRegister(db: Executor, actor: Actor, partnershipId: string, lang: string): Promise<{ fileName: string; body: Buffer }> {
  const p = isUuid(partnershipId) && mayReadRisks(actor, partnershipId) ? await repo.partnershipForRisks(db, partnershipId, false) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  const [settings, rows, reviews, register] = await Promise.all([
    settingsOf(db, p.programmeId),
    repo.allRisks(db, partnershipId),
    repo.reviewsOfPartnership(db, partnershipId),
    repo.findRegister(db, partnershipId),
  ]);
  const resultIds = [...new Set(rows.map((r) => r.resultId).filter((id): id is string => !!id))];
  const titles = resultIds.length ? await resultTitles(db, resultIds, lang) : new Map<string, string>();
  const ctx = { settings, today: todayIso(), resultTitle: (id: string) => titles.get(id) ?? null };
  const risks = rows.map((r) => presentRisk(r, ctx));
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, `risksExport.${key}`, params);
  const yesNo = (b: boolean) => t(b ? 'yes' : 'no');

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';
  workbook.created = new Date();

  const sheet = workbook.addWorksheet(t('sheets.risks'));
  sheet.addRow([t('title', { partnership: p.title })]).font = { bold: true, size: 13 };
  sheet.addRow([t(`state.${register?.state ?? 'draft'}`)]);
  const columns: [string, number][] = [
    ['description', 50],
    ['category', 22],
    ['origin', 14],
    ['owner', 22],
    ['status', 10],
    ['result', 30],
    ['identifiedOn', 12],
    ['probability', 12],
    ['consequence', 12],
    ['rating', 9],
    ['band', 10],
    ['response', 24],
    ['measures', 50],
    ['justification', 40],
    ['acceptedBy', 20],
    ['acceptedOn', 14],
    ['lastReviewedOn', 14],
    ['nextReviewDue', 14],
    ['overdue', 10],
    ['questionsContinuation', 14],
  ];
  sheet.addRow(columns.map(([key]) => t(`columns.${key}`)));
  columns.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  styleHeader(sheet, 3);
  for (const r of risks) sheet.addRow(riskRow(r, t, yesNo));
  for (const col of [7, 16, 17, 18]) sheet.getColumn(col).numFmt = 'yyyy-mm-dd';

  const descriptions = new Map(risks.map((r) => [r.id, r.description]));
  const reviewSheet = workbook.addWorksheet(t('sheets.reviews'));
  reviewSheet.addRow(['description', 'reviewedOn', 'probability', 'consequence', 'rating', 'band', 'assumption', 'correctiveAction', 'reviewer'].map((k) => t(`columns.${k}`)));
  [50, 12, 12, 12, 9, 10, 16, 50, 24].forEach((w, i) => (reviewSheet.getColumn(i + 1).width = w));
  styleHeader(reviewSheet, 1);
  for (const review of reviews) {
    const rating = review.probability * review.consequence;
    const band = rating >= settings.thresholds.highFrom ? 'high' : rating >= settings.thresholds.mediumFrom ? 'medium' : 'low';
    reviewSheet.addRow([
      descriptions.get(review.riskId) ?? '',
      dateCell(review.reviewedOn),
      review.probability,
      review.consequence,
      rating,
      t(`bands.${band}`),
      t(`assumptions.${review.assumptionStatus}`),
      review.correctiveAction,
      review.reviewerName ?? '',
    ]);
  }
  reviewSheet.getColumn(2).numFmt = 'yyyy-mm-dd';

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `risks-${p.title}.xlsx`, body };
}

function riskRow(r: RiskDto, t: (key: string, params?: Record<string, string | number>) => string, yesNo: (b: boolean) => string) {
  const measures = r.response.measures
    .map((m) => (m.dueDate ? t('measure', { action: m.action, responsible: m.responsible, dueDate: m.dueDate }) : t('measureNoDate', { action: m.action, responsible: m.responsible })))
    .join('\n');
  return [
    r.description,
    t(`categories.${r.category}`),
    t(`origins.${r.origin}`),
    r.owner,
    t(`statuses.${r.status}`),
    r.result?.title ?? r.result?.id ?? '',
    dateCell(r.identifiedOn),
    r.current.probability,
    r.current.consequence,
    r.current.rating,
    t(`bands.${r.current.band}`),
    t(`responses.${r.response.type ?? 'none'}`),
    measures,
    r.tolerance?.justification ?? '',
    r.tolerance?.acceptedBy ?? '',
    dateCell(r.tolerance?.acceptedOn),
    dateCell(r.lastReviewedOn),
    dateCell(r.nextReviewDue),
    yesNo(r.overdue),
    yesNo(r.questionsContinuation),
  ];
}
