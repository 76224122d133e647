import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIC_2013, type ProgrammeConfig } from '@mic/domain';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildMunicipality } from '../helpers/factories';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signInAs(t, { globalRole: 'admin', name: 'Ada Admin' });
});
afterAll(() => t.close());

/** The PUT body: the whole configuration without the id. */
const bodyOf = (config: ProgrammeConfig) => JSON.parse(JSON.stringify(config)) as ProgrammeConfig;
const withoutPurpose = (code: string) => ({ ...bodyOf(MIC_2013), purposes: MIC_2013.purposes.filter((p) => p.code !== code) });

beforeEach(async () => {
  const res = await admin.put('/api/programme', bodyOf(MIC_2013));
  expect(res.statusCode).toBe(200);
});

describe('reading the programme', () => {
  it('answers everyone signed in with the whole configuration', async () => {
    const viewer = await signInAs(t);
    const res = await viewer.get('/api/programme');
    expect(res.statusCode).toBe(200);
    const { id, version, ...config } = res.json();
    expect(id).toBe(t.programmeId);
    expect(version).toBeGreaterThanOrEqual(1);
    expect(config).toEqual(bodyOf(MIC_2013));
  });

  it('asks the signed-out to sign in', async () => {
    const res = await anonymous(t.app).get('/api/programme');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });
});

describe('editing the programme', () => {
  it('lets an administrator change texts, purposes, regions, funding sources and limits, audit-logged', async () => {
    const next = bodyOf(MIC_2013);
    next.goal = { en: 'Better local government.', nb: 'Bedre lokalforvaltning.', es: 'Mejor gobierno local.' };
    next.purposes.push({ code: 'gender', name: { en: 'Gender equality', nb: 'Likestilling', es: 'Igualdad de género' } });
    next.regions.push({ code: 'southern-africa', name: { en: 'Southern Africa', nb: 'Sørlige Afrika', es: 'África Austral' }, countries: ['za', 'MZ'] });
    next.fundingSources.push({ code: 'eu', name: { en: 'European Union', nb: 'Den europeiske union', es: 'Unión Europea' }, iatiOrgId: 'XI-IATI-EC_INTPA' });
    next.maxPurposes = 3;
    next.projectYears = 4;
    next.workingLanguages.push('pt');
    const before = await auditCount(t.db);

    const res = await admin.put('/api/programme', next);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ goal: next.goal, maxPurposes: 3, projectYears: 4 });
    expect(res.json().regions.at(-1).countries).toEqual(['ZA', 'MZ']);
    expect((await admin.get('/api/programme')).json()).toEqual(res.json());

    expect(await auditCount(t.db)).toBe(before + 1);
    const entry = (await auditEntriesOf(t.db, t.programmeId)).at(-1)!;
    expect(entry).toMatchObject({ action: 'programme.updated', entityType: 'programme', actorName: 'Ada Admin' });
    expect((entry.before as ProgrammeConfig).maxPurposes).toBe(2);
    expect((entry.after as ProgrammeConfig).maxPurposes).toBe(3);
  });

  it('takes maxPurposes as 2 when it is left out', async () => {
    const { maxPurposes: _omitted, ...rest } = { ...bodyOf(MIC_2013), maxPurposes: 4 };
    const res = await admin.put('/api/programme', rest);
    expect(res.statusCode).toBe(200);
    expect(res.json().maxPurposes).toBe(2);
  });

  it('is for administrators only', async () => {
    for (const globalRole of ['programme_officer', 'donor_viewer', null] as const) {
      const client = await signInAs(t, { globalRole });
      const res = await client.put('/api/programme', bodyOf(MIC_2013));
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    expect((await anonymous(t.app).put('/api/programme', bodyOf(MIC_2013))).statusCode).toBe(401);
  });

  it('needs every text in English, Norwegian and Spanish', async () => {
    const res = await admin.put('/api/programme', { ...bodyOf(MIC_2013), name: { en: 'MIC', es: 'CIM' } });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'name.nb' }] });
  });

  it('refuses unknown country codes, Norway as a partner country and a country in two regions', async () => {
    const next = bodyOf(MIC_2013);
    next.regions[0]!.countries = ['GT', 'QQ', 'NO', 'UG'];
    const res = await admin.put('/api/programme', next);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['regions.0.countries.1', 'regions.0.countries.2', 'regions.1.countries.0']);
  });

  it('refuses a purpose code given twice', async () => {
    const next = bodyOf(MIC_2013);
    next.purposes.push({ ...next.purposes[0]! });
    const res = await admin.put('/api/programme', next);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field: 'purposes.4.code' })]);
  });

  it('lets an unused purpose, country or funding source go', async () => {
    const next = withoutPurpose('accountability');
    next.regions = next.regions.map((r) => ({ ...r, countries: r.countries.filter((c) => c !== 'MW') }));
    next.fundingSources = next.fundingSources.filter((f) => f.code !== 'mfa');
    const res = await admin.put('/api/programme', next);
    expect(res.statusCode).toBe(200);
    expect(res.json().purposes.map((p: { code: string }) => p.code)).not.toContain('accountability');
  });
});

