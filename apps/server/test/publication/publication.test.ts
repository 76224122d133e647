import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { publishedDocuments } from '../../src/db/schema';
import { anonymous, createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { pdfOf, replace, upload } from '../documents/helpers';

let t: TestContext;
let office: Client;
let admin: Client;
let coordinator: Client & { user: { id: string } };
let donor: Client;
let outsider: Client;

beforeAll(async () => {
  t = await createTestApp();
  office = await signInAs(t, { globalRole: 'programme_officer' });
  admin = await signInAs(t, { globalRole: 'admin' });
  donor = await signInAs(t, { globalRole: 'donor_viewer' });
  coordinator = await signInAs(t, {});
  outsider = await signInAs(t, {});
});
afterAll(() => t.close());

async function publicPartnership() {
  return buildPartnership(t.db, { status: 'active', members: [{ userId: coordinator.user.id, role: 'home_coordinator' }] });
}

const url = (id: string) => `/api/partnerships/${id}/publication`;

describe('publication settings', () => {
  it('starts with nothing held back, version 0, and the partnership public when active', async () => {
    const p = await publicPartnership();
    const res = await office.get(url(p.id));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ partnershipId: p.id, public: true, hidden: [], documents: [], version: 0, can: { edit: true } });
    const draft = await buildPartnership(t.db, { status: 'draft' });
    expect((await admin.get(url(draft.id))).json()).toMatchObject({ public: false, version: 0 });
  });

  it('is the programme office\'s: a member or donor gets 403, an outsider and the anonymous 404/401', async () => {
    const p = await publicPartnership();
    expect((await coordinator.get(url(p.id))).statusCode).toBe(403);
    expect((await coordinator.put(url(p.id), { version: 0, hidden: ['budget'] })).statusCode).toBe(403);
    expect((await donor.get(url(p.id))).statusCode).toBe(403);
    expect((await outsider.get(url(p.id))).statusCode).toBe(404);
    expect((await outsider.put(url(p.id), { version: 0, hidden: [] })).statusCode).toBe(404);
    expect((await anonymous(t.app).get(url(p.id))).statusCode).toBe(401);
    expect((await office.get(url('00000000-0000-4000-8000-000000000000'))).statusCode).toBe(404);
    expect((await office.get(url('not-a-uuid'))).statusCode).toBe(404);
  });

  it('saves the held-back parts with a version, writes an audit entry, and refuses a stale version', async () => {
    const p = await publicPartnership();
    const saved = await office.put(url(p.id), { version: 0, hidden: ['results', 'budget', 'budget'] });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ hidden: ['budget', 'results'], version: 1 });
    expect((await office.get(url(p.id))).json()).toMatchObject({ hidden: ['budget', 'results'], version: 1 });

    const entries = await auditEntriesOf(t.db, p.id);
    const entry = entries.find((e) => e.action === 'publication.updated');
    expect(entry).toMatchObject({ entityType: 'publication_settings', partnershipId: p.id });
    expect(entry!.after).toMatchObject({ hidden: ['budget', 'results'] });

    const stale = await admin.put(url(p.id), { version: 0, hidden: [] });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('CONFLICT');
    expect((await office.get(url(p.id))).json().hidden).toEqual(['budget', 'results']);

    const again = await admin.put(url(p.id), { version: 1, hidden: [] });
    expect(again.json()).toMatchObject({ hidden: [], version: 2 });
  });

  it('lets one of two concurrent first saves win; the other gets 409', async () => {
    const p = await publicPartnership();
    const [a, b] = await Promise.all([office.put(url(p.id), { version: 0, hidden: ['gains'] }), admin.put(url(p.id), { version: 0, hidden: ['reports'] })]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect((await office.get(url(p.id))).json().version).toBe(1);
  });

  it('rejects an unknown part with a 422 problem and changes nothing', async () => {
    const p = await publicPartnership();
    const res = await office.put(url(p.id), { version: 0, hidden: ['names'] });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await office.get(url(p.id))).json().version).toBe(0);
  });
});

describe('publishing a document', () => {
  const docUrl = (p: string, d: string) => `/api/partnerships/${p}/documents/${d}/publication`;

  it('publishes and withdraws a document series, audited, current version shown', async () => {
    const p = await publicPartnership();
    const v1 = (await upload(office, p.id, { fileName: 'agreement.pdf', category: 'partnership_agreement' }, pdfOf('v1'))).json();
    const res = await office.put(docUrl(p.id, v1.id), { published: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().documents).toEqual([{ id: v1.id, fileName: 'agreement.pdf', category: 'partnership_agreement', published: true }]);
    expect((await auditEntriesOf(t.db, v1.seriesId ?? v1.id)).map((e) => e.action)).toContain('document.published');

    // A new version of a published document is published with its series.
    const v2 = (await replace(office, p.id, v1.id, { fileName: 'agreement-v2.pdf' }, pdfOf('v2'))).json();
    const after = (await office.get(url(p.id))).json();
    expect(after.documents).toEqual([{ id: v2.id, fileName: 'agreement-v2.pdf', category: 'partnership_agreement', published: true }]);

    const off = await admin.put(docUrl(p.id, v2.id), { published: false });
    expect(off.json().documents[0].published).toBe(false);
    expect(await t.db.select().from(publishedDocuments).where(eq(publishedDocuments.partnershipId, p.id))).toEqual([]);
  });

  it('finds only this partnership\'s documents: another\'s is 404, and a member may not publish (403)', async () => {
    const p = await publicPartnership();
    const other = await publicPartnership();
    const doc = (await upload(office, other.id, { fileName: 'x.pdf' }, pdfOf('x'))).json();
    const res = await office.put(docUrl(p.id, doc.id), { published: true });
    expect(res.statusCode).toBe(404);
    expect((await office.put(docUrl(p.id, 'nope'), { published: true })).statusCode).toBe(404);
    expect((await coordinator.put(docUrl(other.id, doc.id), { published: true })).statusCode).toBe(403);
    expect((await outsider.put(docUrl(other.id, doc.id), { published: true })).statusCode).toBe(404);
    expect((await office.put(docUrl(other.id, doc.id), { published: 'yes' })).statusCode).toBe(422);
    expect(await t.db.select().from(publishedDocuments).where(eq(publishedDocuments.partnershipId, other.id))).toEqual([]);
  });
});
