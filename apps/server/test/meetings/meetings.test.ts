import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documents, partnerships } from '../../src/db/schema';
import { buildDocument, partnershipWithCoordinators } from '../applications/helpers';
import { createTestApp, type TestContext } from '../helpers/app';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2027-03-10T09:00:00Z') });
});
afterAll(() => t.close());

/** A valid meeting (the partnership runs 2027–2029); override what the test is about. */
function meeting(over: Record<string, unknown> = {}) {
  return {
    meetingDate: '2027-11-20',
    place: 'San Juan Comalapa',
    participants: [
      { name: 'Kari Nordmann', organisation: 'Stord kommune' },
      { name: 'Ana López', organisation: 'Municipalidad de San Juan Comalapa' },
    ],
    progressReviewed: 'Water committees trained in four villages; tariff study delayed.',
    decisions: [{ kind: 'approve_work_plan', text: 'The 2028 work plan is approved.' }],
    minutesDocumentId: null,
    ...over,
  };
}

async function minutesOf(partnershipId: string, category = 'annual_meeting_minutes') {
  await buildDocument(t.db, partnershipId, category);
  const [doc] = await t.db.select({ id: documents.id }).from(documents).where(eq(documents.partnershipId, partnershipId));
  return doc!.id;
}

describe('recording annual meetings', () => {
  it('records a meeting with its minutes, lists it newest first and shows it to the partner, with an audit entry', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    const minutesId = await minutesOf(p.id);
    const res = await home.post(`/api/partnerships/${p.id}/meetings`, meeting({ minutesDocumentId: minutesId }));
    expect(res.statusCode).toBe(201);
    const m = res.json();
    expect(m).toMatchObject({
      partnershipId: p.id,
      meetingDate: '2027-11-20',
      place: 'San Juan Comalapa',
      decisions: [{ kind: 'approve_work_plan', text: 'The 2028 work plan is approved.' }],
      minutes: { id: minutesId, fileName: 'annual_meeting_minutes.pdf', url: `/api/partnerships/${p.id}/documents/${minutesId}/content` },
      version: 1,
      createdByName: 'Kari Nordmann',
      can: { edit: true, delete: true },
    });
    expect(m.participants).toHaveLength(2);
    const [entry] = await auditEntriesOf(t.db, m.id);
    expect(entry).toMatchObject({ action: 'meeting.created', entityType: 'annual_meeting', partnershipId: p.id });

    await home.post(`/api/partnerships/${p.id}/meetings`, meeting({ meetingDate: '2028-11-18', decisions: [] }));
    const list = await partner.get(`/api/partnerships/${p.id}/meetings?pageSize=1`);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 2, page: 1, pageSize: 1, can: { record: true }, items: [{ meetingDate: '2028-11-18' }] });
    const detail = await partner.get(`/api/partnerships/${p.id}/meetings/${m.id}`);
    expect(detail.json()).toMatchObject({ id: m.id, can: { edit: true, delete: false } });
  });

  it('refuses a date far outside the project period, no participants, empty progress, too many decisions and bad dates', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const post = (over: Record<string, unknown>) => home.post(`/api/partnerships/${p.id}/meetings`, meeting(over));
    const outside = await post({ meetingDate: '2031-01-15' });
    expect(outside.statusCode).toBe(422);
    expect(outside.json()).toMatchObject({ code: 'YEAR_OUTSIDE_PERIOD', errors: [{ field: 'meetingDate' }] });
    expect((await post({ meetingDate: '2026-06-01' })).statusCode).toBe(201);
    expect((await post({ meetingDate: '2030-12-31' })).statusCode).toBe(201);
    for (const bad of [{ participants: [] }, { progressReviewed: '  ' }, { place: '' }, { meetingDate: '2027-02-30' }, { decisions: Array.from({ length: 21 }, () => ({ kind: 'other', text: 'x' })) }, { decisions: [{ kind: 'dance', text: 'x' }] }]) {
      const res = await post(bad);
      expect(res.statusCode, JSON.stringify(bad)).toBe(422);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('accepts as minutes only annual meeting minutes of this partnership', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const other = await partnershipWithCoordinators(t);
    const foreign = await minutesOf(other.p.id);
    const wrongCategory = await minutesOf(p.id, 'audit_report');
    for (const id of [foreign, wrongCategory, '00000000-0000-4000-8000-000000000000']) {
      const res = await home.post(`/api/partnerships/${p.id}/meetings`, meeting({ minutesDocumentId: id }));
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', errors: [{ field: 'minutesDocumentId' }] });
    }
  });

  it('corrects a meeting on the version seen, refuses a stale one, and audits the change', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    const m = (await home.post(`/api/partnerships/${p.id}/meetings`, meeting())).json();
    const put = (client: typeof home, over: Record<string, unknown>, version: number) => client.put(`/api/partnerships/${p.id}/meetings/${m.id}`, meeting({ ...over, version }));
    const saved = await put(partner, { place: 'Stord', decisions: [{ kind: 'approve_budget', text: 'Budget 2028 approved.' }] }, 1);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ place: 'Stord', version: 2, decisions: [{ kind: 'approve_budget' }] });
    const stale = await put(home, { place: 'Bergen' }, 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'version' }] });
    const entries = await auditEntriesOf(t.db, m.id);
    expect(entries.map((e) => e.action)).toEqual(['meeting.created', 'meeting.updated']);
    expect(entries[1]).toMatchObject({ before: { place: 'San Juan Comalapa' }, after: { place: 'Stord', version: 2 } });
    expect((await home.get(`/api/partnerships/${p.id}/meetings/${m.id}`)).json().place).toBe('Stord');
  });

  it('lets the recorder and the programme office remove a meeting, not the other coordinator', async () => {
    const { p, home, partner } = await partnershipWithCoordinators(t);
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    const a = (await home.post(`/api/partnerships/${p.id}/meetings`, meeting())).json();
    const b = (await home.post(`/api/partnerships/${p.id}/meetings`, meeting())).json();
    expect((await partner.delete(`/api/partnerships/${p.id}/meetings/${a.id}`)).statusCode).toBe(403);
    expect((await home.delete(`/api/partnerships/${p.id}/meetings/${a.id}`)).statusCode).toBe(204);
    expect((await office.delete(`/api/partnerships/${p.id}/meetings/${b.id}`)).statusCode).toBe(204);
    expect((await home.get(`/api/partnerships/${p.id}/meetings/${a.id}`)).statusCode).toBe(404);
    expect((await auditEntriesOf(t.db, b.id)).map((e) => e.action)).toEqual(['meeting.created', 'meeting.deleted']);
  });

  it('hides meetings from outsiders and keeps readers from writing', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const m = (await home.post(`/api/partnerships/${p.id}/meetings`, meeting())).json();
    const outsider = await signInAs(t, { name: 'Outsider' });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    expect((await outsider.get(`/api/partnerships/${p.id}/meetings`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/partnerships/${p.id}/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await outsider.post(`/api/partnerships/${p.id}/meetings`, meeting())).statusCode).toBe(404);
    expect((await auditor.get(`/api/partnerships/${p.id}/meetings`)).json()).toMatchObject({ total: 1, can: { record: false }, items: [{ can: { edit: false, delete: false } }] });
    expect((await auditor.post(`/api/partnerships/${p.id}/meetings`, meeting())).statusCode).toBe(403);
    const other = await partnershipWithCoordinators(t);
    expect((await other.home.get(`/api/partnerships/${other.p.id}/meetings/${m.id}`)).statusCode).toBe(404);
    expect((await home.get(`/api/partnerships/${p.id}/meetings/not-a-uuid`)).statusCode).toBe(404);
  });

  it('keeps the meetings of a closed partnership as they are', async () => {
    const { p, home } = await partnershipWithCoordinators(t);
    const m = (await home.post(`/api/partnerships/${p.id}/meetings`, meeting())).json();
    await t.db.update(partnerships).set({ status: 'closed' }).where(eq(partnerships.id, p.id));
    const refused = await home.post(`/api/partnerships/${p.id}/meetings`, meeting());
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'PARTNERSHIP_CLOSED']);
    expect((await home.delete(`/api/partnerships/${p.id}/meetings/${m.id}`)).statusCode).toBe(409);
    expect((await home.get(`/api/partnerships/${p.id}/meetings`)).json()).toMatchObject({ total: 1, can: { record: false } });
  });
});
