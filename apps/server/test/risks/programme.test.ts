import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';
import { addRisk, daysFromToday, measure, tolerance } from './helpers';

let t: TestContext;
let officer: Client;
const ids: Record<string, string> = {};
const partnershipIds: Record<string, string> = {};

/**
 * Three partnerships: Guatemala/Norad, Uganda/MFA and a closed one in Bosnia, each with a few risks.
 */
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  const spec = [
    { key: 'gt', partnerCountry: 'GT', fundingSource: 'norad', status: 'active' as const, title: 'Alpha GT' },
    { key: 'ug', partnerCountry: 'UG', fundingSource: 'mfa', status: 'active' as const, title: 'Bravo UG' },
    { key: 'ba', partnerCountry: 'BA', fundingSource: 'norad', status: 'active' as const, title: 'Charlie BA' },
  ];
  const coordinators: Record<string, Client> = {};
  for (const s of spec) {
    const p = await buildPartnership(t.db, { partnerCountry: s.partnerCountry, fundingSource: s.fundingSource, status: s.status, title: s.title });
    partnershipIds[s.key] = p.id;
    coordinators[s.key] = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  }
  const add = async (key: string, name: string, over: Record<string, unknown>) => {
    ids[name] = (await addRisk(coordinators[key]!, partnershipIds[key]!, { description: name, ...over })).id;
  };
  await add('gt', 'gt-political-20', { category: 'political', probability: 4, consequence: 5, response: { type: 'reduce_probability', measures: [measure] } });
  await add('gt', 'gt-hazard-15-tolerated', { category: 'natural_hazard', probability: 3, consequence: 5, response: { type: 'tolerate', measures: [] }, tolerance });
  await add('gt', 'gt-staff-4-overdue', { category: 'staff_turnover', probability: 2, consequence: 2, identifiedOn: daysFromToday(-400) });
  await add('gt', 'gt-closed-25', { category: 'political', probability: 5, consequence: 5, status: 'closed' });
  await add('ug', 'ug-security-25-none', { category: 'security', probability: 5, consequence: 5, response: { type: 'no_response_possible', measures: [] } });
  await add('ug', 'ug-financial-6', { category: 'financial_corruption', probability: 2, consequence: 3 });
  await add('ba', 'ba-capacity-16', { category: 'partner_capacity', probability: 4, consequence: 4 });
  // Charlie closes: its risks leave the programme-wide view
  const { partnerships } = await import('../../src/db/schema');
  const { eq } = await import('drizzle-orm');
  await t.db.update(partnerships).set({ status: 'closed' }).where(eq(partnerships.id, partnershipIds.ba!));
});
afterAll(() => t.close());

const names = (body: { items: { id: string }[] }) => body.items.map((r) => Object.keys(ids).find((k) => ids[k] === r.id));

describe('the programme-wide risk view', () => {
  it('lists open risks of active partnerships highest first, with counts, tolerance, overdue and the flagged partnerships', async () => {
    const res = await officer.get('/api/programme/risks');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(names(body)).toEqual(['ug-security-25-none', 'gt-political-20', 'gt-hazard-15-tolerated', 'ug-financial-6', 'gt-staff-4-overdue']);
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(body.items[0]).toMatchObject({
      partnership: { id: partnershipIds.ug, title: 'Bravo UG', region: 'east-africa', fundingSource: 'mfa' },
      questionsContinuation: true,
      current: { rating: 25, band: 'high' },
    });
    expect(body.totals).toEqual({ open: 5, low: 1, medium: 1, high: 3, toleranceDocumented: 1, overdue: 1, continuationQuestioned: 1 });
    expect(body.countsByCategoryAndBand).toEqual([
      { category: 'financial_corruption', band: 'medium', count: 1 },
      { category: 'natural_hazard', band: 'high', count: 1 },
      { category: 'political', band: 'high', count: 1 },
      { category: 'security', band: 'high', count: 1 },
      { category: 'staff_turnover', band: 'low', count: 1 },
    ]);
    expect(body.questionedPartnerships).toEqual([{ id: partnershipIds.ug, title: 'Bravo UG', riskCount: 1 }]);
    expect(body.settings.reviewIntervalMonths).toBe(12);
  });

  it('pages and switches lists', async () => {
    const page2 = (await officer.get('/api/programme/risks?pageSize=2&page=2')).json();
    expect(names(page2)).toEqual(['gt-hazard-15-tolerated', 'ug-financial-6']);
    expect(page2.total).toBe(5);
    expect(names((await officer.get('/api/programme/risks?list=tolerated')).json())).toEqual(['gt-hazard-15-tolerated']);
    expect(names((await officer.get('/api/programme/risks?list=overdue')).json())).toEqual(['gt-staff-4-overdue']);
    const questioned = (await officer.get('/api/programme/risks?list=questioned')).json();
    expect(names(questioned)).toEqual(['ug-security-25-none']);
    expect(questioned.totals.open).toBe(5);
  });

  it('filters by region, funding source, category and band', async () => {
    const guatemala = (await officer.get('/api/programme/risks?region=guatemala')).json();
    expect(names(guatemala)).toEqual(['gt-political-20', 'gt-hazard-15-tolerated', 'gt-staff-4-overdue']);
    expect(guatemala.totals).toMatchObject({ open: 3, continuationQuestioned: 0 });
    expect(guatemala.questionedPartnerships).toEqual([]);
    expect(names((await officer.get('/api/programme/risks?fundingSource=mfa')).json())).toEqual(['ug-security-25-none', 'ug-financial-6']);
    expect(names((await officer.get('/api/programme/risks?band=high&category=political')).json())).toEqual(['gt-political-20']);
    expect((await officer.get('/api/programme/risks?region=atlantis')).json().total).toBe(0);
    expect((await officer.get('/api/programme/risks?list=everything')).statusCode).toBe(422);
  });

  it('is for the programme office and the donor viewers only', async () => {
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await donor.get('/api/programme/risks')).statusCode).toBe(200);
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: partnershipIds.gt!, role: 'home_coordinator' }] });
    expect((await coordinator.get('/api/programme/risks')).statusCode).toBe(403);
  });
});
