import ExcelJS from 'exceljs';
import { localize, type EventDetailDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Executor } from '../../db/client';
import { allParticipants, type ParticipantRow } from './events-registrations.repository';

type T = (key: string, params?: Record<string, string | number>) => string;

/** When the event takes place, as the title row says it. */
function whenOf(event: Pick<EventDetailDto, 'date' | 'endDate' | 'startTime' | 'status'>, t: T): string {
  const start = event.date ? `${event.date}${event.startTime ? ` ${event.startTime}` : ''}` : t('toBeAnnounced');
  const day = event.endDate && event.endDate !== event.date ? t('dateRange', { from: start, to: event.endDate }) : start;
  return event.status === 'cancelled' ? `${day} (${t('cancelled')})` : day;
}

const COLUMNS: [key: string, width: number][] = [
  ['name', 28],
  ['email', 32],
  ['partnership', 36],
  ['municipality', 24],
  ['role', 26],
  ['note', 40],
  ['registeredAt', 20],
];

/** One participant's row; what they do not have stays an empty cell. */
function participantRow(p: ParticipantRow, lang: string) {
  return [p.name, p.email, p.partnershipTitle, p.municipality, p.role ? translate(lang, `roles.${p.role}`) : null, p.note, p.registeredAt];
}

/**
 * The event's participants as an XLSX workbook in the caller's language: a title row with the
 * event's title and date, a styled header row (frozen), then one row per participant in the order
 * they registered. "Registered at" is a date-time cell (UTC).
 */
export async function exportParticipants(db: Executor, event: EventDetailDto, lang: string): Promise<{ fileName: string; body: Buffer }> {
  const rows = await allParticipants(db, event.id);
  const t: T = (key, params) => translate(lang, `eventsExport.${key}`, params);
  const title = localize(event.title, lang);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'MIC Platform';
  const sheet = workbook.addWorksheet(t('sheet'));
  sheet.addRow([t('title', { event: title, when: whenOf(event, t) })]).font = { bold: true, size: 13 };
  const header = sheet.addRow(COLUMNS.map(([key]) => t(`columns.${key}`)));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1E4B7A' } }));
  header.alignment = { vertical: 'middle', wrapText: true };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  COLUMNS.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  for (const p of rows) sheet.addRow(participantRow(p, lang));
  sheet.getColumn(COLUMNS.length).numFmt = 'yyyy-mm-dd hh:mm';
  sheet.getColumn(6).alignment = { wrapText: true, vertical: 'top' };

  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: `${t('fileName', { event: title })}.xlsx`, body };
}
