import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships } from '../../src/db/schema';
import { streamActivities } from '../../src/modules/iati/iati.export';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { schemaErrors } from './iati.oracle';

/**
 * The export streams: activities are written a page of partnerships at a time. How much memory that
 * takes is measured by the benchmark, not here; these tests show the reply is written in pieces.
 */
let t: TestContext;
const COUNT = 450;
beforeAll(async () => {
  t = await createTestApp();
  const first = await buildPartnership(t.db, { status: 'active', startYear: 2024, endYear: 2026 });
  await t.db.insert(partnerships).values(
    Array.from({ length: COUNT - 1 }, (_, i) => ({
      programmeId: first.programmeId,
      title: `Partnership ${i}`,
      homeMunicipalityId: first.homeMunicipalityId,
      partnerMunicipalityId: first.partnerMunicipalityId,
      fundingSource: 'norad',
      startYear: 2024,
      endYear: 2026,
      workingLanguage: 'es',
      purposes: ['service-delivery'],
      status: i % 2 ? 'active' : 'completed',
    })),
  );
});
afterAll(() => t.close());

describe('the streamed IATI export', () => {
  it('writes the document in pieces of whole activities, none of them large', async () => {
    const stream = await streamActivities(t.db, 'http://mic.test', new Date('2026-06-15T00:00:00Z'), {}, 100);
    const chunks: string[] = [];
    for await (const chunk of stream) chunks.push((chunk as Buffer).toString('utf8'));
    expect(chunks[0]).toContain('<iati-activities version="2.03"');
    expect(chunks.at(-1)).toBe('</iati-activities>\n');
    const pieces = chunks.slice(1, -1);
    // Five pages of partnerships, each written as several pieces of about 32 KB or less.
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces) {
      expect(piece.startsWith('<iati-activity ')).toBe(true);
      expect(piece.endsWith('</iati-activity>\n')).toBe(true);
      expect(piece.length).toBeLessThan(64 * 1024);
    }
    expect(pieces.reduce((n, piece) => n + piece.match(/<iati-activity /g)!.length, 0)).toBe(COUNT);
  });

  it('arrives over HTTP as a chunked stream, the whole of it a valid document', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${address}/api/iati/activities.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let reads = 0;
    let xml = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      reads++;
      xml += decoder.decode(value, { stream: true });
    }
    expect(reads).toBeGreaterThan(1);
    expect(xml.match(/<iati-activity /g)).toHaveLength(COUNT);
    expect(await schemaErrors(xml)).toEqual([]);
  });
});
