import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_IATI_SETTINGS } from '@mic/domain';
import { anonymous, createTestApp, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import * as edge from './iati.edge';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2026-06-15T10:00:00Z') });
});
afterAll(() => t.close());

describe('the IATI settings', () => {
  it('start as the defaults; the office changes them, version-checked and audited, and the export follows', async () => {
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    let res = await office.get('/api/programme/iati-settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ...DEFAULT_IATI_SETTINGS, version: 1, can: { edit: true } });

    const next = { ...DEFAULT_IATI_SETTINGS, reportingOrgRef: 'NO-BRC-999999999', sectorsByPurpose: { ...DEFAULT_IATI_SETTINGS.sectorsByPurpose, participation: ['15151'] } };
    res = await office.put('/api/programme/iati-settings', { ...next, version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ reportingOrgRef: 'NO-BRC-999999999', version: 2 });
    expect((await auditEntriesOf(t.db, t.programmeId)).map((e) => e.action)).toContain('iati_settings.updated');

    // A second writer with the old version loses.
    res = await office.put('/api/programme/iati-settings', { ...next, version: 1 });
    expect(res.statusCode).toBe(409);

    const p = await edge.publicPartnership(t.db, { purposes: ['participation'] });
    const xml = (await anonymous(t.app).get(`/api/iati/activities/${p.id}.xml`)).body;
    expect(xml).toContain(`<iati-identifier>NO-BRC-999999999-${p.id}</iati-identifier>`);
    expect(xml).toContain('<sector vocabulary="1" code="15151" percentage="100"/>');
  });

  it('refuses an unknown purpose, a malformed sector code and an unknown organisation type', async () => {
    const office = await signInAs(t, { globalRole: 'admin' });
    const version = (await office.get('/api/programme/iati-settings')).json().version as number;
    const bad = [
      { ...DEFAULT_IATI_SETTINGS, sectorsByPurpose: { nonsense: ['15185'] } },
      { ...DEFAULT_IATI_SETTINGS, sectorsByPurpose: { participation: ['151'] } },
      { ...DEFAULT_IATI_SETTINGS, reportingOrgType: '99' },
    ];
    for (const body of bad) {
      const res = await office.put('/api/programme/iati-settings', { ...body, version });
      expect(res.statusCode).toBe(422);
    }
    expect((await office.get('/api/programme/iati-settings')).json().version).toBe(version);
  });
});

describe('the IATI check', () => {
  it('lists what keeps each public partnership from a complete activity', async () => {
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    const bare = await edge.publicPartnership(t.db, { title: 'Bare' });
    const full = await edge.publicPartnership(t.db, { title: 'Full' });
    await edge.withGrant(t.db, full, 2024, 1_000_00);
    await edge.withPaidInstalment(t.db, full, 2024, 1_000_00, '2024-04-01');
    await edge.withResults(t.db, full.id);
    const res = await office.get('/api/programme/iati-check?pageSize=100');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const byId = new Map(body.items.map((i: { partnershipId: string }) => [i.partnershipId, i]));
    const codes = (id: string) => (byId.get(id) as { problems: { code: string }[] }).problems.map((p) => p.code);
    expect(codes(bare.id)).toEqual(['no_description', 'no_budget', 'no_transactions', 'no_results']);
    // The full one has an impact, budget, a payment and indicators with baselines and targets; the qualitative one has an end target.
    expect(codes(full.id)).toEqual([]);
    expect(body.complete).toBeGreaterThanOrEqual(1);
    expect(body.total).toBe(body.items.length);
  });
});
