import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount } from '../helpers/sign-in-as';
import { clients, freshDocument, freshFramework, freshPartnership, freshRisk, pdf, setUp, t, tearDown } from './role-matrix.support';

/**
 * A coordinator of one partnership cannot reach another partnership's objects by putting their ids
 * under the path of the partnership they belong to: every such request is 404 and nothing changes.
 * (The role matrix covers the plain case, another partnership's id in the path.)
 */
beforeAll(setUp);
afterAll(tearDown);

describe('another partnership\'s objects under one\'s own partnership', () => {
  it('answers 404 for each, and writes nothing', async () => {
    const caller = clients.outsider;
    const own = await buildPartnership(t.db, { members: [{ userId: caller.user!.id, role: 'partner_coordinator' }] });
    const mine = `/api/partnerships/${own.id}`;
    expect((await caller.get(`${mine}/risks`)).statusCode).toBe(200);
    // The other partnership's objects (the caller is no member there).
    const { risk } = await freshRisk();
    const f = await freshFramework();
    const documentId = (await freshDocument()).split('/').pop()!;
    const other = await freshPartnership();
    const meeting = await clients.admin.post(`/api/partnerships/${other.id}/meetings`, {
      meetingDate: '2025-11-20', place: 'Stord', participants: [{ name: 'Kari Nordmann', organisation: 'Stord kommune' }], progressReviewed: 'On track.', decisions: [{ kind: 'approve_work_plan', text: 'Approved.' }], minutesDocumentId: null,
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const meetingId = meeting.json().id as string;
    const value = `${mine}/indicators/${f.indicator.id}/values`;
    const upload = { 'content-type': 'application/pdf' };

    const before = await auditCount(t.db);
    const probes: [string, string, unknown?, Record<string, string>?][] = [
      ['GET', `${mine}/risks/${risk.id}`],
      ['PATCH', `${mine}/risks/${risk.id}`, { owner: 'Stolen', version: 1 }],
      ['DELETE', `${mine}/risks/${risk.id}`],
      ['POST', `${mine}/risks/${risk.id}/reviews`, { reviewedOn: '2026-06-01', probability: 1, consequence: 1, assumptionStatus: 'holds' }],
      ['PATCH', `${mine}/results/${f.chain.output.id}`, { justification: 'Stolen', version: 1 }],
      ['POST', `${mine}/results/${f.chain.outcome.id}/move`, { parentId: f.chain.impact.id, position: 1, version: 1 }],
      ['DELETE', `${mine}/results/${f.chain.output.id}`],
      ['POST', `${mine}/results/${f.chain.output.id}/indicators`, { name: { es: 'Indicador' }, kind: 'quantitative' }],
      ['PATCH', `${mine}/indicators/${f.indicator.id}`, { unit: 'stolen', version: 1 }],
      ['DELETE', `${mine}/indicators/${f.indicator.id}?confirm=true`],
      ['PUT', `${mine}/indicators/${f.indicator.id}/baseline`, { value: 3, date: '2024-12-01', version: 1 }],
      ['PUT', `${mine}/indicators/${f.indicator.id}/targets`, { targets: [{ year: 2025, value: 20 }], endTarget: 60, version: 1 }],
      ['PUT', `${value}/2026`, { value: 9 }],
      ['DELETE', `${value}/2025?version=1`],
      ['POST', `${value}/2025/submit`, { version: 1 }],
      ['GET', `${mine}/documents/${documentId}`],
      ['GET', `${mine}/documents/${documentId}/content`],
      ['GET', `${mine}/documents/${documentId}/versions`],
      ['PATCH', `${mine}/documents/${documentId}`, { category: 'baseline_study', language: 'es' }],
      ['POST', `${mine}/documents/${documentId}/versions?fileName=x.pdf`, pdf, upload],
      ['GET', `${mine}/meetings/${meetingId}`],
      ['DELETE', `${mine}/meetings/${meetingId}`],
      ['GET', `${mine}/comments?entityType=risk&entityId=${risk.id}`],
      ['POST', `${mine}/comments`, { entityType: 'indicator', entityId: f.indicator.id, body: 'Peeking' }],
    ];
    const wrong: string[] = [];
    for (const [method, url, payload, headers] of probes) {
      const res = await caller.request({ method: method as 'GET', url, payload: payload as never, headers });
      if (res.statusCode !== 404) wrong.push(`${method} ${url.replace(mine, '…')}: ${res.statusCode} ${res.body.slice(0, 100)}`);
    }
    expect(wrong).toEqual([]);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('does not take another partnership\'s document as the minutes of one\'s own meeting', async () => {
    const caller = clients.outsider;
    const own = await buildPartnership(t.db, { members: [{ userId: caller.user!.id, role: 'partner_coordinator' }] });
    const documentId = (await freshDocument()).split('/').pop()!;
    const res = await caller.post(`/api/partnerships/${own.id}/meetings`, {
      meetingDate: '2025-11-20', place: 'Stord', participants: [{ name: 'Kari Nordmann', organisation: 'Stord kommune' }], progressReviewed: 'On track.', decisions: [{ kind: 'approve_work_plan', text: 'Approved.' }], minutesDocumentId: documentId,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'minutesDocumentId' })]);
    const list = await caller.get(`/api/partnerships/${own.id}/meetings`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([]);
  });
});
