import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addRisk, daysFromToday, measure, riskInput, tolerance } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function partnershipWithCoordinator(status: 'draft' | 'active' | 'closed' = 'active') {
  const p = await buildPartnership(t.db, { status });
  const coordinator = await signInAs(t, { name: 'Ana Coordinadora', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  return { p, coordinator };
}

describe('adding and reading risks', () => {
  it('adds a risk with its rating, band and response, audit-logged, and reads it back', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const res = await coordinator.post(`/api/partnerships/${p.id}/risks`, {
      ...riskInput({ probability: 3, consequence: 4, category: 'staff_turnover', origin: 'internal' }),
      response: { type: 'reduce_consequence', measures: [measure] },
    });
    expect(res.statusCode).toBe(201);
    const risk = res.json();
    expect(risk).toMatchObject({
      partnershipId: p.id,
      category: 'staff_turnover',
      origin: 'internal',
      status: 'open',
      result: null,
      initial: { probability: 3, consequence: 4, rating: 12, band: 'high' },
      current: { probability: 3, consequence: 4, rating: 12, band: 'high' },
      response: { type: 'reduce_consequence', measures: [measure] },
      tolerance: null,
      lastReviewedOn: null,
      overdue: false,
      questionsContinuation: false,
      toleranceMissing: false,
      reviewCount: 0,
      version: 1,
      reviews: [],
      can: { edit: true, markComplete: true, comment: true, export: true },
    });
    expect(risk.history).toEqual([{ on: risk.identifiedOn, kind: 'identified', probability: 3, consequence: 4, rating: 12, band: 'high' }]);
    const [entry] = await auditEntriesOf(t.db, risk.id);
    expect(entry).toMatchObject({ action: 'risk.created', entityType: 'risk', partnershipId: p.id, actorName: 'Ana Coordinadora' });
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks/${risk.id}`)).json().id).toBe(risk.id);
  });

  it('lists the register open first, highest current rating first, with heat map and counts over the whole register', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const low = await addRisk(coordinator, p.id, { description: 'low', probability: 1, consequence: 2 });
    const high = await addRisk(coordinator, p.id, { description: 'high', probability: 4, consequence: 5, response: { type: 'tolerate', measures: [] }, tolerance });
    const medium = await addRisk(coordinator, p.id, { description: 'medium', probability: 2, consequence: 3 });
    const closed = await addRisk(coordinator, p.id, { description: 'closed', probability: 5, consequence: 5, status: 'closed' });
    const old = await addRisk(coordinator, p.id, { description: 'old', probability: 1, consequence: 1, identifiedOn: daysFromToday(-500) });

    const res = await coordinator.get(`/api/partnerships/${p.id}/risks?pageSize=2`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.map((r: { id: string }) => r.id)).toEqual([high.id, medium.id]);
    expect(body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(body.counts).toEqual({ open: 4, closed: 1, high: 1, overdue: 1, toleranceDocumented: 1 });
    expect(body.heatMap).toHaveLength(25);
    const cell = (pr: number, c: number) => body.heatMap.find((x: { probability: number; consequence: number }) => x.probability === pr && x.consequence === c);
    expect(cell(4, 5)).toMatchObject({ count: 1, riskIds: [high.id], rating: 20, band: 'high' });
    expect(cell(5, 5)).toMatchObject({ count: 0 });
    expect(body.heatMap.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(4);
    expect(body.settings.thresholds).toEqual({ mediumFrom: 5, highFrom: 10 });
    expect(body.register).toMatchObject({ state: 'draft', violations: [], completable: true, version: 1 });

    const page2 = (await coordinator.get(`/api/partnerships/${p.id}/risks?pageSize=2&page=2`)).json();
    expect(page2.items.map((r: { id: string }) => r.id)).toEqual([low.id, old.id]);
    const page3 = (await coordinator.get(`/api/partnerships/${p.id}/risks?pageSize=2&page=3`)).json();
    expect(page3.items.map((r: { id: string }) => r.id)).toEqual([closed.id]);

    const filtered = (await coordinator.get(`/api/partnerships/${p.id}/risks?status=open&band=low`)).json();
    expect(filtered.items.map((r: { id: string }) => r.id)).toEqual([low.id, old.id]);
    expect(filtered.items[1].overdue).toBe(true);
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks?category=security`)).json().total).toBe(0);
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks?band=extreme`)).statusCode).toBe(422);
  });

  it('refuses what does not fit, with the field', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const url = `/api/partnerships/${p.id}/risks`;
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ probability: 6 }, 422, 'VALIDATION_FAILED', 'probability'],
      [{ consequence: 2.5 }, 422, 'VALIDATION_FAILED', 'consequence'],
      [{ probability: '3' }, 422, 'VALIDATION_FAILED', 'probability'],
      [{ category: 'weather' }, 422, 'VALIDATION_FAILED', 'category'],
      [{ description: '   ' }, 422, 'VALIDATION_FAILED', 'description'],
      [{ identifiedOn: '2026-02-30' }, 422, 'VALIDATION_FAILED', 'identifiedOn'],
      [{ identifiedOn: daysFromToday(2) }, 422, 'RISK_DATE_IN_FUTURE', 'identifiedOn'],
      [{ tolerance: { ...tolerance, acceptedOn: daysFromToday(3) } }, 422, 'RISK_DATE_IN_FUTURE', 'tolerance.acceptedOn'],
      [{ tolerance: { ...tolerance, acceptedBy: '' } }, 422, 'VALIDATION_FAILED', 'tolerance.acceptedBy'],
      [{ resultId: 'not-a-result' }, 422, 'RISK_RESULT_NOT_FOUND', 'resultId'],
      [{ response: { type: 'reduce_probability', measures: [{ action: 'x', responsible: '', dueDate: null }] } }, 422, 'VALIDATION_FAILED', 'response.measures.0.responsible'],
    ];
    for (const [over, status, code, field] of cases) {
      const res = await coordinator.post(url, riskInput(over));
      expect([res.statusCode, res.json().code, res.json().errors[0]?.field], JSON.stringify(over)).toEqual([status, code, field]);
    }
    expect((await coordinator.get(url)).json().total).toBe(0);
  });

  it('changes a risk on its version, keeps the current rating of a reviewed risk, and audit-logs before and after', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const risk = await addRisk(coordinator, p.id, { probability: 2, consequence: 2 });
    const url = `/api/partnerships/${p.id}/risks/${risk.id}`;
    const changed = await coordinator.patch(url, { probability: 3, owner: 'Finance officer', version: 1 });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ owner: 'Finance officer', initial: { rating: 6 }, current: { rating: 6 }, version: 2 });
    const stale = await coordinator.patch(url, { owner: 'Someone else', version: 1 });
    expect([stale.statusCode, stale.json().code, stale.json().errors[0].field]).toEqual([409, 'CONFLICT', 'version']);
    // unchanged: no new version, no audit entry
    expect((await coordinator.patch(url, { owner: 'Finance officer', version: 2 })).json().version).toBe(2);

    await coordinator.post(`${url}/reviews`, { reviewedOn: daysFromToday(-1), probability: 4, consequence: 4, assumptionStatus: 'partly_holds', correctiveAction: '' });
    const afterReview = (await coordinator.patch(url, { probability: 1, version: 3 })).json();
    expect(afterReview).toMatchObject({ initial: { probability: 1, rating: 2 }, current: { rating: 16, band: 'high' } });

    const entries = await auditEntriesOf(t.db, risk.id);
    expect(entries.map((e) => e.action)).toEqual(['risk.created', 'risk.updated', 'risk.reviewed', 'risk.updated']);
    expect(entries[1]).toMatchObject({ before: expect.objectContaining({ owner: 'Partner coordinator', probability: 2 }), after: expect.objectContaining({ owner: 'Finance officer', probability: 3 }) });
  });

  it('replaces the response and removes the tolerance with null', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const risk = await addRisk(coordinator, p.id, { response: { type: 'tolerate', measures: [] }, tolerance });
    const url = `/api/partnerships/${p.id}/risks/${risk.id}`;
    const res = await coordinator.patch(url, { tolerance: null, response: { type: 'reduce_probability', measures: [measure] }, version: 1 });
    expect(res.json()).toMatchObject({ tolerance: null, response: { type: 'reduce_probability', measures: [measure] } });
  });

  it('deletes a risk with its reviews, audit-logged; a risk of another partnership is not found', async () => {
    const { p, coordinator } = await partnershipWithCoordinator();
    const other = await partnershipWithCoordinator();
    const risk = await addRisk(coordinator, p.id);
    const foreign = await addRisk(other.coordinator, other.p.id);
    await coordinator.post(`/api/partnerships/${p.id}/risks/${risk.id}/reviews`, { reviewedOn: daysFromToday(0), probability: 1, consequence: 1, assumptionStatus: 'holds' });
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks/${foreign.id}`)).statusCode).toBe(404);
    expect((await coordinator.patch(`/api/partnerships/${p.id}/risks/${foreign.id}`, { owner: 'x', version: 1 })).statusCode).toBe(404);
    expect((await coordinator.delete(`/api/partnerships/${p.id}/risks/${foreign.id}`)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks/not-a-uuid`)).statusCode).toBe(404);

    expect((await coordinator.delete(`/api/partnerships/${p.id}/risks/${risk.id}`)).statusCode).toBe(204);
    expect((await coordinator.get(`/api/partnerships/${p.id}/risks/${risk.id}`)).statusCode).toBe(404);
    expect((await auditEntriesOf(t.db, risk.id)).map((e) => e.action)).toEqual(['risk.created', 'risk.reviewed', 'risk.deleted']);
    expect((await other.coordinator.get(`/api/partnerships/${other.p.id}/risks/${foreign.id}`)).statusCode).toBe(200);
  });

  it('links a risk to a result of the partnership’s framework, shown by its statement in the caller’s language', async () => {
    const { results } = await import('../../src/db/schema');
    const { p, coordinator } = await partnershipWithCoordinator();
    const other = await buildPartnership(t.db);
    const result = async (partnershipId: string) =>
      (
        await t.db
          .insert(results)
          .values({ partnershipId, level: 'impact', position: 0, owner: 'both', statement: { en: 'Less waste in the lake', es: 'Menos basura en el lago' } })
          .returning()
      )[0]!;
    const own = await result(p.id);
    const foreign = await result(other.id);
    const res = await coordinator.post(`/api/partnerships/${p.id}/risks`, riskInput({ resultId: own.id }));
    expect(res.json().result).toEqual({ id: own.id, title: 'Less waste in the lake' });
    const spanish = await coordinator.withLanguage('es').get(`/api/partnerships/${p.id}/risks`);
    expect(spanish.json().items[0].result).toEqual({ id: own.id, title: 'Less waste in the lake' });
    const viewerEs = await signInAs(t, { language: 'es', memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    expect((await viewerEs.get(`/api/partnerships/${p.id}/risks`)).json().items[0].result.title).toBe('Menos basura en el lago');
    const bad = await coordinator.post(`/api/partnerships/${p.id}/risks`, riskInput({ resultId: foreign.id }));
    expect([bad.statusCode, bad.json().code, bad.json().errors[0].field]).toEqual([422, 'RISK_RESULT_NOT_FOUND', 'resultId']);
    const unlinked = await coordinator.patch(`/api/partnerships/${p.id}/risks/${res.json().id}`, { resultId: null, version: 1 });
    expect(unlinked.json().result).toBeNull();
  });

  it('keeps a closed partnership’s register as it was', async () => {
    const { p, coordinator } = await partnershipWithCoordinator('active');
    const risk = await addRisk(coordinator, p.id);
    const { partnerships } = await import('../../src/db/schema');
    const { eq } = await import('drizzle-orm');
    await t.db.update(partnerships).set({ status: 'closed' }).where(eq(partnerships.id, p.id));
    const url = `/api/partnerships/${p.id}/risks`;
    expect((await coordinator.post(url, riskInput())).json().code).toBe('PARTNERSHIP_CLOSED');
    expect((await coordinator.patch(`${url}/${risk.id}`, { owner: 'x', version: 1 })).statusCode).toBe(409);
    expect((await coordinator.delete(`${url}/${risk.id}`)).statusCode).toBe(409);
    expect((await coordinator.put(`${url}/register`, { state: 'complete', version: 1 })).statusCode).toBe(409);
    const read = (await coordinator.get(url)).json();
    expect(read.total).toBe(1);
    expect(read.can).toEqual({ edit: false, markComplete: false, comment: true, export: true });
  });
});
