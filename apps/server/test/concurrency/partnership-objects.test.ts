import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualMeetings, audits, partnerships, riskRegisters, risks } from '../../src/db/schema';
import { approvedApplication } from '../agreements/helpers';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { signInAs } from '../helpers/sign-in-as';
import { addRisk } from '../risks/helpers';
import { type Contest, exactlyOneWins, firstWinsSecondIsTold, getJson, partnershipWithPeople } from './support';

/** The objects of one partnership that two people may edit at once: the partnership itself, risks, meetings, audits, the agreement. */

let t: TestContext;
let office: Client;
let office2: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await signInAs(t, { globalRole: 'admin', name: 'Office One' });
  office2 = await signInAs(t, { globalRole: 'programme_officer', name: 'Office Two' });
});
afterAll(() => t.close());

const one = async <T>(rows: Promise<T[]>) => (await rows)[0]!;

async function partnershipContest(): Promise<Contest> {
  const { p } = await partnershipWithPeople(t);
  const url = `/api/partnerships/${p.id}`;
  return {
    read: () => one(t.db.select().from(partnerships).where(eq(partnerships.id, p.id))),
    first: (version) => office.patch(url, { title: 'Water for Stord and Sololá', version }),
    second: (version) => office2.patch(url, { title: 'Schools for Stord and Sololá', version }),
    kept: (now) => expect(now.title).toBe('Water for Stord and Sololá'),
  };
}

async function riskContest() {
  const { p, home, partner } = await partnershipWithPeople(t);
  const risk = await addRisk(home, p.id);
  const url = `/api/partnerships/${p.id}/risks/${risk.id as string}`;
  const read = () => one(t.db.select().from(risks).where(eq(risks.id, risk.id)));
  return { p, home, partner, url, read };
}

