import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { addRisk, daysFromToday } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function setup() {
  const p = await buildPartnership(t.db, { status: 'active' });
  const coordinator = await signInAs(t, { name: 'Kari Koordinator', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  return { p, coordinator, url: `/api/partnerships/${p.id}/risks` };
}

const review = (over: Record<string, unknown> = {}) => ({
  reviewedOn: daysFromToday(-10),
  probability: 3,
  consequence: 3,
  assumptionStatus: 'partly_holds',
  correctiveAction: 'Train a deputy for the waste unit',
  ...over,
});

describe('monitoring a risk', () => {
  it('a review sets the current rating, and the history lists the ratings oldest first', async () => {
    const { coordinator, url, p } = await setup();
    const risk = await addRisk(coordinator, p.id, { identifiedOn: daysFromToday(-400), probability: 2, consequence: 2 });
    const res = await coordinator.post(`${url}/${risk.id}/reviews`, review());
    expect(res.statusCode).toBe(201);
    const detail = res.json();
    expect(detail).toMatchObject({ current: { probability: 3, consequence: 3, rating: 9, band: 'medium' }, initial: { rating: 4 }, lastReviewedOn: daysFromToday(-10), reviewCount: 1, version: 2 });
    expect(detail.reviews[0]).toMatchObject({ reviewedOn: daysFromToday(-10), rating: 9, band: 'medium', assumptionStatus: 'partly_holds', correctiveAction: 'Train a deputy for the waste unit', reviewerName: 'Kari Koordinator' });

    // a review dated before the newest is history, not the current rating
    const older = (await coordinator.post(`${url}/${risk.id}/reviews`, review({ reviewedOn: daysFromToday(-200), probability: 5, consequence: 5 }))).json();
    expect(older).toMatchObject({ current: { rating: 9 }, lastReviewedOn: daysFromToday(-10), reviewCount: 2 });
    expect(older.reviews.map((r: { reviewedOn: string }) => r.reviewedOn)).toEqual([daysFromToday(-10), daysFromToday(-200)]);
    expect(older.history.map((h: { kind: string; rating: number }) => [h.kind, h.rating])).toEqual([
      ['identified', 4],
      ['review', 25],
      ['review', 9],
    ]);
    // the same day again: the later entry wins
    const sameDay = (await coordinator.post(`${url}/${risk.id}/reviews`, review({ probability: 1, consequence: 1, assumptionStatus: 'holds' }))).json();
    expect(sameDay.current.rating).toBe(1);
    expect((await auditEntriesOf(t.db, risk.id)).filter((e) => e.action === 'risk.reviewed')).toHaveLength(3);
  });

  it('flags a risk overdue when not reviewed within the interval, and a review clears it', async () => {
    const { coordinator, url, p } = await setup();
    const risk = await addRisk(coordinator, p.id, { identifiedOn: daysFromToday(-380) });
    expect(risk).toMatchObject({ overdue: true });
    const fresh = await addRisk(coordinator, p.id, { identifiedOn: daysFromToday(-300) });
    expect(fresh.overdue).toBe(false);
    const reviewed = (await coordinator.post(`${url}/${risk.id}/reviews`, review({ reviewedOn: daysFromToday(-2) }))).json();
    expect(reviewed.overdue).toBe(false);
    expect(reviewed.nextReviewDue > daysFromToday(300)).toBe(true);
    const closedLate = await addRisk(coordinator, p.id, { identifiedOn: daysFromToday(-900), status: 'closed' });
    expect(closedLate.overdue).toBe(false);
  });

  it('refuses a review dated in the future or before the risk was identified, and an identification after a review', async () => {
    const { coordinator, url, p } = await setup();
    const risk = await addRisk(coordinator, p.id, { identifiedOn: daysFromToday(-50) });
    for (const reviewedOn of [daysFromToday(1), daysFromToday(-51)]) {
      const res = await coordinator.post(`${url}/${risk.id}/reviews`, review({ reviewedOn }));
      expect([res.statusCode, res.json().code, res.json().errors[0].field]).toEqual([422, 'RISK_REVIEW_DATE_INVALID', 'reviewedOn']);
    }
    const bad = await coordinator.post(`${url}/${risk.id}/reviews`, review({ assumptionStatus: 'maybe' }));
    expect([bad.statusCode, bad.json().errors[0].field]).toEqual([422, 'assumptionStatus']);
    await coordinator.post(`${url}/${risk.id}/reviews`, review({ reviewedOn: daysFromToday(-40) }));
    const moved = await coordinator.patch(`${url}/${risk.id}`, { identifiedOn: daysFromToday(-30), version: 2 });
    expect([moved.statusCode, moved.json().code, moved.json().errors[0].field]).toEqual([422, 'RISK_REVIEW_DATE_INVALID', 'identifiedOn']);
    expect((await coordinator.get(`${url}/${risk.id}`)).json().reviewCount).toBe(1);
  });
});
