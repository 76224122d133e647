import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let officer: Client;
let stord: { id: string };
let comalapa: { id: string };
beforeAll(async () => {
  t = await createTestApp();
  officer = await signInAs(t, { globalRole: 'programme_officer', name: 'Olav Officer' });
  stord = await buildMunicipality(t.db, { name: 'Stord', country: 'NO' });
  comalapa = await buildMunicipality(t.db, { name: 'San Juan Comalapa', country: 'GT' });
});
afterAll(() => t.close());

const validBody = () => ({
  title: 'Waste and participation',
  homeMunicipalityId: stord.id,
  partnerMunicipalityId: comalapa.id,
  fundingSource: 'norad',
  startYear: 2026,
  workingLanguage: 'es',
  purposes: ['service-delivery', 'participation'],
});

async function partnershipCount() {
  const [row] = await t.db.select({ n: count() }).from(partnerships);
  return Number(row?.n ?? 0);
}

/** Posts the body and expects a 422 with this code on this field, and nothing written. */
async function expectRefused(body: unknown, code: string, field: string, client: Client = officer) {
  const [rows, entries] = [await partnershipCount(), await auditCount(t.db)];
  const res = await client.post('/api/partnerships', body);
  expect(res.statusCode).toBe(422);
  expect(res.headers['content-type']).toContain('application/problem+json');
  expect(res.json()).toMatchObject({ code, status: 422 });
  expect(res.json().errors).toContainEqual(expect.objectContaining({ code, field }));
  expect([await partnershipCount(), await auditCount(t.db)]).toEqual([rows, entries]);
  return res.json();
}

describe('creating a partnership', () => {
  it('creates a draft with the default end year, and audit-logs it in the same transaction', async () => {
    const res = await officer.post('/api/partnerships', validBody());
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      title: 'Waste and participation',
      homeMunicipality: { id: stord.id, name: 'Stord', country: 'NO' },
      partnerMunicipality: { id: comalapa.id, name: 'San Juan Comalapa', country: 'GT' },
      region: 'guatemala',
      fundingSource: 'norad',
      startYear: 2026,
      endYear: 2028,
      workingLanguage: 'es',
      purposes: ['service-delivery', 'participation'],
      status: 'draft',
      version: 1,
      myRole: null,
      members: [],
      can: { edit: true, changeStatusTo: ['applied'], manageMembers: false },
    });
    const [entry] = await auditEntriesOf(t.db, body.id);
    expect(entry).toMatchObject({
      action: 'partnership.created',
      entityType: 'partnership',
      partnershipId: body.id,
      actorName: 'Olav Officer',
      before: null,
      after: { title: 'Waste and participation', startYear: 2026, endYear: 2028, status: 'draft', version: 1 },
    });
  });

  it('keeps an explicit end year, trims the title and counts a repeated purpose once', async () => {
    const res = await officer.post('/api/partnerships', { ...validBody(), title: '  Trimmed  ', endYear: 2026, purposes: ['environment', 'environment'] });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ title: 'Trimmed', endYear: 2026, purposes: ['environment'] });
  });

  it('lets an administrator create too', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const res = await admin.post('/api/partnerships', validBody());
    expect(res.statusCode).toBe(201);
    expect(res.json().can.manageMembers).toBe(true);
  });

  it('is for the programme office: others get 403, the signed-out 401', async () => {
    const p = await buildPartnership(t.db);
    for (const client of [
      await signInAs(t, { globalRole: 'donor_viewer' }),
      await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] }),
    ]) {
      expect((await client.post('/api/partnerships', validBody())).statusCode).toBe(403);
    }
    expect((await anonymous(t.app).post('/api/partnerships', validBody())).statusCode).toBe(401);
  });
});

