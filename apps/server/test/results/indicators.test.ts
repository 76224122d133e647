import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorDto } from '@mic/domain';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator, buildResult } from '../helpers/results-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setup() {
  const p = await buildPartnership(t.db, { workingLanguage: 'es', startYear: 2025, status: 'active' });
  const home = await signInAs(t, { name: 'Ingrid', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const chain = await buildChain(t.db, p.id);
  return { p, home, chain, base: `/api/partnerships/${p.id}` };
}

async function createIndicator(c: Client, base: string, resultId: string, body: Record<string, unknown>): Promise<IndicatorDto> {
  const res = await c.post(`${base}/results/${resultId}/indicators`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('indicators', () => {
  it('creates quantitative and qualitative indicators, normalised, in position order, audit-logged', async () => {
    const { p, home, chain, base } = await setup();
    const pct = await createIndicator(home, base, chain.outcome.id, {
      name: { es: 'Hogares con recolección semanal', en: 'Households with weekly collection' },
      kind: 'quantitative',
      measure: 'percentage',
      unit: 'hogares',
      aggregation: 'per_year',
    });
    expect(pct).toMatchObject({ kind: 'quantitative', measure: 'percentage', unit: '%', direction: 'ascending', scale: null, baseline: null, targets: [], values: [], position: 0, version: 1 });
    expect(pct.progress.status).toBe('no_data');
    expect(pct.tracking).toHaveLength(3);

    const scale = [
      { value: 1, label: { es: 'No existe' } },
      { value: 2, label: { es: 'En formación' } },
      { value: 3, label: { es: 'Funciona' } },
    ];
    const qual = await createIndicator(home, base, chain.outcome.id, {
      name: { es: 'Comité ciudadano' },
      kind: 'qualitative',
      measure: 'number',
      unit: 'x',
      aggregation: 'cumulative',
      scale,
      position: 0,
    });
    expect(qual).toMatchObject({ measure: null, unit: null, aggregation: 'per_year', scale, position: 0 });
    const f = (await home.get(`${base}/results`)).json();
    expect(f.indicators.map((i: IndicatorDto) => [i.id, i.position])).toEqual([
      [qual.id, 0],
      [pct.id, 1],
    ]);
    const [entry] = await auditEntriesOf(t.db, qual.id);
    expect(entry).toMatchObject({ action: 'indicator.created', partnershipId: p.id, actorName: 'Ingrid' });
  });

  it('refuses an indicator on an activity, a scale that is not one, a name not in the working language', async () => {
    const { home, chain, base } = await setup();
    const activity = await buildResult(t.db, chain.output.partnershipId, { level: 'activity', parentId: chain.output.id });
    const onActivity = await home.post(`${base}/results/${activity.id}/indicators`, { name: { es: 'x' }, kind: 'quantitative' });
    expect(onActivity.json()).toMatchObject({ status: 422, code: 'INDICATOR_LEVEL_INVALID', errors: [{ field: 'resultId' }] });
    const badScale = await home.post(`${base}/results/${chain.output.id}/indicators`, { name: { es: 'x' }, kind: 'qualitative', scale: [{ value: 1, label: { es: 'uno' } }] });
    expect(badScale.json()).toMatchObject({ code: 'SCALE_INVALID', errors: [{ field: 'scale' }] });
    const english = await home.post(`${base}/results/${chain.output.id}/indicators`, { name: { en: 'x' }, kind: 'quantitative' });
    expect(english.json()).toMatchObject({ code: 'STATEMENT_REQUIRED', errors: [{ field: 'name' }] });
    expect((await home.post(`${base}/results/00000000-0000-4000-8000-000000000000/indicators`, { name: { es: 'x' }, kind: 'quantitative' })).statusCode).toBe(404);
  });

  it('edits, reorders and moves an indicator; a definition must still fit its data', async () => {
    const { p, home, chain, base } = await setup();
    const a = await buildIndicator(t.db, p.id, chain.outcome.id, { position: 0, values: [{ year: 2025, value: 150 }] });
    const b = await buildIndicator(t.db, p.id, chain.outcome.id, { position: 1 });
    const url = (id: string) => `${base}/indicators/${id}`;

    const renamed = await home.patch(url(a.id), { name: { es: 'Hogares atendidos' }, definition: 'Hogares con al menos una recolección por semana', version: 1 });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: { es: 'Hogares atendidos' }, version: 2 });
    expect((await home.patch(url(a.id), { unit: 'casas', version: 1 })).statusCode).toBe(409);

    const toPct = await home.patch(url(a.id), { measure: 'percentage', version: 2 });
    expect(toPct.json()).toMatchObject({ code: 'VALUE_OUT_OF_RANGE', errors: [{ field: 'measure' }] });

    const first = await home.patch(url(b.id), { position: 0, version: 1 });
    expect(first.json().position).toBe(0);
    const moved = await home.patch(url(a.id), { resultId: chain.output.id, version: 2 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ resultId: chain.output.id, position: 0, version: 3 });
    const f = (await home.get(`${base}/results`)).json();
    expect(f.indicators.map((i: IndicatorDto) => [i.resultId, i.position])).toEqual([
      [chain.outcome.id, 0],
      [chain.output.id, 0],
    ]);
  });

  it('records a baseline (with its study document) and flags one dated after the first activity', async () => {
    const { p, home, chain, base } = await setup();
    await buildResult(t.db, p.id, { level: 'activity', parentId: chain.output.id, startDate: '2025-03-01' });
    const i = await buildIndicator(t.db, p.id, chain.outcome.id, { baseline: null });
    const upload = await home.request({ method: 'POST', url: `${base}/documents?fileName=linea-de-base.pdf`, payload: Buffer.from('%PDF-1.4 baseline study'), headers: { 'content-type': 'application/pdf' } });
    expect(upload.statusCode, upload.body).toBe(201);
    const doc = upload.json();

    const set = await home.put(`${base}/indicators/${i.id}/baseline`, { value: 35, date: '2025-04-02', source: 'Encuesta de hogares 2025', documentId: doc.id, version: 1 });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().baseline).toEqual({
      value: 35,
      description: null,
      date: '2025-04-02',
      source: 'Encuesta de hogares 2025',
      document: { id: doc.id, fileName: 'linea-de-base.pdf', mediaType: 'application/pdf', size: doc.size },
      afterFirstActivity: true,
    });
    const f = (await home.get(`${base}/results`)).json();
    expect(f.warnings).toContainEqual({ code: 'BASELINE_AFTER_FIRST_ACTIVITY', resultId: chain.outcome.id, indicatorId: i.id, params: { baselineDate: '2025-04-02', firstActivityDate: '2025-03-01' } });

    const missing = await home.put(`${base}/indicators/${i.id}/baseline`, { value: null, date: '2025-01-01', version: 2 });
    expect(missing.json()).toMatchObject({ code: 'BASELINE_VALUE_REQUIRED', errors: [{ field: 'value' }] });
    const other = await buildPartnership(t.db);
    const foreign = await home.put(`${base}/indicators/${i.id}/baseline`, { value: 1, date: '2025-01-01', documentId: other.id, version: 2 });
    expect(foreign.json()).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', errors: [{ field: 'documentId' }] });

    const removed = await home.delete(`${base}/indicators/${i.id}/baseline?version=2`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ baseline: null, version: 3 });
    expect((await auditEntriesOf(t.db, i.id)).map((e) => e.action)).toEqual(['indicator.baseline_set', 'indicator.baseline_removed']);
  });

  it('takes a described baseline for a qualitative indicator', async () => {
    const { p, home, chain, base } = await setup();
    const scale = [
      { value: 1, label: { es: 'No' } },
      { value: 2, label: { es: 'Sí' } },
    ];
    const q = await buildIndicator(t.db, p.id, chain.outcome.id, { kind: 'qualitative', scale, baseline: null, endTarget: 2 });
    const res = await home.put(`${base}/indicators/${q.id}/baseline`, { value: null, description: 'No hay comité todavía', date: '2024-12-01', version: 1 });
    expect(res.json().baseline).toMatchObject({ value: null, description: 'No hay comité todavía' });
    expect((await home.put(`${base}/indicators/${q.id}/baseline`, { value: 4, date: '2024-12-01', version: 2 })).json().code).toBe('VALUE_OUT_OF_RANGE');
  });

  it('sets targets per year and an end target; a cumulative period target above the end is refused, naming the year', async () => {
    const { p, home, chain, base } = await setup();
    const i = await buildIndicator(t.db, p.id, chain.outcome.id, { aggregation: 'cumulative' });
    const url = `${base}/indicators/${i.id}/targets`;
    const bad = await home.put(url, { targets: [{ year: 2025, value: 40 }, { year: 2026, value: 120 }], endTarget: 100, version: 1 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json()).toMatchObject({ code: 'TARGET_EXCEEDS_END_TARGET', errors: [{ field: 'targets.1.value' }] });
    expect(bad.json().detail).toContain('2026');

    const outside = await home.put(url, { targets: [{ year: 2029, value: 40 }], endTarget: 100, version: 1 });
    expect(outside.json()).toMatchObject({ code: 'YEAR_OUTSIDE_PERIOD', errors: [{ field: 'targets.0.year' }] });

    const ok = await home.put(url, { targets: [{ year: 2026, value: 70 }, { year: 2025, value: 40 }], endTarget: 100, version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ targets: [{ year: 2025, value: 40 }, { year: 2026, value: 70 }], endTarget: 100, version: 2 });
    expect(ok.json().tracking.map((y: { target: number }) => y.target)).toEqual([40, 70, 100]);
    const [entry] = await auditEntriesOf(t.db, i.id);
    expect(entry).toMatchObject({ action: 'indicator.targets_set', before: { targets: [], endTarget: 50 }, after: { endTarget: 100 } });
    expect((await home.put(url, { targets: [], endTarget: null, version: 1 })).statusCode).toBe(409);
  });

  it('deletes an indicator with values only when confirmed', async () => {
    const { p, home, chain, base } = await setup();
    const i = await buildIndicator(t.db, p.id, chain.outcome.id, { values: [{ year: 2025, value: 3 }, { year: 2026, value: 4 }] });
    const refused = await home.delete(`${base}/indicators/${i.id}`);
    expect(refused.json()).toMatchObject({ status: 409, code: 'INDICATOR_HAS_DATA' });
    expect(refused.json().detail).toContain('2');
    expect((await home.delete(`${base}/indicators/${i.id}?confirm=true`)).statusCode).toBe(204);
    const [entry] = (await auditEntriesOf(t.db, i.id)).filter((e) => e.action === 'indicator.deleted');
    expect(entry!.before).toMatchObject({ values: [{ year: 2025, value: 3 }, { year: 2026, value: 4 }] });
    const empty = await buildIndicator(t.db, p.id, chain.outcome.id);
    expect((await home.delete(`${base}/indicators/${empty.id}`)).statusCode).toBe(204);
  });

  it('lets neither the programme office nor a viewer edit indicators', async () => {
    const { p, chain, base } = await setup();
    const officer = await signInAs(t, { globalRole: 'programme_officer' });
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    for (const c of [officer, viewer]) {
      expect((await c.post(`${base}/results/${chain.outcome.id}/indicators`, { name: { es: 'x' }, kind: 'quantitative' })).statusCode).toBe(403);
    }
  });
});
