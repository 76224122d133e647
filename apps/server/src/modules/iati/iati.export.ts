/**
 * The IATI export as a stream: partnerships are loaded a page at a time and each page's activities are
 * written before the next is loaded, so memory holds one page however many partnerships there are.
 */
import { Readable } from 'node:stream';
import { DomainError } from '@mic/domain';
import type { Executor } from '../../db/client';
import { buildActivity, type IatiContext } from './iati.activity';
import { activityFactsOf, lazyActivityFactsOf, publicPartnershipPage, type IatiFilter } from './iati.facts';
import { currentIatiSettings, programmeIdOf } from './iati.settings';

export const IATI_PAGE_SIZE = 100;
/**
 * The XML goes out in pieces of about this many characters. A piece stays well below the size V8
 * allocates in its large-object space, which only a full collection frees: a page's worth of XML in
 * one string there made the heap grow by a megabyte a page between full collections (issue 10).
 */
const CHUNK_CHARS = 32 * 1024;

function header(generatedAt: Date): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03" generated-datetime="${generatedAt.toISOString()}">\n`;
}
const FOOTER = '</iati-activities>\n';

async function contextOf(db: Executor, publicUrl: string, now: Date): Promise<{ programmeId: string; ctx: IatiContext }> {
  const programmeId = await programmeIdOf(db);
  const settings = await currentIatiSettings(db, programmeId);
  return { programmeId, ctx: { settings, publicUrl, today: now.toISOString().slice(0, 10) } };
}

interface LoadedPage {
  page: Awaited<ReturnType<typeof publicPartnershipPage>>;
  facts: Awaited<ReturnType<typeof lazyActivityFactsOf>>;
}

async function* activitiesXml(db: Executor, programmeId: string, filter: IatiFilter, ctx: IatiContext, now: Date, pageSize: number) {
  yield header(now);
  // The next page is read from the database while this one is written out: at most two pages in memory.
  const load = async (afterId: string | null): Promise<LoadedPage> => {
    const page = await publicPartnershipPage(db, programmeId, filter, afterId, pageSize);
    return { page, facts: page.length ? await lazyActivityFactsOf(db, page) : [] };
  };
  let next: Promise<LoadedPage> | null = load(null);
  while (next) {
    const { page, facts }: LoadedPage = await next;
    next = page.length === pageSize ? load(page[page.length - 1]!.id) : null;
    // Keep a rejected prefetch from being reported as unhandled before it is awaited.
    next?.catch(() => undefined);
    let xml = '';
    for (const f of facts) {
      xml += buildActivity(f(), ctx) + '\n';
      if (xml.length >= CHUNK_CHARS) {
        yield xml;
        xml = '';
      }
    }
    if (xml) yield xml;
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