describe('the programme rules, enforced on the server', () => {
  it('refuses a third purpose with PURPOSE_LIMIT_EXCEEDED, in Spanish and Norwegian too', async () => {
    const body = { ...validBody(), purposes: ['service-delivery', 'environment', 'participation'] };
    const en = await expectRefused(body, 'PURPOSE_LIMIT_EXCEEDED', 'purposes');
    expect(en.detail).toBe('A partnership can address at most 2 of the programme purposes.');
    const es = await expectRefused(body, 'PURPOSE_LIMIT_EXCEEDED', 'purposes', await signInAs(t, { globalRole: 'programme_officer', language: 'es' }));
    expect(es.detail).toBe('Una asociación puede abordar como máximo 2 de los propósitos del programa.');
    expect(es.errors[0].message).toBe(es.detail);
    const nb = await expectRefused(body, 'PURPOSE_LIMIT_EXCEEDED', 'purposes', await signInAs(t, { globalRole: 'admin', language: 'nb' }));
    expect(nb.detail).toBe('Et partnerskap kan ha høyst 2 av programmets formål.');
  });

  it('refuses a partner in a country outside the programme, naming the country', async () => {
    const uppsala = await buildMunicipality(t.db, { name: 'Uppsala', country: 'SE' });
    const problem = await expectRefused({ ...validBody(), partnerMunicipalityId: uppsala.id }, 'PARTNER_COUNTRY_NOT_ELIGIBLE', 'partnerMunicipalityId');
    expect(problem.detail).toContain('(SE is not)');
  });

  it('refuses a Norwegian partner and a foreign home municipality', async () => {
    const bergen = await buildMunicipality(t.db, { name: 'Bergen', country: 'NO' });
    await expectRefused({ ...validBody(), partnerMunicipalityId: bergen.id }, 'PARTNER_MUNICIPALITY_NORWEGIAN', 'partnerMunicipalityId');
    await expectRefused({ ...validBody(), homeMunicipalityId: comalapa.id }, 'HOME_MUNICIPALITY_NOT_NORWEGIAN', 'homeMunicipalityId');
  });

  it('refuses an unknown or malformed municipality id with MUNICIPALITY_NOT_FOUND on that field', async () => {
    await expectRefused({ ...validBody(), homeMunicipalityId: '00000000-0000-4000-8000-000000000000' }, 'MUNICIPALITY_NOT_FOUND', 'homeMunicipalityId');
    await expectRefused({ ...validBody(), partnerMunicipalityId: 'not-a-uuid' }, 'MUNICIPALITY_NOT_FOUND', 'partnerMunicipalityId');
  });

  it('refuses a period that ends before it starts or runs longer than the project years', async () => {
    const backwards = await expectRefused({ ...validBody(), endYear: 2025 }, 'PERIOD_INVALID', 'endYear');
    expect(backwards.detail).toContain('at most 3 years');
    await expectRefused({ ...validBody(), endYear: 2029 }, 'PERIOD_INVALID', 'endYear');
    await expectRefused({ ...validBody(), startYear: 1999 }, 'PERIOD_INVALID', 'endYear');
  });

  it('refuses unknown, missing, and foreign-programme values', async () => {
    await expectRefused({ ...validBody(), purposes: ['tourism'] }, 'PURPOSE_UNKNOWN', 'purposes');
    await expectRefused({ ...validBody(), purposes: [] }, 'PURPOSE_REQUIRED', 'purposes');
    await expectRefused({ ...validBody(), fundingSource: 'sida' }, 'FUNDING_SOURCE_UNKNOWN', 'fundingSource');
    await expectRefused({ ...validBody(), workingLanguage: 'fr' }, 'LANGUAGE_NOT_SUPPORTED', 'workingLanguage');
    await expectRefused({ ...validBody(), title: '   ' }, 'VALIDATION_FAILED', 'title');
  });

  it('reports every broken rule at once', async () => {
    const problem = await expectRefused(
      { ...validBody(), purposes: ['a', 'b', 'c'], fundingSource: 'x', homeMunicipalityId: comalapa.id },
      'PURPOSE_LIMIT_EXCEEDED',
      'purposes',
    );
    expect(problem.errors.map((e: { code: string }) => e.code)).toEqual([
      'PURPOSE_LIMIT_EXCEEDED',
      'PURPOSE_UNKNOWN',
      'PURPOSE_UNKNOWN',
      'PURPOSE_UNKNOWN',
      'HOME_MUNICIPALITY_NOT_NORWEGIAN',
      'FUNDING_SOURCE_UNKNOWN',
    ]);
  });

  it('refuses a body of the wrong shape with the field named', async () => {
    await expectRefused({ ...validBody(), startYear: '2026' }, 'VALIDATION_FAILED', 'startYear');
    await expectRefused({ ...validBody(), startYear: 2026.5 }, 'VALIDATION_FAILED', 'startYear');
    const { title: _t, ...noTitle } = validBody();
    await expectRefused(noTitle, 'VALIDATION_FAILED', 'title');
  });
});
