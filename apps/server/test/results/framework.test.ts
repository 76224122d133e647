import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsFrameworkDto, TrackingRowDto } from '@mic/domain';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator, buildResult } from '../helpers/results-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Counts the SQL statements the app sends, whichever back end runs the tests. */
function countQueries(): { count: () => number; stop: () => void } {
  const client = (t.db as unknown as { $client: { query: (...args: unknown[]) => unknown } }).$client;
  const original = client.query;
  let n = 0;
  client.query = function (this: unknown, ...args: unknown[]) {
    n++;
    return original.apply(this, args);
  };
  return { count: () => n, stop: () => void (client.query = original) };
}

describe('GET /api/partnerships/:id/results', () => {
  it('answers the whole framework: SMART per objective, summary, warnings, tracking and progress', async () => {
    const p = await buildPartnership(t.db, { purposes: ['environment'], startYear: 2025, status: 'active' });
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const impact = await buildResult(t.db, p.id, { level: 'impact', purpose: 'environment' });
    const outcome = await buildResult(t.db, p.id, {
      level: 'outcome',
      parentId: impact.id,
      purpose: 'environment',
      statement: { es: 'Capacitar a 20 funcionarios municipales para que la recolección de residuos llegue al 80 %' },
    });
    const output = await buildResult(t.db, p.id, { level: 'output', parentId: outcome.id, purpose: null, justification: null });
    await buildResult(t.db, p.id, { level: 'activity', parentId: output.id, startDate: '2025-02-01' });
    const onTrack = await buildIndicator(t.db, p.id, outcome.id, {
      baseline: { value: 40, date: '2025-01-10' },
      endTarget: 70,
      targets: [{ year: 2025, value: 50 }],
      values: [{ year: 2025, value: 49, status: 'approved' }],
    });
    const late = await buildIndicator(t.db, p.id, impact.id, { baseline: { value: 5, date: '2025-03-01' }, endTarget: 9 });
    for (let i = 0; i < 3; i++) await buildIndicator(t.db, p.id, outcome.id, { position: i + 1 });

    const res = await viewer.get(`/api/partnerships/${p.id}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const f: ResultsFrameworkDto = res.json();
    expect(f).toMatchObject({ workingLanguage: 'es', startYear: 2025, endYear: 2027, purposes: ['environment'], firstActivityDate: '2025-02-01' });
    expect(f.settings).toMatchObject({ maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: 12, onTrackPercent: 90, atRiskPercent: 60 });
    expect(f.can).toEqual({ edit: false, approvePartnerValues: false, approveHomeValues: false, comment: false, uploadDocuments: false });

    const outcomeDto = f.results.find((r) => r.id === outcome.id)!;
    expect(outcomeDto.smart!.letters.specific.reasons[0]).toMatchObject({ code: 'DOUBLE_OBJECTIVE', params: { connector: 'para que' } });
    const outputDto = f.results.find((r) => r.id === output.id)!;
    expect(Object.entries(outputDto.smart!.letters).filter(([, l]) => !l.pass).map(([k]) => k)).toEqual(['measurable', 'achievable', 'relevant', 'timeBound']);
    expect(f.smartSummary).toMatchObject({ checked: 3, passing: 1 });

    const ind = f.indicators.find((i) => i.id === onTrack.id)!;
    expect(ind.baseline).toMatchObject({ value: 40, date: '2025-01-10', afterFirstActivity: false, document: null });
    expect(ind.tracking.map((y) => [y.year, y.target, y.actual, y.percentOfTarget, y.progress])).toEqual([
      [2025, 50, 49, 90, 'on_track'],
      [2026, 60, null, null, 'no_data'],
      [2027, 70, null, null, 'no_data'],
    ]);
    expect(ind.progress).toMatchObject({ status: 'on_track', year: 2025, actual: 49, target: 50 });
    expect(f.indicators.find((i) => i.id === late.id)!.baseline!.afterFirstActivity).toBe(true);
    expect(f.warnings.map((w) => w.code).sort()).toEqual(['BASELINE_AFTER_FIRST_ACTIVITY', 'TOO_MANY_INDICATORS_OUTCOME']);
    // Indicators follow the tree order: the impact's before the outcome's.
    expect(f.indicators[0]!.id).toBe(late.id);
  });

  it('reads the framework in a fixed number of queries, however large', async () => {
    const sizes: number[] = [];
    for (const outcomes of [1, 6]) {
      const p = await buildPartnership(t.db);
      const officer = await signInAs(t, { globalRole: 'programme_officer' });
      const impact = await buildResult(t.db, p.id, { level: 'impact' });
      for (let o = 0; o < outcomes; o++) {
        const outcome = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, position: o });
        const output = await buildResult(t.db, p.id, { level: 'output', parentId: outcome.id });
        await buildResult(t.db, p.id, { level: 'activity', parentId: output.id });
        await buildIndicator(t.db, p.id, outcome.id, { targets: [{ year: 2025, value: 20 }], values: [{ year: 2025, value: 15 }, { year: 2026, value: 18 }] });
      }
      const counter = countQueries();
      const res = await officer.get(`/api/partnerships/${p.id}/results`);
      counter.stop();
      expect(res.statusCode).toBe(200);
      expect(res.json().indicators).toHaveLength(outcomes);
      sizes.push(counter.count());
    }
    expect(sizes[0]).toBe(sizes[1]);
    // Signing in (session, memberships) plus one query per table: partnership, settings, results, indicators, targets, values.
    expect(sizes[0]).toBeLessThanOrEqual(2 + 6);
  });

  it('hides another partnership’s framework (404) and asks the signed-out to sign in', async () => {
    const p = await buildPartnership(t.db);
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    expect((await outsider.get(`/api/partnerships/${p.id}/results`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/partnerships/not-a-uuid/results`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/partnerships/${p.id}/results` })).statusCode).toBe(401);
  });
});

describe('GET /api/partnerships/:id/results/tracking', () => {
  it('pages indicator rows in tree order and filters by level, purpose and owner', async () => {
    const p = await buildPartnership(t.db, { purposes: ['environment', 'participation'] });
    const donor = await signInAs(t, { globalRole: 'donor_viewer' });
    const impact = await buildResult(t.db, p.id, { level: 'impact', purpose: 'environment' });
    const env = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, purpose: 'environment', owner: 'partner' });
    const home = await buildResult(t.db, p.id, { level: 'outcome', parentId: impact.id, position: 1, purpose: 'participation', owner: 'home' });
    const a = await buildIndicator(t.db, p.id, env.id);
    const b = await buildIndicator(t.db, p.id, home.id);
    const c = await buildIndicator(t.db, p.id, impact.id);
    const get = async (q: string) => (await donor.get(`/api/partnerships/${p.id}/results/tracking${q}`)).json();

    const all = await get('');
    expect(all).toMatchObject({ total: 3, page: 1, pageSize: 25 });
    expect(all.items.map((r: TrackingRowDto) => r.indicatorId)).toEqual([c.id, a.id, b.id]);
    expect(all.items[1]).toMatchObject({ resultNumber: '1', resultLevel: 'outcome', baseline: 10, endTarget: 50, unit: 'households' });
    expect(all.items[1].years.map((y: { year: number }) => y.year)).toEqual([2025, 2026, 2027]);
    expect((await get('?level=outcome')).items.map((r: TrackingRowDto) => r.indicatorId)).toEqual([a.id, b.id]);
    expect((await get('?purpose=participation')).items.map((r: TrackingRowDto) => r.indicatorId)).toEqual([b.id]);
    expect((await get('?owner=home')).total).toBe(1);
    const page2 = await get('?pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page2.items.map((r: TrackingRowDto) => r.indicatorId)).toEqual([b.id]);
    expect((await donor.get(`/api/partnerships/${p.id}/results/tracking?level=galaxy`)).statusCode).toBe(422);
  });
});

describe('the programme’s results settings', () => {
  it('has the defaults, which an administrator changes (audit-logged) and the framework then uses', async () => {
    const admin = await signInAs(t, { globalRole: 'admin' });
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    expect((await officer.get('/api/programme/results-settings')).json()).toEqual({ maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: 12, onTrackPercent: 90, atRiskPercent: 60, version: 0 });
    const next = { maxIndicatorsPerOutcome: 1, maxIndicatorsPerPartnership: 2, onTrackPercent: 80, atRiskPercent: 50 };
    expect((await officer.put('/api/programme/results-settings', next)).statusCode).toBe(403);
    const saved = await admin.put('/api/programme/results-settings', next);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ ...next, version: 1 });
    expect((await auditEntriesOf(t.db, t.programmeId)).map((e) => e.action)).toContain('results_settings.updated');

    const p = await buildPartnership(t.db);
    const { outcome } = await buildChain(t.db, p.id);
    await buildIndicator(t.db, p.id, outcome.id, { baseline: { value: 0, date: '2024-12-01' }, endTarget: 100, targets: [{ year: 2025, value: 100 }], values: [{ year: 2025, value: 85, status: 'approved' }] });
    await buildIndicator(t.db, p.id, outcome.id, { position: 1 });
    await buildIndicator(t.db, p.id, outcome.id, { position: 2 });
    const f: ResultsFrameworkDto = (await officer.get(`/api/partnerships/${p.id}/results`)).json();
    expect(f.warnings.map((w) => w.code).sort()).toEqual(['TOO_MANY_INDICATORS_OUTCOME', 'TOO_MANY_INDICATORS_PARTNERSHIP']);
    expect(f.indicators[0]!.progress.status).toBe('on_track');

    const bad = await admin.put('/api/programme/results-settings', { ...next, atRiskPercent: 95 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].field).toBe('atRiskPercent');
    expect((await admin.put('/api/programme/results-settings', { ...next, maxIndicatorsPerOutcome: 0 })).statusCode).toBe(422);
    await admin.put('/api/programme/results-settings', { maxIndicatorsPerOutcome: 3, maxIndicatorsPerPartnership: 12, onTrackPercent: 90, atRiskPercent: 60 });
  });
});
