import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { codelistErrors, schemaErrors } from './iati.oracle';
import * as edge from './iati.edge';

let t: TestContext;
let visitor: Client;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-06-15T10:00:00Z') });
  await loadDemoIfEmpty(t.db);
  visitor = anonymous(t.app);
});
afterAll(() => t.close());

async function expectValid(xml: string) {
  expect(await schemaErrors(xml)).toEqual([]);
  const codes = codelistErrors(xml);
  expect(codes.errors).toEqual([]);
  return codes;
}

const activitiesOf = (xml: string) => xml.match(/<iati-activity[\s>]/g)?.length ?? 0;

describe('the IATI export', () => {
  it('publishes the demo programme as a valid IATI 2.03 document, every code in its codelist', async () => {
    const res = await visitor.get('/api/iati/activities.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const xml = res.body;
    expect(activitiesOf(xml)).toBeGreaterThan(0);
    const codes = await expectValid(xml);
    // The checker saw the coded attributes we write, not nothing.
    for (const p of ['//iati-activity/activity-status/@code', '//iati-activity/sector/@code', '//iati-activity/participating-org/@role', '//iati-activity/activity-date/@type', '//@xml:lang', '//iati-activity/budget/@status', '//iati-activity/transaction/transaction-type/@code', '//iati-activity/result/indicator/@measure']) {
      expect(codes.checked).toContain(p);
    }
    expect(xml).toContain('<reporting-org ref="NO-BRC-971032146" type="15">');
    expect(xml).toContain('<participating-org role="1" ref="NO-BRC-971277882"');
  });

  it('leaves out partnerships that are not public, and filters by funding, country and year', async () => {
    const draft = await buildPartnership(t.db, { title: 'Draft nobody sees' });
    const all = (await visitor.get('/api/iati/activities.xml')).body;
    expect(all).not.toContain(draft.id);
    expect((await visitor.get(`/api/iati/activities/${draft.id}.xml`)).statusCode).toBe(404);

    const mine = await edge.publicPartnership(t.db, { fundingSource: 'mfa', partnerCountry: 'TZ', startYear: 2030, endYear: 2032 });
    const byFunding = (await visitor.get('/api/iati/activities.xml?funding=mfa')).body;
    expect(byFunding).toContain(mine.id);
    expect(byFunding).not.toContain('<participating-org role="1" ref="NO-BRC-971277882"');
    expect((await visitor.get('/api/iati/activities.xml?country=tz&year=2031')).body).toContain(mine.id);
    expect((await visitor.get('/api/iati/activities.xml?year=2029')).body).not.toContain(mine.id);
    expect((await visitor.get('/api/iati/activities.xml?year=abc')).statusCode).toBe(422);
  });

  it('builds one complete activity with budgets, transactions, results and documents', async () => {
    const p = await edge.publicPartnership(t.db, {
      title: 'Agua & saneamiento <rural> — Ñuñoa — Київ — 北京',
      partnerName: 'Ñuñoa — Київ — 北京',
      purposes: ['service-delivery', 'environment'],
    });
    await edge.withGrant(t.db, p, 2024, 40_000_050);
    await edge.withGrant(t.db, p, 2025, 50_000_000, false);
    await edge.withApprovedPlan(t.db, p.id, 2026, 12_345_67);
    await edge.withPaidInstalment(t.db, p, 2024, 20_000_025, '2024-03-10');
    await edge.withAcceptedReport(t.db, p.id, 2024, [10_000_00, 5_000_01]);
    await edge.withResults(t.db, p.id);
    const docId = await edge.withPublishedDocument(t.db, p.id, { fileName: 'Acuerdo "firmado".pdf', category: 'partnership_agreement' });

    const res = await visitor.get(`/api/iati/activities/${p.id}.xml`);
    expect(res.statusCode).toBe(200);
    const xml = res.body;
    await expectValid(xml);
    expect(activitiesOf(xml)).toBe(1);
    // Cacheable like every public answer: the same ETag again is a 304.
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const again = await visitor.request({ method: 'GET', url: `/api/iati/activities/${p.id}.xml`, headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
    expect(xml).toContain(`<iati-identifier>NO-BRC-971032146-${p.id}</iati-identifier>`);
    // Escaped, and non-Latin letters kept as UTF-8 (not character references).
    expect(xml).toContain('<narrative xml:lang="es">Agua &amp; saneamiento &lt;rural&gt; — Ñuñoa — Київ — 北京</narrative>');
    expect(Buffer.from(res.rawPayload).toString('utf8')).toContain('北京');
    expect(xml).toContain('<narrative>Ñuñoa — Київ — 北京</narrative>');
    expect(xml).toContain('<title><narrative xml:lang="es">Acuerdo "firmado".pdf</narrative></title>');
    // Two purposes: two DAC sectors, percentages adding up to exactly 100.
    expect(xml).toContain('<sector vocabulary="1" code="15185" percentage="50"/><sector vocabulary="1" code="41010" percentage="50"/>');
    // Budgets: a firm grant committed, a provisional one indicative, a year with only a work plan indicative; exact decimals.
    expect(xml).toContain('<budget type="1" status="2"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value currency="NOK" value-date="2024-01-01">400000.50</value></budget>');
    expect(xml).toContain('<budget type="1" status="1"><period-start iso-date="2025-01-01"/>');
    expect(xml).toContain('<value currency="NOK" value-date="2026-01-01">12345.67</value>');
    expect(xml).toContain('<transaction><transaction-type code="3"/><transaction-date iso-date="2024-03-10"/><value currency="NOK" value-date="2024-03-10">200000.25</value></transaction>');
    expect(xml).toContain('<transaction><transaction-type code="4"/><transaction-date iso-date="2024-12-31"/><value currency="NOK" value-date="2024-12-31">15000.01</value></transaction>');
    expect(xml).toContain(`<document-link url="http://mic.test/api/public/documents/${docId}" format="application/pdf">`);
    expect(xml).toContain('<category code="A09"/>');
    // Results: the outcome (2) with a unit measure, the output (1) qualitative and descending; only approved actuals.
    expect(xml).toMatch(/<result type="2">.*<indicator measure="1" ascending="1">/);
    expect(xml).toMatch(/<result type="1">.*<indicator measure="5" ascending="0">/);
    expect(xml).toContain('<target value="20"/><actual value="18"/>');
    expect(xml).not.toContain('value="99"');
    expect(xml).toContain('<baseline year="2023" iso-date="2023-12-01" value="1"><comment><narrative xml:lang="es">Débil &amp; &lt;informal&gt;</narrative></comment></baseline>');
    expect(xml).toContain('<activity-status code="2"/>');
  });

  it('publishes a partnership with no transactions yet, and a completed one as closed once its last report is accepted', async () => {
    const fresh = await edge.publicPartnership(t.db, { startYear: 2027, endYear: 2029 });
    const freshXml = (await visitor.get(`/api/iati/activities/${fresh.id}.xml`)).body;
    await expectValid(freshXml);
    expect(freshXml).not.toContain('<transaction>');
    // A start in the future is planned, not actual.
    expect(freshXml).not.toContain('<activity-date type="2"');

    const done = await edge.publicPartnership(t.db, { status: 'completed', startYear: 2022, endYear: 2024 });
    let xml = (await visitor.get(`/api/iati/activities/${done.id}.xml`)).body;
    expect(xml).toContain('<activity-status code="3"/>');
    await edge.withAcceptedReport(t.db, done.id, 2024, [1_00]);
    xml = (await visitor.get(`/api/iati/activities/${done.id}.xml`)).body;
    await expectValid(xml);
    expect(xml).toContain('<activity-status code="4"/>');
    expect(xml).toContain('<activity-date type="4" iso-date="2024-12-31"/>');
  });

  it('holds back what the programme office hides', async () => {
    const p = await edge.publicPartnership(t.db);
    await edge.withGrant(t.db, p, 2024, 1_000_00);
    await edge.withPaidInstalment(t.db, p, 2024, 500_00, '2024-05-01');
    await edge.withAcceptedReport(t.db, p.id, 2024, [400_00]);
    await edge.withResults(t.db, p.id);
    await edge.withHidden(t.db, p.id, ['budget', 'payments', 'reports', 'results']);
    const xml = (await visitor.get(`/api/iati/activities/${p.id}.xml`)).body;
    await expectValid(xml);
    expect(xml).not.toContain('<budget');
    expect(xml).not.toContain('<transaction>');
    expect(xml).not.toContain('<result');
  });

  it('answers 404 for an id that is not a partnership', async () => {
    expect((await visitor.get('/api/iati/activities/not-a-uuid.xml')).statusCode).toBe(404);
    expect((await visitor.get('/api/iati/activities/00000000-0000-4000-8000-000000000000.xml')).statusCode).toBe(404);
  });
});
