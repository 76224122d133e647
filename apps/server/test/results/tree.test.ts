import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultDto, ResultsFrameworkDto } from '@mic/domain';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { buildChain, buildIndicator } from '../helpers/results-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A fresh partnership (Spanish, environment + participation) with its partner coordinator signed in. */
async function setup() {
  const p = await buildPartnership(t.db, { workingLanguage: 'es', purposes: ['environment', 'participation'], status: 'active' });
  const partner = await signInAs(t, { name: 'Lucía', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  return { p, partner, url: `/api/partnerships/${p.id}/results` };
}

async function create(c: Client, url: string, body: Record<string, unknown>): Promise<ResultDto> {
  const res = await c.post(url, { owner: 'partner', purpose: 'environment', ...body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('the results tree', () => {
  it('builds impact → outcome → output → activity with outline numbers, audit-logged', async () => {
    const { p, partner, url } = await setup();
    const impact = await create(partner, url, { level: 'impact', parentId: null, statement: { es: 'Comalapa más limpia y participativa', en: 'A cleaner Comalapa' } });
    const o1 = await create(partner, url, { level: 'outcome', parentId: impact.id, statement: { es: 'Más hogares separan sus residuos' } });
    const o2 = await create(partner, url, { level: 'outcome', parentId: impact.id, statement: { es: 'Más mujeres participan en el COCODE' }, purpose: 'participation' });
    const out = await create(partner, url, { level: 'output', parentId: o2.id, statement: { es: 'Talleres de liderazgo realizados' } });
    const act = await create(partner, url, { level: 'activity', parentId: out.id, statement: { es: 'Organizar cuatro talleres' }, startDate: '2025-03-01', endDate: '2025-06-30' });
    expect([impact.number, o1.number, o2.number, out.number, act.number]).toEqual(['', '1', '2', '2.1', '2.1.1']);
    expect(act).toMatchObject({ level: 'activity', depth: 3, smart: null, startDate: '2025-03-01', version: 1 });

    const framework: ResultsFrameworkDto = (await partner.get(url)).json();
    expect(framework.results.map((r) => r.id)).toEqual([impact.id, o1.id, o2.id, out.id, act.id]);
    expect(framework.firstActivityDate).toBe('2025-03-01');
    expect(framework.can).toEqual({ edit: true, approvePartnerValues: true, approveHomeValues: false, comment: true, uploadDocuments: true });
    const [entry] = await auditEntriesOf(t.db, o2.id);
    expect(entry).toMatchObject({ action: 'result.created', partnershipId: p.id, actorName: 'Lucía' });
  });

  it('refuses a wrong parent, a second impact, a statement not in the working language, a foreign purpose, dates out of order', async () => {
    const { partner, url } = await setup();
    const impact = await create(partner, url, { level: 'impact', parentId: null, statement: { es: 'Impacto' } });
    const expectCode = async (body: Record<string, unknown>, status: number, code: string, field?: string) => {
      const res = await partner.post(url, { owner: 'partner', ...body });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().code).toBe(code);
      if (field) expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await expectCode({ level: 'output', parentId: impact.id, statement: { es: 'x' } }, 422, 'RESULT_PARENT_INVALID', 'parentId');
    await expectCode({ level: 'outcome', parentId: null, statement: { es: 'x' } }, 422, 'RESULT_PARENT_INVALID', 'parentId');
    await expectCode({ level: 'outcome', parentId: '00000000-0000-4000-8000-000000000000', statement: { es: 'x' } }, 422, 'RESULT_PARENT_INVALID', 'parentId');
    await expectCode({ level: 'impact', parentId: null, statement: { es: 'Otro impacto' } }, 409, 'IMPACT_EXISTS');
    await expectCode({ level: 'outcome', parentId: impact.id, statement: { en: 'Only English' } }, 422, 'STATEMENT_REQUIRED', 'statement');
    await expectCode({ level: 'outcome', parentId: impact.id, statement: { es: 'x' }, purpose: 'accountability' }, 422, 'PURPOSE_NOT_OF_PARTNERSHIP', 'purpose');
    await expectCode({ level: 'outcome', parentId: impact.id, statement: { es: 'x' }, startDate: '2025-05-01', endDate: '2025-04-01' }, 422, 'DATES_INVALID', 'endDate');
    await expectCode({ level: 'outcome', parentId: impact.id, statement: { es: 'x' }, startDate: '2025-02-30' }, 422, 'VALIDATION_FAILED', 'startDate');
    await expectCode({ level: 'galaxy', parentId: impact.id, statement: { es: 'x' } }, 422, 'VALIDATION_FAILED', 'level');
  });

  it('says the message in the caller’s language', async () => {
    const { p, url } = await setup();
    const spanish = await signInAs(t, { language: 'es', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const res = await spanish.post(url, { level: 'outcome', parentId: null, owner: 'home', statement: { es: 'x' } });
    expect(res.json().detail).toContain('cadena de resultados');
  });

  it('edits on the version it was made on (409 on a stale one) and records before and after', async () => {
    const { partner, url } = await setup();
    const impact = await create(partner, url, { level: 'impact', parentId: null, statement: { es: 'Impacto' } });
    const edited = await partner.patch(`${url}/${impact.id}`, { statement: { es: 'Impacto nuevo', en: 'New impact' }, justification: 'Con apoyo del concejo municipal', version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ statement: { es: 'Impacto nuevo', en: 'New impact' }, version: 2 });
    const stale = await partner.patch(`${url}/${impact.id}`, { owner: 'both', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
    const same = await partner.patch(`${url}/${impact.id}`, { owner: 'partner', version: 2 });
    expect(same.json().version).toBe(2);
    const entries = await auditEntriesOf(t.db, impact.id);
    expect(entries.map((e) => e.action)).toEqual(['result.created', 'result.updated']);
    expect(entries[1]!.before).toMatchObject({ statement: { es: 'Impacto' } });
  });

  it('reorders among siblings and moves to another parent of the same level, renumbering both sides', async () => {
    const { partner, url } = await setup();
    const impact = await create(partner, url, { level: 'impact', parentId: null, statement: { es: 'Impacto' } });
    const a = await create(partner, url, { level: 'outcome', parentId: impact.id, statement: { es: 'A' } });
    const b = await create(partner, url, { level: 'outcome', parentId: impact.id, statement: { es: 'B' } });
    const c = await create(partner, url, { level: 'outcome', parentId: impact.id, statement: { es: 'C' }, position: 0 });
    const order = async () => ((await partner.get(url)).json() as ResultsFrameworkDto).results.map((r) => `${r.statement.es}${r.number}`);
    expect(await order()).toEqual(['Impacto', 'C1', 'A2', 'B3']);

    const moved = await partner.post(`${url}/${b.id}/move`, { parentId: impact.id, position: 0, version: b.version });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ number: '1', position: 0, version: 2 });
    expect(await order()).toEqual(['Impacto', 'B1', 'C2', 'A3']);

    const x = await create(partner, url, { level: 'output', parentId: a.id, statement: { es: 'X' } });
    const y = await create(partner, url, { level: 'output', parentId: a.id, statement: { es: 'Y' } });
    const toC = await partner.post(`${url}/${x.id}/move`, { parentId: c.id, position: 5, version: 1 });
    expect(toC.statusCode, toC.body).toBe(200);
    expect(await order()).toEqual(['Impacto', 'B1', 'C2', 'X2.1', 'A3', 'Y3.1']);
    expect((await partner.post(`${url}/${y.id}/move`, { parentId: impact.id, position: 0, version: 1 })).json().code).toBe('RESULT_PARENT_INVALID');
    expect((await partner.post(`${url}/${y.id}/move`, { parentId: c.id, position: 0, version: 9 })).statusCode).toBe(409);
    const [, entry] = await auditEntriesOf(t.db, x.id);
    expect(entry).toMatchObject({ action: 'result.moved', before: { parentId: a.id }, after: { parentId: c.id, position: 0 } });
  });

  it('deletes a result with data only when confirmed, and keeps what went in the log', async () => {
    const { p, partner, url } = await setup();
    const chain = await buildChain(t.db, p.id);
    await buildIndicator(t.db, p.id, chain.output.id, { values: [{ year: 2025, value: 12 }] });

    const refused = await partner.delete(`${url}/${chain.outcome.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'RESULT_HAS_DATA' });
    expect(refused.json().detail).toContain('1');

    const done = await partner.delete(`${url}/${chain.outcome.id}?confirm=true`);
    expect(done.statusCode, done.body).toBe(204);
    const framework: ResultsFrameworkDto = (await partner.get(url)).json();
    expect(framework.results.map((r) => r.id)).toEqual([chain.impact.id]);
    expect(framework.indicators).toEqual([]);
    const [entry] = (await auditEntriesOf(t.db, chain.outcome.id)).filter((e) => e.action === 'result.deleted');
    expect(entry!.before).toMatchObject({ level: 'outcome', results: [{ id: chain.output.id }], indicators: [{}], values: [{ year: 2025, value: 12 }] });

    // A leaf without indicators goes without asking.
    const leaf = await create(partner, url, { level: 'outcome', parentId: chain.impact.id, statement: { es: 'Hoja' } });
    expect((await partner.delete(`${url}/${leaf.id}?version=1`)).statusCode).toBe(204);
    expect((await partner.delete(`${url}/${leaf.id}`)).statusCode).toBe(404);
  });

  it('keeps a closed partnership’s framework as it was', async () => {
    const p = await buildPartnership(t.db, { status: 'closed' });
    const partner = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    const res = await partner.post(`/api/partnerships/${p.id}/results`, { level: 'impact', parentId: null, owner: 'partner', statement: { es: 'x' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PARTNERSHIP_CLOSED');
    expect((await partner.get(`/api/partnerships/${p.id}/results`)).json().can.edit).toBe(false);
  });
});
