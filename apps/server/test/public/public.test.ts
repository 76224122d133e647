import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicPartnershipDto, PublicPartnershipListDto, PublicProgrammeDto, ReportContent } from '@mic/domain';
import { grants, instalments, workPlans } from '../../src/db/schema';
import { PUBLIC_RATE_LIMIT } from '../../src/modules/public/public.http';
import { anonymous, createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';
import { insertReport } from '../reports-overview/helpers';
import { holdBack, insertDocument } from './helpers';

let t: TestContext;
let active: Awaited<ReturnType<typeof buildPartnership>>;
const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

function report(lessons: string, home: string): ReportContent {
  return {
    narrative: { outcomes: [], indicatorNotes: '', riskReview: '', homeLearning: `${lessons} at home`, lessons, visibility: { home, partner: `${home} abroad` } },
    financial: { lines: [], unspentExplanation: '' },
  };
}

beforeAll(async () => {
  t = await createTestApp();
  active = await buildPartnership(t.db, { status: 'active', title: 'Clean water in Quetzaltenango', partnerCountry: 'GT', startYear: 2025, endYear: 2027 });
  const id = active.id;
  await t.db.insert(workPlans).values([
    { partnershipId: id, year: 2025, status: 'approved', content: { lines: [] } as never, total: 123_456_78 },
    { partnershipId: id, year: 2026, status: 'draft', content: { lines: [] } as never, total: 999_00 },
  ]);
  await t.db.insert(grants).values([
    { partnershipId: id, year: 2025, fundingSource: 'norad', amount: 100_000_00, firm: true },
    { partnershipId: id, year: 2026, fundingSource: 'norad', amount: 90_000_00, firm: false },
  ]);
  const instalment = { partnershipId: id, year: 2025, fundingSource: 'norad', amount: 40_000_00 };
  await t.db.insert(instalments).values([
    { ...instalment, stepCode: 'first', seq: 1, status: 'paid', paidOn: '2025-03-01', paymentReference: 'P-1' },
    { ...instalment, stepCode: 'second', seq: 2, status: 'approved' },
  ]);
  const chain = await buildChain(t.db, id);
  await buildIndicator(t.db, id, chain.outcome.id, {
    targets: [{ year: 2025, value: 20 }],
    values: [
      { year: 2025, value: 17, status: 'approved' },
      { year: 2026, value: 33, status: 'submitted' },
    ],
  });
  await insertReport(t.db, { partnershipId: id, year: 2025, status: 'accepted', acceptedAt: new Date('2026-04-01T10:00:00Z'), content: report('Accepted lesson', 'Radio show') });
  await insertReport(t.db, { partnershipId: id, year: 2026, status: 'submitted', content: report('Unaccepted lesson', 'Secret gain') });
  await insertDocument(t.db, id, { fileName: 'agreement.pdf', published: true, content: '%PDF-1.4 agreement' });
  await insertDocument(t.db, id, { fileName: 'internal.pdf', content: '%PDF-1.4 internal' });
});
afterAll(() => t.close());

describe('the public read API', () => {
  it('answers an anonymous visitor, and a signed-in user the same', async () => {
    const anon = await anonymous(t.app).get(`/api/public/partnerships/${active.id}`);
    expect(anon.statusCode).toBe(200);
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const signed = await officer.get(`/api/public/partnerships/${active.id}`);
    expect(signed.body).toBe(anon.body);
    expect(anon.headers['cache-control']).toBe('public, max-age=300');
  });

  it('shows only approved values, accepted reports and published documents', async () => {
    const p = (await get(`/api/public/partnerships/${active.id}`)).json<PublicPartnershipDto>();
    expect(p.budget).toEqual([
      { year: 2025, budget: 123_456_78, granted: 100_000_00 },
    ]);
    expect(p.payments).toEqual([{ year: 2025, paid: 40_000_00 }]);
    const indicator = p.results!.find((r) => r.level === 'outcome')!.indicators[0]!;
    expect(indicator.baseline).toEqual({ year: 2024, value: 10 });
    expect(indicator.years).toEqual([{ year: 2025, target: 20, actual: 17 }]);
    expect(p.reports).toEqual([{ year: 2025, acceptedAt: '2026-04-01T10:00:00.000Z', lessons: 'Accepted lesson', homeLearning: 'Accepted lesson at home' }]);
    expect(p.gains).toEqual([{ year: 2025, home: 'Radio show', partner: 'Radio show abroad' }]);
    expect(p.documents.map((d) => d.fileName)).toEqual(['agreement.pdf']);
    expect(p.iatiIdentifier).toBe(`NO-BRC-971032146-${active.id}`);
    expect(JSON.stringify(p)).not.toMatch(/Unaccepted|Secret gain|internal\.pdf|Uploader Person/);

    const file = await get(p.documents[0]!.url);
    expect(file.statusCode).toBe(200);
    expect(file.body).toBe('%PDF-1.4 agreement');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
  });

  it('leaves held-back parts out, here and in the programme totals', async () => {
    const p = await buildPartnership(t.db, { status: 'completed', title: 'Held back' });
    await t.db.insert(grants).values({ partnershipId: p.id, year: 2025, fundingSource: 'norad', amount: 7_00, firm: true });
    const before = (await get('/api/public/programme')).json<PublicProgrammeDto>();
    await holdBack(t.db, p.id, ['budget', 'payments', 'results', 'reports', 'gains']);
    const body = (await get(`/api/public/partnerships/${p.id}`)).json<PublicPartnershipDto>();
    expect(body).toMatchObject({ budget: null, payments: null, results: null, reports: null, gains: null });
    expect(body.hidden).toEqual(['budget', 'payments', 'results', 'reports', 'gains']);
    const after = (await get('/api/public/programme')).json<PublicProgrammeDto>();
    expect(after.money.find((m) => m.year === 2025)!.granted).toBe(before.money.find((m) => m.year === 2025)!.granted - 7_00);
  });

  it('counts a partnership holding back only its payments in neither programme sum, so a year never shows more paid than granted', async () => {
    const p = await buildPartnership(t.db, { status: 'active', title: 'Payments held back' });
    await t.db.insert(grants).values({ partnershipId: p.id, year: 2031, fundingSource: 'norad', amount: 11_00, firm: true });
    const before = (await get('/api/public/programme')).json<PublicProgrammeDto>();
    expect(before.money.find((m) => m.year === 2031)!.granted).toBe(11_00);
    await holdBack(t.db, p.id, ['payments']);
    const after = (await get('/api/public/programme')).json<PublicProgrammeDto>();
    expect(after.money.find((m) => m.year === 2031)).toBeUndefined();
  });

  it('knows nothing of drafts, applications, closed partnerships or their documents', async () => {
    for (const status of ['draft', 'applied', 'closed', 'rejected'] as const) {
      const p = await buildPartnership(t.db, { status, title: `Not public ${status}` });
      const doc = await insertDocument(t.db, p.id, { published: true });
      expect((await get(`/api/public/partnerships/${p.id}`)).statusCode).toBe(404);
      expect((await get(`/api/public/documents/${doc.id}`)).statusCode).toBe(404);
      const list = (await get(`/api/public/partnerships?q=${encodeURIComponent('Not public')}`)).json<PublicPartnershipListDto>();
      expect(list.total).toBe(0);
    }
    expect((await get('/api/public/partnerships/not-a-uuid')).json().code).toBe('NOT_FOUND');
  });

  it('summarises the programme over public partnerships only', async () => {
    const programme = (await get('/api/public/programme')).json<PublicProgrammeDto>();
    const list = (await get('/api/public/partnerships?pageSize=100')).json<PublicPartnershipListDto>();
    expect(programme.partnerships).toBe(list.total);
    expect(programme.licence.name).toBe('CC BY 4.0');
    const gt = programme.regions.flatMap((r) => r.countries).find((c) => c.country === 'GT');
    const purpose = programme.purposes.find((x) => x.code === 'service-delivery')!;
    expect(purpose.partnerships).toBe(list.items.filter((i) => i.purposes.includes('service-delivery')).length);
    expect(purpose.partnerships).toBeGreaterThan(0);
    expect(gt?.partnerships).toBe(list.items.filter((i) => i.partnerMunicipality.country === 'GT').length);
  });

  it('filters and pages the list', async () => {
    for (const n of [1, 2, 3]) await buildPartnership(t.db, { status: 'active', title: `Paging ${n}`, partnerCountry: 'TZ', fundingSource: 'norad', startYear: 2030, endYear: 2032 });
    const page = (q: string) => get(`/api/public/partnerships?q=Paging&${q}`).then((r) => r.json<PublicPartnershipListDto>());
    const first = await page('page=1&pageSize=2');
    const second = await page('page=2&pageSize=2');
    expect(first.total).toBe(3);
    expect([...first.items, ...second.items].map((i) => i.title)).toEqual(['Paging 1', 'Paging 2', 'Paging 3']);
    expect((await page('country=TZ')).total).toBe(3);
    expect((await page('country=GT')).total).toBe(0);
    expect((await page('year=2031')).total).toBe(3);
    expect((await page('year=2029')).total).toBe(0);
    expect((await page('status=completed')).total).toBe(0);
    expect((await page('funding=norad')).total).toBe(3);
    const region = (await get('/api/public/programme')).json<PublicProgrammeDto>().regions.find((r) => r.countries.some((c) => c.country === 'TZ'))!;
    expect((await page(`region=${region.code}`)).items[0]!.region).toBe(region.code);
    expect((await get('/api/public/partnerships?status=draft')).statusCode).toBe(422);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await get('/api/public/programme');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get('/api/public/programme', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect((await get('/api/public/programme', { 'if-none-match': '"other"' })).statusCode).toBe(200);
  });

  it('limits each client address and says when to come back', async () => {
    const from = (remoteAddress: string) => t.app.inject({ method: 'GET', url: '/api/public/partnerships/not-a-uuid', remoteAddress });
    for (let i = 0; i < PUBLIC_RATE_LIMIT; i++) await from('203.0.113.9');
    const limited = await from('203.0.113.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await from('203.0.113.10')).statusCode).toBe(404);
  });
});
