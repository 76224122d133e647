/**
 * The IATI export as a stream: partnerships are loaded a page at a time and each page's activities are
 * written before the next is loaded, so memory holds one page however many partnerships there are.
 */
import { Readable } from 'node:stream';
import { DomainError } from '@mic/domain';
import type { Executor } from '../../db/client';
import { buildActivity, type IatiContext } from './iati.activity';
import { activityFactsOf, publicPartnershipPage, type IatiFilter } from './iati.facts';
import { currentIatiSettings, programmeIdOf } from './iati.settings';

export const IATI_PAGE_SIZE = 200;

function header(generatedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
}
const FOOTER = '</iati-activities>\n';

async function contextOf(db: Executor, publicUrl: string, now: Date): Promise<{ programmeId: string; ctx: IatiContext }> {
  const programmeId = await programmeIdOf(db);
  const settings = await currentIatiSettings(db, programmeId);
  return { programmeId, ctx: { settings, publicUrl, today: now.toISOString().slice(0, 10) } };
}

async function* activitiesXml(db: Executor, programmeId: string, filter: IatiFilter, ctx: IatiContext, now: Date, pageSize: number) {
  yield header(now);
  let afterId: string | null = null;
  for (;;) {
    const page = await publicPartnershipPage(db, programmeId, filter, afterId, pageSize);
    if (page.length === 0) break;
    const facts = await activityFactsOf(db, page);
    yield facts.map((f) => buildActivity(f, ctx) + '\n').join('');
    if (page.length < pageSize) break;
    afterId = page[page.length - 1]!.id;
  }
  yield FOOTER;
}

/** Every public partnership matching the filter, as a UTF-8 byte stream of one `iati-activities` document. */
export async function streamActivities(db: Executor, publicUrl: string, now: Date, filter: IatiFilter, pageSize = IATI_PAGE_SIZE): Promise<Readable> {
  const { programmeId, ctx } = await contextOf(db, publicUrl, now);
  const chunks = activitiesXml(db, programmeId, filter, ctx, now, pageSize);
  return Readable.from((async function* () {
    for await (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
  })());
}

/** One public partnership's activity (404 when it is not public). Small: built whole. */
export async function oneActivity(db: Executor, publicUrl: string, now: Date, id: string): Promise<string> {
  const { programmeId, ctx } = await contextOf(db, publicUrl, now);
  const page = await publicPartnershipPage(db, programmeId, { id }, null, 1);
  if (page.length === 0) throw new DomainError('NOT_FOUND');
  const [facts] = await activityFactsOf(db, page);
  return header(now) + buildActivity(facts!, ctx) + '\n' + FOOTER;
}
