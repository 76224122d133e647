import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicPartnershipDto, PublicPartnershipListDto } from '@mic/domain';
import { documents, partnerships, publishedDocuments, users } from '../../src/db/schema';
import { queryRows } from '../../src/db/rows';
import { loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { publicPartnershipWhere } from '../../src/modules/public/public.rules';
import { createTestApp, type TestContext } from '../helpers/app';

/**
 * No person's name, e-mail or phone number in anything the public can fetch (issue 9), over the demo
 * programme: every name the database holds of a person is looked for in every public body and header.
 */

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
  // Publish every current document of the public partnerships, so that all their metadata is checked
  // whatever the demo itself publishes.
  const current = await t.db
    .select({ seriesId: documents.seriesId, partnershipId: documents.partnershipId })
    .from(documents)
    .innerJoin(partnerships, eq(partnerships.id, documents.partnershipId))
    .where(and(publicPartnershipWhere(), isNull(documents.supersededAt)));
  if (current.length) await t.db.insert(publishedDocuments).values(current).onConflictDoNothing();
});
afterAll(() => t.close());

/** Columns that hold a person's name: `*_by_name`, `by_name` and the named people of the audit trail, comments, audits, reviews, mail. */
const PERSON_COLUMN = /(^|_)by_name$|^(actor|author|auditor|reviewer|recipient)_name$/;

async function personalData(): Promise<string[]> {
  const found = new Set<string>();
  for (const u of await t.db.select({ name: users.name, email: users.email }).from(users)) found.add(u.name).add(u.email);
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    t.db,
    sql`select table_name, column_name from information_schema.columns where table_schema = current_schema() and data_type = 'text'`,
  );
  for (const c of columns.filter((c) => PERSON_COLUMN.test(c.column_name))) {
    const values = await queryRows<{ v: string | null }>(t.db, sql`select distinct ${sql.identifier(c.column_name)} as v from ${sql.identifier(c.table_name)}`);
    for (const { v } of values) if (v) found.add(v);
  }
  const participants = await queryRows<{ v: string }>(t.db, sql`select distinct p->>'name' as v from annual_meetings, jsonb_array_elements(participants) p`);
  for (const { v } of participants) if (v) found.add(v);
  // A name this short could be a word of any text; none such is expected in the demo.
  return [...found].filter((s) => s.trim().length >= 4);
}

/** Every public URL of the demo programme: programme, every list page, every public partnership and published document. */
async function publicUrls(): Promise<string[]> {
  const urls = ['/api/public/programme'];
  const first = (await t.app.inject({ method: 'GET', url: '/api/public/partnerships?pageSize=10' })).json<PublicPartnershipListDto>();
  const ids = [...first.items.map((i) => i.id)];
  for (let page = 1; page <= Math.ceil(first.total / 10); page++) urls.push(`/api/public/partnerships?pageSize=10&page=${page}`);
  for (let page = 2; page <= Math.ceil(first.total / 10); page++) {
    const more = (await t.app.inject({ method: 'GET', url: `/api/public/partnerships?pageSize=10&page=${page}` })).json<PublicPartnershipListDto>();
    ids.push(...more.items.map((i) => i.id));
  }
  for (const id of ids) {
    urls.push(`/api/public/partnerships/${id}`);
    const p = (await t.app.inject({ method: 'GET', url: `/api/public/partnerships/${id}` })).json<PublicPartnershipDto>();
    urls.push(...p.documents.map((d) => d.url));
  }
  // The open data files join here when the publication helper adds them (same check, same bodies).
  urls.push(...OPEN_DATA_URLS);
  return urls;
}
const OPEN_DATA_URLS: string[] = ['partnerships', 'budgets', 'results'].flatMap((file) => [`/api/public/data/${file}.csv`, `/api/public/data/${file}.json`]);

describe('personal data on the public routes', () => {
  it('never shows a name, e-mail or phone number of a person', async () => {
    const people = await personalData();
    expect(people.length).toBeGreaterThan(5);
    const urls = await publicUrls();
    const publicCount = await t.db.select({ id: partnerships.id }).from(partnerships).where(publicPartnershipWhere());
    expect(urls.filter((u) => /^\/api\/public\/partnerships\/[\w-]+$/.test(u))).toHaveLength(publicCount.length);
    expect(publicCount.length).toBeGreaterThan(0);
    expect(urls.some((u) => u.startsWith('/api/public/documents/'))).toBe(true);

    const leaks: string[] = [];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const isDocument = url.startsWith('/api/public/documents/');
      // A published document's bytes are the document itself; its metadata (name, type) is what the API adds.
      const text = (isDocument ? '' : res.body) + JSON.stringify(res.headers);
      for (const person of people) if (text.includes(person) || text.toLowerCase().includes(person.toLowerCase())) leaks.push(`${url}: ${person}`);
      if (/\+\d{2}[ \d]{7,}\d/.test(text)) leaks.push(`${url}: a phone number`);
    }
    expect(leaks).toEqual([]);
  });
});

