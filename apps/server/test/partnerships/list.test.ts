import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer' });
  const m = (name: string, country: string) => buildMunicipality(t.db, { name, country });
  const specs = [
    ['P1', 'Waste in Stord', ['Stord', 'NO'], ['San Juan Comalapa', 'GT'], ['service-delivery', 'participation'], 'norad', 2024, 'active'],
    ['P2', 'Women in local politics', ['Stjørdal', 'NO'], ['Panajachel', 'GT'], ['participation'], 'mfa', 2026, 'draft'],
    ['P3', 'Planning together', ['Klepp', 'NO'], ['Donji Vakuf', 'BA'], ['environment'], 'norad', 2022, 'completed'],
    ['P4', 'Transparent budgets', ['Sund', 'NO'], ['Konjic', 'BA'], ['accountability'], 'mfa', 2025, 'applied'],
    ['P5', 'Water services', ['Gran', 'NO'], ['Mukono', 'UG'], ['service-delivery', 'environment'], 'norad', 2025, 'active'],
    ['P6', 'City to city', ['Kristiansand', 'NO'], ['Mykolaiv', 'UA'], ['service-delivery'], 'norad', 2023, 'closed'],
  ] as const;
  for (const [key, title, [hn, hc], [pn, pc], purposes, fundingSource, startYear, status] of specs) {
    const p = await buildPartnership(t.db, { title, home: await m(hn, hc), partner: await m(pn, pc), purposes: [...purposes], fundingSource, startYear, status });
    ids[key] = p.id;
  }
});
afterAll(() => t.close());

/** The keys (P1…P6) of the partnerships a list answer holds, in its order. */
async function listed(client: Client, query = '') {
  const res = await client.get(`/api/partnerships${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return res.json().items.map((p: { id: string }) => byId[p.id]);
}

describe('listing partnerships', () => {
  it('answers a page of all of them, by title, with both municipalities and the derived region', async () => {
    const res = await officer.get('/api/partnerships');
    expect(res.json()).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(await listed(officer)).toEqual(['P6', 'P3', 'P4', 'P1', 'P5', 'P2']);
    const water = res.json().items.find((p: { id: string }) => p.id === ids.P5);
    expect(water).toMatchObject({
      title: 'Water services',
      homeMunicipality: { name: 'Gran', country: 'NO' },
      partnerMunicipality: { name: 'Mukono', country: 'UG' },
      region: 'east-africa',
      startYear: 2025,
      endYear: 2027,
      status: 'active',
      myRole: null,
    });
  });

  it('pages', async () => {
    const res = await officer.get('/api/partnerships?pageSize=4&page=2');
    expect(res.json()).toMatchObject({ total: 6, page: 2, pageSize: 4 });
    expect(await listed(officer, 'pageSize=4&page=2')).toEqual(['P5', 'P2']);
    expect(await listed(officer, 'pageSize=4&page=9')).toEqual([]);
  });

  it('filters by country (either municipality) and by region', async () => {
    expect(await listed(officer, 'country=GT')).toEqual(['P1', 'P2']);
    expect(await listed(officer, 'country=ba')).toEqual(['P3', 'P4']);
    expect(await listed(officer, 'country=NO')).toHaveLength(6);
    expect(await listed(officer, 'region=balkans')).toEqual(['P3', 'P4']);
    expect(await listed(officer, 'region=east-africa')).toEqual(['P5']);
    expect(await listed(officer, 'region=atlantis')).toEqual([]);
  });

  it('filters by purpose, funding source and status', async () => {
    expect(await listed(officer, 'purpose=environment')).toEqual(['P3', 'P5']);
    expect(await listed(officer, 'fundingSource=mfa')).toEqual(['P4', 'P2']);
    expect(await listed(officer, 'status=active')).toEqual(['P1', 'P5']);
  });

  it('filters by the year a partnership is active in (start ≤ year ≤ end)', async () => {
    expect(await listed(officer, 'year=2026')).toEqual(['P4', 'P1', 'P5', 'P2']);
    expect(await listed(officer, 'year=2022')).toEqual(['P3']);
    expect(await listed(officer, 'year=2030')).toEqual([]);
  });

  it('searches title and both municipality names, case-insensitively', async () => {
    expect(await listed(officer, 'search=WATER')).toEqual(['P5']);
    expect(await listed(officer, 'search=stjør')).toEqual(['P2']);
    expect(await listed(officer, 'search=konjic')).toEqual(['P4']);
    expect(await listed(officer, 'search=in')).toEqual(['P3', 'P1', 'P2']);
    expect(await listed(officer, 'search=KRISTIAN')).toEqual(['P6']);
    expect(await listed(officer, 'search=%25')).toEqual([]);
  });

  it('combines filters, and counts what matches them all', async () => {
    const res = await officer.get('/api/partnerships?country=GT&status=draft&year=2027');
    expect(res.json().total).toBe(1);
    expect(await listed(officer, 'country=GT&status=draft&year=2027')).toEqual(['P2']);
  });

  it('sorts by title, start year and status (workflow order), either way', async () => {
    expect(await listed(officer, 'sort=-title')).toEqual(['P2', 'P5', 'P1', 'P4', 'P3', 'P6']);
    expect(await listed(officer, 'sort=startYear')).toEqual(['P3', 'P6', 'P1', 'P4', 'P5', 'P2']);
    expect(await listed(officer, 'sort=-startYear')).toEqual(['P2', 'P4', 'P5', 'P1', 'P6', 'P3']);
    expect(await listed(officer, 'sort=status')).toEqual(['P2', 'P4', 'P1', 'P5', 'P3', 'P6']);
    expect(await listed(officer, 'sort=-status')).toEqual(['P6', 'P3', 'P1', 'P5', 'P4', 'P2']);
  });

  it('refuses malformed parameters with 422', async () => {
    for (const query of ['pageSize=101', 'pageSize=0', 'page=0', 'sort=budget', 'status=approved', 'year=soon', 'country=Norway']) {
      const res = await officer.get(`/api/partnerships?${query}`);
      expect(res.statusCode, query).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('who sees what in the list', () => {
  it('shows programme-wide roles every partnership', async () => {
    for (const globalRole of ['admin', 'donor_viewer'] as const) {
      expect(await listed(await signInAs(t, { globalRole }))).toHaveLength(6);
    }
  });

  it('shows a coordinator only their own partnership, with their role, whatever the filters', async () => {
    const coordinator = await signInAs(t, { memberships: [{ partnershipId: ids.P1!, role: 'home_coordinator' }] });
    const res = await coordinator.get('/api/partnerships');
    expect(res.json()).toMatchObject({ total: 1, items: [{ id: ids.P1, myRole: 'home_coordinator' }] });
    expect(await listed(coordinator, 'country=GT')).toEqual(['P1']);
    expect(await listed(coordinator, 'search=women')).toEqual([]);
    expect((await coordinator.get('/api/partnerships?search=women')).json().total).toBe(0);
  });

  it('shows a member of several partnerships each of them with the role held there', async () => {
    const member = await signInAs(t, {
      memberships: [
        { partnershipId: ids.P3!, role: 'viewer' },
        { partnershipId: ids.P4!, role: 'auditor' },
      ],
    });
    const res = await member.get('/api/partnerships');
    expect(res.json().items.map((p: { myRole: string }) => p.myRole)).toEqual(['viewer', 'auditor']);
  });

  it('shows a user with no role anywhere nothing', async () => {
    const res = await (await signInAs(t)).get('/api/partnerships');
    expect(res.json()).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
  });
});
