import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorValues, indicators, results } from '../../src/db/schema';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { signInAs } from '../helpers/sign-in-as';
import { exactlyOneWins, firstWinsSecondIsTold, partnershipWithPeople } from './support';

/** The results framework: results, indicators (definition, baseline, targets) and the actual values and their approval. */

let t: TestContext;
let office: Client;
let office2: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await signInAs(t, { globalRole: 'admin' });
  office2 = await signInAs(t, { globalRole: 'programme_officer' });
});
afterAll(() => t.close());

/** A partnership with its coordinators, a chain owned by the partner side, an indicator and its 2025 value in `status`. */
async function framework(status: 'draft' | 'submitted' = 'draft') {
  const { p, home, partner } = await partnershipWithPeople(t);
  const chain = await buildChain(t.db, p.id, 'partner');
  const indicator = await buildIndicator(t.db, p.id, chain.outcome.id, { values: [{ year: 2025, value: 7, status }] });
  const base = `/api/partnerships/${p.id}`;
  const indicatorUrl = `${base}/indicators/${indicator.id}`;
  const readIndicator = async () => (await t.db.select().from(indicators).where(eq(indicators.id, indicator.id)))[0]!;
  const readValue = async () =>
    (await t.db.select().from(indicatorValues).where(and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.year, 2025))))[0]!;
  return { p, home, partner, chain, base, indicatorUrl, valueUrl: `${indicatorUrl}/values/2025`, readIndicator, readValue };
}

describe('two people change the same part of a results framework on the same version', () => {
  it('a result: the second edit is refused, and so is a move on the old version', async () => {
    const f = await framework();
    const id = f.chain.output.id;
    const url = `${f.base}/results/${id}`;
    const read = async () => (await t.db.select().from(results).where(eq(results.id, id)))[0]!;
    await firstWinsSecondIsTold({
      read,
      first: (version) => f.home.patch(url, { justification: 'Agreed at the annual meeting', version }),
      second: (version) => f.partner.patch(url, { justification: 'Acordado por el concejo', version }),
      kept: (now) => expect(now.justification).toBe('Agreed at the annual meeting'),
    });
    await firstWinsSecondIsTold({
      read,
      first: (version) => f.partner.patch(url, { justification: 'Second thoughts', version }),
      second: (version) => f.home.post(`${url}/move`, { parentId: f.chain.outcome.id, position: 0, version }),
      kept: (now) => expect(now.justification).toBe('Second thoughts'),
    });
  });

  it('an indicator: the definition, the baseline, the targets and a delete on the old version are refused', async () => {
    const f = await framework();
    await firstWinsSecondIsTold({
      read: f.readIndicator,
      first: (version) => f.home.patch(f.indicatorUrl, { unit: 'wells', version }),
      second: (version) => f.partner.patch(f.indicatorUrl, { unit: 'casas', version }),
      kept: (now) => expect(now.unit).toBe('wells'),
    });
    await firstWinsSecondIsTold({
      read: f.readIndicator,
      first: (version) => f.home.put(`${f.indicatorUrl}/baseline`, { value: 3, date: '2024-12-01', version }),
      second: (version) => f.partner.put(`${f.indicatorUrl}/baseline`, { value: 5, date: '2024-11-01', version }),
      kept: (now) => expect(Number(now.baselineValue)).toBe(3),
    });
    await firstWinsSecondIsTold({
      read: f.readIndicator,
      first: (version) => f.home.put(`${f.indicatorUrl}/targets`, { targets: [{ year: 2025, value: 20 }], endTarget: 60, version }),
      second: (version) => f.partner.put(`${f.indicatorUrl}/targets`, { targets: [{ year: 2025, value: 10 }], endTarget: 30, version }),
      kept: (now) => expect(Number(now.endTarget)).toBe(60),
    });
    await firstWinsSecondIsTold({
      read: f.readIndicator,
      first: (version) => f.home.patch(f.indicatorUrl, { unit: 'homes', version }),
      second: (version) => f.partner.delete(`${f.indicatorUrl}?version=${version}&confirm=true`),
      kept: (now) => expect(now.unit).toBe('homes'),
    });
  });

  it('an actual value: a second entry, a submit and a delete on the old version are refused', async () => {
    const f = await framework();
    await firstWinsSecondIsTold({
      read: f.readValue,
      first: (version) => f.home.put(f.valueUrl, { value: 8, version }),
      second: (version) => f.partner.put(f.valueUrl, { value: 9, version }),
      kept: (now) => expect(Number(now.value)).toBe(8),
    });
    await firstWinsSecondIsTold({
      read: f.readValue,
      first: (version) => f.partner.put(f.valueUrl, { value: 10, version }),
      second: (version) => f.home.post(`${f.valueUrl}/submit`, { version }),
      kept: (now) => expect([Number(now.value), now.status]).toEqual([10, 'draft']),
    });
    await firstWinsSecondIsTold({
      read: f.readValue,
      first: (version) => f.home.post(`${f.valueUrl}/submit`, { version }),
      second: (version) => f.partner.delete(`${f.valueUrl}?version=${version}`),
      kept: (now) => expect(now.status).toBe('submitted'),
    });
  });

  it('an actual value: a return after someone approved it is refused, the approval stays', async () => {
    const f = await framework('submitted');
    await firstWinsSecondIsTold({
      read: f.readValue,
      first: (version) => office.post(`${f.valueUrl}/approve`, { version }),
      second: (version) => office2.post(`${f.valueUrl}/return`, { version, comment: 'Check the source' }),
      kept: (now) => expect(now.status).toBe('approved'),
    });
  });

  it('an entry made as new while someone else entered the value first is refused with the version there is now', async () => {
    const f = await framework();
    const url = `${f.indicatorUrl}/values/2026`;
    const first = await f.home.put(url, { value: 4 });
    expect(first.statusCode).toBeLessThan(300);
    const second = await f.partner.put(url, { value: 5 });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
  });
});

describe('two people save at the same moment', () => {
  it('an indicator: exactly one definition wins', async () => {
    const f = await framework();
    await exactlyOneWins({
      read: f.readIndicator,
      first: (version) => f.home.patch(f.indicatorUrl, { unit: 'wells', version }),
      second: (version) => f.partner.patch(f.indicatorUrl, { unit: 'casas', version }),
      kept: () => {},
    });
  });

  it('an actual value: approve and return at once, exactly one happens', async () => {
    const f = await framework('submitted');
    await exactlyOneWins({
      read: f.readValue,
      first: (version) => office.post(`${f.valueUrl}/approve`, { version }),
      second: (version) => office2.post(`${f.valueUrl}/return`, { version, comment: 'Check the source' }),
      kept: () => {},
    });
    expect(['approved', 'returned']).toContain((await f.readValue()).status);
  });
});
