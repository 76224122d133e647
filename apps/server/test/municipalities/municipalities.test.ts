import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olav Officer' });
});
afterAll(() => t.close());

describe('registering a municipality', () => {
  it('registers a partner municipality with its kind and region, audit-logged', async () => {
    const res = await officer.post('/api/municipalities', { name: 'San Juan Comalapa', country: 'gt' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: expect.any(String), name: 'San Juan Comalapa', country: 'GT', orgNumber: null, kind: 'partner', region: 'guatemala', version: 1 });
    const [entry] = await auditEntriesOf(t.db, body.id);
    expect(entry).toMatchObject({ action: 'municipality.created', actorName: 'Olav Officer', after: { name: 'San Juan Comalapa', country: 'GT', orgNumber: null } });
  });

  it('registers a Norwegian municipality as home, with its organisation number', async () => {
    const res = await officer.post('/api/municipalities', { name: 'Stord', country: 'NO', orgNumber: '971 032 146' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'home', region: null, orgNumber: '971032146' });
  });

  it('gives a partner outside every region no region', async () => {
    const res = await officer.post('/api/municipalities', { name: 'Uppsala', country: 'SE' });
    expect(res.json()).toMatchObject({ kind: 'partner', region: null });
  });

  it('refuses a Norwegian organisation number with a wrong check digit, in Spanish when asked', async () => {
    const spanish = await signInAs(t, { globalRole: 'admin', language: 'es' });
    const res = await spanish.post('/api/municipalities', { name: 'Klepp', country: 'NO', orgNumber: '971032147' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'ORG_NUMBER_INVALID', errors: [{ code: 'ORG_NUMBER_INVALID', field: 'orgNumber' }] });
    expect(res.json().detail).toBe('Un número de organización noruego tiene nueve dígitos y el último es un dígito de control válido.');
  });

  it('refuses a country code that ISO 3166 does not have', async () => {
    for (const country of ['QQ', 'UK', 'NOR', '']) {
      const res = await officer.post('/api/municipalities', { name: 'Nowhere', country });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'country' }] });
    }
  });

  it('refuses the same name in the same country (whatever the case) with 409 and writes nothing', async () => {
    expect((await officer.post('/api/municipalities', { name: 'Panajachel', country: 'GT' })).statusCode).toBe(201);
    const before = await auditCount(t.db);
    const norwegian = await signInAs(t, { globalRole: 'programme_officer', language: 'nb' });
    const res = await norwegian.post('/api/municipalities', { name: 'PANAJACHEL', country: 'GT' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'MUNICIPALITY_DUPLICATE', field: 'name' }] });
    expect(res.json().detail).toBe('Det er allerede registrert en kommune med dette navnet i dette landet.');
    expect(await auditCount(t.db)).toBe(before);
    expect((await officer.get('/api/municipalities?search=panajachel')).json().total).toBe(1);
    expect((await officer.post('/api/municipalities', { name: 'Panajachel', country: 'HN' })).statusCode).toBe(201);
  });

  it('is for the programme office only', async () => {
    const p = await buildPartnership(t.db);
    for (const client of [
      await signInAs(t, { globalRole: 'donor_viewer' }),
      await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] }),
    ]) {
      const res = await client.post('/api/municipalities', { name: 'Sund', country: 'NO' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await anonymous(t.app).post('/api/municipalities', { name: 'Sund', country: 'NO' })).statusCode).toBe(401);
    expect((await anonymous(t.app).get('/api/municipalities')).statusCode).toBe(401);
  });
});

describe('editing a municipality', () => {
  it('changes name and organisation number, audit-logged with before and after', async () => {
    const m = await buildMunicipality(t.db, { name: 'Stjordal', country: 'NO' });
    const res = await officer.put(`/api/municipalities/${m.id}`, { name: 'Stjørdal', country: 'NO', orgNumber: '971277882' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: m.id, name: 'Stjørdal', orgNumber: '971277882', kind: 'home' });
    const entries = await auditEntriesOf(t.db, m.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'municipality.updated',
      before: { name: 'Stjordal', country: 'NO', orgNumber: null },
      after: { name: 'Stjørdal', country: 'NO', orgNumber: '971277882' },
    });
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid', '1']) {
      const res = await officer.put(`/api/municipalities/${id}`, { name: 'X', country: 'NO' });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('NOT_FOUND');
    }
  });

  it('refuses renaming into a duplicate', async () => {
    await buildMunicipality(t.db, { name: 'Gran', country: 'NO' });
    const other = await buildMunicipality(t.db, { name: 'Gram', country: 'NO' });
    const res = await officer.put(`/api/municipalities/${other.id}`, { name: 'gran', country: 'NO' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ code: 'MUNICIPALITY_DUPLICATE', field: 'name' });
  });

  it('keeps the country of a municipality that is in a partnership, but lets its name change', async () => {
    const p = await buildPartnership(t.db, { partnerName: 'Konjic', partnerCountry: 'BA' });
    const before = await auditCount(t.db);
    const moved = await officer.put(`/api/municipalities/${p.partner.id}`, { name: 'Konjic', country: 'RS' });
    expect(moved.statusCode).toBe(409);
    expect(moved.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code: 'IN_USE_BY_PARTNERSHIP', field: 'country' }] });
    expect(moved.json().detail).toContain('Konjic');
    expect(await auditCount(t.db)).toBe(before);
    const renamed = await officer.put(`/api/municipalities/${p.partner.id}`, { name: 'Konjic općina', country: 'BA' });
    expect(renamed.statusCode).toBe(200);
  });

  it('is for the programme office only', async () => {
    const m = await buildMunicipality(t.db);
    const viewer = await signInAs(t, { globalRole: 'donor_viewer' });
    expect((await viewer.put(`/api/municipalities/${m.id}`, { name: 'X', country: 'NO' })).statusCode).toBe(403);
    const admin = await signInAs(t, { globalRole: 'admin' });
    expect((await admin.put(`/api/municipalities/${m.id}`, { name: `${m.name} kommune`, country: 'NO' })).statusCode).toBe(200);
  });
});

