import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { OPEN_DATA_LICENCE, minorToDecimal } from '@mic/domain';
import { queryRows } from '../../src/db/rows';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { csvRecords, parseCsv } from './csv';
import { openDataFixture } from './fixture';

let t: TestContext;
let visitor: Client;
let f: Awaited<ReturnType<typeof openDataFixture>>;

beforeAll(async () => {
  t = await createTestApp();
  visitor = anonymous(t.app);
  f = await openDataFixture(t);
});
afterAll(() => t.close());

const csv = async (path: string) => {
  const res = await visitor.get(`/api/public/data/${path}`);
  expect(res.statusCode).toBe(200);
  return csvRecords(res.body);
};
const json = async (path: string) => {
  const res = await visitor.get(`/api/public/data/${path}`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

/** A DB sum, as exact integer øre, over the public partnerships that do not hold back `part`. */
async function dbSum(from: string, where: string, part: string, column = 'amount'): Promise<number> {
  const [row] = await queryRows<{ n: string | number }>(
    t.db,
    sql.raw(`select coalesce(sum(x.${column}), 0) as n from ${from} x join partnerships p on p.id = x.partnership_id
      where p.status in ('active', 'completed') and ${where}
      and not exists (select 1 from publication_settings s where s.partnership_id = p.id and s.hidden @> '["${part}"]'::jsonb)`),
  );
  return Number(row!.n);
}

describe('open data files', () => {
  it('partnerships.csv lists exactly the public partnerships, as the public list does, with the licence in a Link header', async () => {
    const res = await visitor.get('/api/public/data/partnerships.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.link).toBe(`<${OPEN_DATA_LICENCE.url}>; rel="license"`);
    expect(res.body.endsWith('\r\n')).toBe(true);
    const rows = csvRecords(res.body);
    expect(rows.map((r) => r.id).sort()).toEqual([f.water.id, f.formula.id, f.heldBack.id].sort());
    const water = rows.find((r) => r.id === f.water.id)!;
    expect(water).toMatchObject({ title: 'Water, "clean" & safe', partner_country: 'GT', region: 'guatemala', status: 'active', start_year: '2025', purposes: 'service-delivery' });
    expect(water.iati_identifier).toBe(`NO-BRC-971032146-${f.water.id}`);
  });

  it('takes the public list\'s filters and answers with the same partnerships', async () => {
    const filters = ['q=water', 'country=MW', 'status=completed', 'year=2023', 'funding=mfa', 'region=east-africa', 'purpose=participation', 'q=held&year=2026', 'region=nowhere'];
    for (const filter of filters) {
      const list = await visitor.get(`/api/public/partnerships?${filter}&pageSize=100`);
      expect(list.statusCode).toBe(200);
      const expected = list.json().items.map((i: { id: string }) => i.id);
      expect((await csv(`partnerships.csv?${filter}`)).map((r) => r.id), filter).toEqual(expected);
      expect((await json(`partnerships.json?${filter}`)).items.map((i: { id: string }) => i.id), filter).toEqual(expected);
    }
    expect((await visitor.get('/api/public/data/partnerships.csv?status=draft')).statusCode).toBe(422);
  });

  it('budgets.csv parses back to the database\'s totals in øre, with NOK as the exact decimal of each', async () => {
    const rows = await csv('budgets.csv');
    const total = (col: string) => rows.reduce((n, r) => n + (r[col] ? Number(r[col]) : 0), 0);
    expect(total('budget_ore')).toBe(await dbSum('work_plans', "x.status = 'approved'", 'budget', 'total'));
    expect(total('granted_ore')).toBe(await dbSum('grants', 'x.firm', 'budget'));
    expect(total('paid_ore')).toBe(await dbSum('instalments', "x.status = 'paid'", 'payments'));
    expect(total('budget_ore')).toBe(2 * 1_234_50 + 1_000_00);
    for (const r of rows) for (const m of ['budget', 'granted', 'paid', 'expenditure']) if (r[`${m}_ore`]) expect(r[`${m}_nok`]).toBe(minorToDecimal(Number(r[`${m}_ore`])));
    const water2025 = rows.find((r) => r.partnership_id === f.water.id && r.year === '2025')!;
    expect(water2025).toMatchObject({ budget_nok: '1234.50', granted_ore: '50000005', paid_nok: '300000.03', expenditure_ore: '7500025' });
    // The draft plan of 2026 and the indicative grant are not public figures.
    expect(rows.find((r) => r.partnership_id === f.water.id && r.year === '2026')).toMatchObject({ budget_ore: '', granted_ore: '', paid_ore: '0', expenditure_ore: '' });
  });

  it('leaves out a held-back budget and every non-public partnership', async () => {
    const rows = await csv('budgets.csv');
    const held = rows.filter((r) => r.partnership_id === f.heldBack.id);
    expect(held.length).toBeGreaterThan(0);
    for (const r of held) expect([r.budget_ore, r.budget_nok, r.granted_ore, r.granted_nok]).toEqual(['', '', '', '']);
    expect(held.find((r) => r.year === '2025')!.paid_ore).not.toBe('');
    const body = await json('budgets.json');
    for (const item of body.items.filter((i: { partnershipId: string }) => i.partnershipId === f.heldBack.id)) expect(item).toMatchObject({ budget: null, granted: null });
    for (const file of ['partnerships', 'budgets', 'results'])
      for (const ext of ['csv', 'json']) {
        const res = await visitor.get(`/api/public/data/${file}.${ext}`);
        expect(res.body).not.toContain(f.draft.id);
        expect(res.body).not.toContain(f.closed.id);
        expect(res.body).not.toContain('Draft one');
      }
  });

  it('results list approved values only, with targets and baselines, and nothing of held-back results', async () => {
    const rows = await csv('results.csv');
    expect(new Set(rows.map((r) => r.partnership_id))).toEqual(new Set([f.water.id]));
    const ofIndicator = rows.filter((r) => r.indicator_id === f.indicator.id);
    expect(ofIndicator.map((r) => [r.year, r.target, r.actual])).toEqual([
      ['2025', '20', '22'],
      ['2026', '30', ''],
    ]);
    expect(ofIndicator[0]).toMatchObject({ level: 'outcome', indicator: 'Households with water', baseline_year: '2024', baseline_value: '10', ascending: 'true' });
    const body = await json('results.json');
    expect(body.items.find((i: { year: number }) => i.year === 2026).actual).toBeNull();
    expect(body.items[0].indicator).toEqual({ en: 'Households with water', es: 'Hogares con agua' });
  });

  it('states the licence in every JSON file', async () => {
    for (const file of ['partnerships', 'budgets', 'results']) {
      const body = await json(`${file}.json`);
      expect(body.licence).toEqual(OPEN_DATA_LICENCE);
      expect(body.total).toBe(body.items.length);
    }
  });

  it('guards against formula injection and keeps RFC 4180 quoting', async () => {
    const res = await visitor.get('/api/public/data/partnerships.csv');
    expect(res.body).toContain('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(res.body).toContain('"Water, ""clean"" & safe"');
    const row = csvRecords(res.body).find((r) => r.id === f.formula.id)!;
    expect(row.title).toBe('\'=HYPERLINK("http://evil.example","click")');
    const table = parseCsv(res.body);
    expect(new Set(table.map((r) => r.length)).size).toBe(1);
  });

  it('answers 304 to a matching If-None-Match, and a signed-in caller gets the same file', async () => {
    const first = await visitor.get('/api/public/data/budgets.json');
    expect(first.headers.etag).toMatch(/^"/);
    expect(first.headers['cache-control']).toBe('public, max-age=300');
    const again = await visitor.request({ method: 'GET', url: '/api/public/data/budgets.json', headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const signedIn = await officer.get('/api/public/data/budgets.json');
    expect(signedIn.headers.etag).toBe(first.headers.etag);
    const csvRes = await visitor.get('/api/public/data/results.csv');
    const csvAgain = await visitor.request({ method: 'GET', url: '/api/public/data/results.csv', headers: { 'if-none-match': csvRes.headers.etag as string } });
    expect(csvAgain.statusCode).toBe(304);
  });
});