describe('two people save the same object on the same version', () => {
  it('a partnership: the second edit is refused, the first title stays', async () => {
    await firstWinsSecondIsTold(await partnershipContest());
  });

  it('a partnership: an edit made before a status change is refused', async () => {
    const { p } = await partnershipWithPeople(t);
    const url = `/api/partnerships/${p.id}`;
    await firstWinsSecondIsTold({
      read: () => one(t.db.select().from(partnerships).where(eq(partnerships.id, p.id))),
      first: (version) => office.post(`${url}/status`, { status: 'applied', version }),
      second: (version) => office2.patch(url, { title: 'Too late', version }),
      kept: (now) => expect(now.status).toBe('applied'),
    });
  });

  it('a risk: the partner coordinator’s edit on the old version is refused, the home coordinator’s stays', async () => {
    const { home, partner, url, read } = await riskContest();
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.patch(url, { owner: 'Home coordinator', version }),
      second: (version) => partner.patch(url, { owner: 'Partner coordinator', probability: 4, version }),
      kept: (now) => expect([now.owner, now.probability]).toEqual(['Home coordinator', 2]),
    });
  });

  it('a risk: deleting it on a version someone has since changed is refused, the risk stays', async () => {
    const { home, partner, url, read } = await riskContest();
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.patch(url, { owner: 'Home coordinator', version }),
      second: (version) => partner.delete(`${url}?version=${version}`),
      kept: (now) => expect(now.owner).toBe('Home coordinator'),
    });
  });

  it('the risk register: completing it on an old version is refused', async () => {
    const { p, home, partner } = await partnershipWithPeople(t);
    const url = `/api/partnerships/${p.id}/risks/register`;
    // Makes sure the register row exists, at version 1.
    await getJson(home, `/api/partnerships/${p.id}/risks`);
    await firstWinsSecondIsTold({
      read: async () => (await t.db.select().from(riskRegisters).where(eq(riskRegisters.partnershipId, p.id)))[0] ?? { version: 1, state: 'draft' },
      first: (version) => home.put(url, { state: 'complete', version }),
      second: (version) => partner.put(url, { state: 'complete', version }),
      kept: (now) => expect(now.state).toBe('complete'),
    });
  });

  it('an annual meeting: the second edit and a delete on the old version are refused', async () => {
    const { p, home, partner } = await partnershipWithPeople(t);
    const body = (place: string) => ({
      meetingDate: '2025-11-20',
      place,
      participants: [{ name: 'Kari Nordmann', organisation: 'Stord kommune' }],
      progressReviewed: 'The work plan is on track.',
      decisions: [{ kind: 'approve_work_plan', text: 'Approved.' }],
      minutesDocumentId: null,
    });
    const created = await home.post(`/api/partnerships/${p.id}/meetings`, body('Stord'));
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const url = `/api/partnerships/${p.id}/meetings/${id}`;
    const read = () => one(t.db.select().from(annualMeetings).where(eq(annualMeetings.id, id)));
    await firstWinsSecondIsTold({
      read,
      first: (version) => home.put(url, { ...body('Sololá'), version }),
      second: (version) => partner.put(url, { ...body('Antigua'), version }),
      kept: (now) => expect(now.place).toBe('Sololá'),
    });
    await firstWinsSecondIsTold({
      read,
      first: (version) => partner.put(url, { ...body('Panajachel'), version }),
      second: (version) => home.delete(`${url}?version=${version}`),
      kept: (now) => expect(now.place).toBe('Panajachel'),
    });
  });

  it('the publication settings: the second office user’s choice is refused', async () => {
    const { p } = await partnershipWithPeople(t, { status: 'active' });
    const url = `/api/partnerships/${p.id}/publication`;
    await firstWinsSecondIsTold({
      read: () => getJson(office, url),
      first: (version) => office.put(url, { version, hidden: ['budget'] }),
      second: (version) => office2.put(url, { version, hidden: [] }),
      kept: (now) => expect(now.hidden).toEqual(['budget']),
    });
  });

  it('an audit: the second auditor’s correction is refused', async () => {
    const { p } = await partnershipWithPeople(t);
    const created = await office.post(`/api/partnerships/${p.id}/audits`, { year: 2027 });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const fields = (firm: string) => ({
      firm,
      auditorName: 'Ingrid Revisor',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      standard: 'ISA 805',
      opinion: 'unmodified',
      reasonableAssurance: true,
      termsKept: true,
      reportDocumentId: null,
      managementLetterDocumentId: null,
      findings: [],
    });
    await firstWinsSecondIsTold({
      read: () => one(t.db.select().from(audits).where(eq(audits.id, id))),
      first: (version) => office.put(`/api/audits/${id}`, { ...fields('Revisjon Vest AS'), version }),
      second: (version) => office2.put(`/api/audits/${id}`, { ...fields('Revisjon Øst AS'), version }),
      kept: (now) => expect(now.firm).toBe('Revisjon Vest AS'),
    });
  });

  it('the agreement: signatures recorded on an old version are refused', async () => {
    const { p } = await partnershipWithPeople(t, { status: 'applied' });
    await approvedApplication(t.db, p.id, [2025, 2026, 2027]);
    const url = `/api/partnerships/${p.id}/agreement`;
    const sign = (signatory: string) => ({ home: { signatory, signedOn: '2025-02-01' }, partner: null, ks: null });
    await firstWinsSecondIsTold({
      read: () => getJson(office, url),
      first: (version) => office.put(`${url}/signatures`, { ...sign('Mayor of Stord'), version }),
      second: (version) => office2.put(`${url}/signatures`, { ...sign('Deputy mayor'), version }),
      kept: (now) => expect(JSON.stringify(now)).toContain('Mayor of Stord'),
    });
  });
});

describe('two people save at the same moment', () => {
  it('a partnership: exactly one edit wins', async () => {
    await exactlyOneWins(await partnershipContest());
  });

  it('a risk: exactly one edit wins', async () => {
    const { home, partner, url, read } = await riskContest();
    await exactlyOneWins({
      read,
      // Both really change it (the risk's owner starts as 'Partner coordinator': a save that changes nothing is no write).
      first: (version) => home.patch(url, { owner: 'Kari Nordmann', version }),
      second: (version) => partner.patch(url, { owner: 'Ana López', version }),
      kept: () => {},
    });
    const now = await read();
    expect(['Kari Nordmann', 'Ana López']).toContain(now.owner);
  });
});