describe('refusing changes that existing partnerships depend on', () => {
  let used: Awaited<ReturnType<typeof buildPartnership>>;
  beforeAll(async () => {
    used = await buildPartnership(t.db, {
      partner: await buildMunicipality(t.db, { name: 'Mukono', country: 'UG' }),
      purposes: ['environment', 'participation'],
      fundingSource: 'mfa',
      workingLanguage: 'sw',
    });
  });

  async function expectRefused(body: unknown, field: string, code = 'IN_USE_BY_PARTNERSHIP') {
    const before = await auditCount(t.db);
    const res = await admin.put('/api/programme', body);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'CONFLICT', errors: [{ code, field }] });
    expect((await admin.get('/api/programme')).json()).toMatchObject({ id: t.programmeId, ...bodyOf(MIC_2013) });
    expect(await auditCount(t.db)).toBe(before);
    return res.json();
  }

  it('refuses removing a purpose a partnership uses, and says which, in the caller\'s language', async () => {
    await expectRefused(withoutPurpose('environment'), 'purposes');
    const norwegian = await signInAs(t, { globalRole: 'admin', language: 'nb' });
    const nb = await norwegian.put('/api/programme', withoutPurpose('environment'));
    expect(nb.json().detail).toBe('Et eksisterende partnerskap bruker «environment», så det kan ikke fjernes eller endres.');
    expect(nb.json().errors[0].message).toBe(nb.json().detail);
  });

  it('refuses removing a partner country a partnership uses, but allows moving it to another region', async () => {
    const removed = bodyOf(MIC_2013);
    removed.regions[1]!.countries = removed.regions[1]!.countries.filter((c) => c !== 'UG');
    const problem = await expectRefused(removed, 'regions');
    expect(problem.errors[0].message).toContain('UG');

    const moved = bodyOf(MIC_2013);
    moved.regions[1]!.countries = moved.regions[1]!.countries.filter((c) => c !== 'UG');
    moved.regions.push({ code: 'great-lakes', name: { en: 'Great Lakes', nb: 'De store sjøene', es: 'Grandes Lagos' }, countries: ['UG'] });
    const res = await admin.put('/api/programme', moved);
    expect(res.statusCode).toBe(200);
    const detail = await admin.get(`/api/partnerships/${used.id}`);
    expect(detail.json().region).toBe('great-lakes');
  });

  it('refuses removing a funding source or a working language a partnership uses', async () => {
    await expectRefused({ ...bodyOf(MIC_2013), fundingSources: MIC_2013.fundingSources.filter((f) => f.code !== 'mfa') }, 'fundingSources');
    await expectRefused({ ...bodyOf(MIC_2013), workingLanguages: ['en', 'es', 'nb'] }, 'workingLanguages');
  });

  it('refuses lowering maxPurposes below what a partnership has', async () => {
    const problem = await expectRefused({ ...bodyOf(MIC_2013), maxPurposes: 1 }, 'maxPurposes', 'LIMIT_BELOW_EXISTING');
    expect(problem.detail).toContain('at least 2');
  });

  it('refuses shortening projectYears below a partnership\'s period', async () => {
    await expectRefused({ ...bodyOf(MIC_2013), projectYears: 2 }, 'projectYears', 'LIMIT_BELOW_EXISTING');
  });

  it('still allows renaming what is in use', async () => {
    const next = bodyOf(MIC_2013);
    next.purposes[1]!.name = { en: 'Environment in local plans', nb: 'Miljø i lokale planer', es: 'Medio ambiente en los planes locales' };
    const res = await admin.put('/api/programme', next);
    expect(res.statusCode).toBe(200);
    expect(res.json().purposes[1].name.en).toBe('Environment in local plans');
  });
});