describe('listing municipalities', () => {
  beforeAll(async () => {
    for (const [name, country] of [
      ['Listby Alpha', 'NO'],
      ['Listby Beta', 'NO'],
      ['Listby Gamma', 'UG'],
      ['Listby Delta', 'GT'],
      ['Listby Epsilon', 'UA'],
      ['Listby 100% Zeta', 'UA'],
    ] as const) {
      await buildMunicipality(t.db, { name, country });
    }
  });
  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((m) => m.name);

  it('searches by name, case-insensitively, in name order', async () => {
    const res = await officer.get('/api/municipalities?search=LISTBY');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ total: 6, page: 1, pageSize: 25 });
    expect(names(res)).toEqual(['Listby 100% Zeta', 'Listby Alpha', 'Listby Beta', 'Listby Delta', 'Listby Epsilon', 'Listby Gamma']);
  });

  it('takes search wildcards literally', async () => {
    expect(names(await officer.get('/api/municipalities?search=100%25'))).toEqual(['Listby 100% Zeta']);
    expect((await officer.get('/api/municipalities?search=listby_')).json().total).toBe(0);
  });

  it('filters by country and by kind', async () => {
    expect(names(await officer.get('/api/municipalities?search=listby&country=ua'))).toEqual(['Listby 100% Zeta', 'Listby Epsilon']);
    expect(names(await officer.get('/api/municipalities?search=listby&kind=home'))).toEqual(['Listby Alpha', 'Listby Beta']);
    const partners = await officer.get('/api/municipalities?search=listby&kind=partner');
    expect(partners.json().total).toBe(4);
    expect(partners.json().items.find((m: { name: string }) => m.name === 'Listby Gamma')).toMatchObject({ kind: 'partner', region: 'east-africa' });
  });

  it('pages', async () => {
    const first = await officer.get('/api/municipalities?search=listby&pageSize=4');
    const second = await officer.get('/api/municipalities?search=listby&pageSize=4&page=2');
    expect(first.json()).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(names(first)).toHaveLength(4);
    expect(names(second)).toEqual(['Listby Epsilon', 'Listby Gamma']);
    expect(names(await officer.get('/api/municipalities?search=listby&pageSize=4&page=3'))).toEqual([]);
  });

  it('refuses a page size over 100 and an unknown kind', async () => {
    const big = await officer.get('/api/municipalities?pageSize=101');
    expect(big.statusCode).toBe(422);
    expect(big.json().errors[0].field).toBe('querystring.pageSize');
    expect((await officer.get('/api/municipalities?kind=other')).statusCode).toBe(422);
    expect((await officer.get('/api/municipalities?page=0')).statusCode).toBe(422);
  });

  it('is open to everyone signed in', async () => {
    const p = await buildPartnership(t.db);
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    expect((await viewer.get('/api/municipalities?search=listby')).json().total).toBe(6);
  });
});

describe('reading one municipality', () => {
  it('answers with the municipality, its kind and region, to anyone signed in', async () => {
    const m = await buildMunicipality(t.db, { name: 'Mukono', country: 'UG' });
    const p = await buildPartnership(t.db);
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const res = await viewer.get(`/api/municipalities/${m.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: m.id, name: 'Mukono', country: 'UG', orgNumber: null, kind: 'partner', region: 'east-africa', version: 1 });
    expect((await anonymous(t.app).get(`/api/municipalities/${m.id}`)).statusCode).toBe(401);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    expect((await officer.get('/api/municipalities/00000000-0000-4000-8000-000000000000')).json().code).toBe('NOT_FOUND');
    expect((await officer.get('/api/municipalities/not-a-uuid')).statusCode).toBe(404);
  });
});
