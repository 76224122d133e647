import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDocumentSummary } from '../../src/modules/documents/documents.service';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { pdfOf, replace, sha256, upload } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp({}, { clock: () => new Date('2027-03-10T09:00:00Z') });
});
afterAll(() => t.close());

async function setUp() {
  const p = await buildPartnership(t.db);
  const home = await signInAs(t, { name: 'Ingrid', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  const partner = await signInAs(t, { name: 'María', memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
  const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
  const base = `/api/partnerships/${p.id}/documents`;
  return { p, home, partner, viewer, base };
}

describe('versions of a document', () => {
  it('replaces a document twice: the list shows the current version, the versions list all, each old one still downloads', async () => {
    const { p, home, partner, viewer, base } = await setUp();
    const v1Bytes = pdfOf('Etiske retningslinjer 2024');
    const v1 = (await upload(home, p.id, { fileName: 'etikk-2024.pdf', category: 'code_of_ethics', side: 'home', language: 'nb', documentDate: '2024-06-01' }, v1Bytes)).json();
    const v2Res = await replace(partner, p.id, v1.id, { fileName: 'etikk-2025.pdf', documentDate: '2025-06-12' }, pdfOf('Etiske retningslinjer 2025'));
    expect(v2Res.statusCode, v2Res.body).toBe(201);
    const v2 = v2Res.json();
    expect(v2).toMatchObject({ seriesId: v1.id, version: 2, current: true, category: 'code_of_ethics', side: 'home', language: 'nb', documentDate: '2025-06-12', uploadedBy: { name: 'María' } });
    // Any version names the document: replacing through the first one still adds after the newest.
    const v3Bytes = pdfOf('Code of Ethics 2026');
    const v3 = (await replace(home, p.id, v1.id, { fileName: 'ethics-2026.pdf', language: 'en' }, v3Bytes)).json();
    expect(v3).toMatchObject({ seriesId: v1.id, version: 3, language: 'en', documentDate: '2025-06-12', sha256: sha256(v3Bytes) });

    const list = (await viewer.get(base)).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: v3.id, version: 3, current: true });
    const all = (await viewer.get(`${base}?current=false`)).json();
    expect(all.items.map((d: { version: number }) => d.version)).toEqual([3, 2, 1]);

    const versions = (await viewer.get(`${base}/${v2.id}/versions`)).json();
    expect(versions.total).toBe(3);
    expect(versions.items.map((d: { version: number; current: boolean }) => [d.version, d.current])).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
    const old = await viewer.get(`${base}/${v1.id}/content`);
    expect(old.statusCode).toBe(200);
    expect(old.rawPayload.equals(v1Bytes)).toBe(true);
    expect((await viewer.get(`${base}/${v1.id}`)).json()).toMatchObject({ version: 1, current: false, fileName: 'etikk-2024.pdf' });

    const [entry] = await auditEntriesOf(t.db, v2.id);
    expect(entry).toMatchObject({ action: 'document.replaced', partnershipId: p.id, before: { id: v1.id, version: 1 }, after: { version: 2, fileName: 'etikk-2025.pdf' } });
  });

  it('gives two replacements at once two different version numbers', async () => {
    const { p, home, partner, base } = await setUp();
    const v1 = (await upload(home, p.id, { fileName: 'strategi.pdf', category: 'international_strategy' }, pdfOf('strategi'))).json();
    const results = await Promise.all([
      replace(home, p.id, v1.id, { fileName: 'a.pdf' }, pdfOf('a')),
      replace(partner, p.id, v1.id, { fileName: 'b.pdf' }, pdfOf('b')),
      replace(home, p.id, v1.id, { fileName: 'c.pdf' }, pdfOf('c')),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    expect(results.map((r) => r.json().version).sort()).toEqual([2, 3, 4]);
    const versions = (await home.get(`${base}/${v1.id}/versions`)).json();
    expect(versions.items.filter((d: { current: boolean }) => d.current)).toHaveLength(1);
    expect(versions.items[0].version).toBe(4);
  });

  it('refuses a new version that is not an accepted file, of an unknown document, or by a reader', async () => {
    const { p, home, viewer, base } = await setUp();
    const v1 = (await upload(home, p.id, { fileName: 'x.pdf' }, pdfOf('x'))).json();
    expect((await replace(home, p.id, v1.id, { fileName: 'x.pdf' }, Buffer.from('just text'))).json().code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect((await replace(home, p.id, v1.id, { fileName: 'x.pdf' }, Buffer.alloc(0))).json().code).toBe('DOCUMENT_EMPTY');
    expect((await replace(home, p.id, '00000000-0000-4000-8000-000000000000', { fileName: 'x.pdf' }, pdfOf('y'))).statusCode).toBe(404);
    expect((await replace(home, p.id, 'nope', { fileName: 'x.pdf' }, pdfOf('y'))).statusCode).toBe(404);
    expect((await replace(viewer, p.id, v1.id, { fileName: 'x.pdf' }, pdfOf('y'))).statusCode).toBe(403);
    const other = await buildPartnership(t.db);
    const otherHome = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    // A document of another partnership is not found through this one.
    expect((await replace(otherHome, other.id, v1.id, { fileName: 'x.pdf' }, pdfOf('y'))).statusCode).toBe(404);
    expect((await home.get(`${base}/${v1.id}/versions`)).json().total).toBe(1);
  });

  it('lists by category, and summarises the current documents per category and side for the application check', async () => {
    const { p, home, partner, base } = await setUp();
    const ethics = (await upload(home, p.id, { fileName: 'etikk.pdf', category: 'code_of_ethics', side: 'home' }, pdfOf('e'))).json();
    await replace(home, p.id, ethics.id, { fileName: 'etikk-2.pdf' }, pdfOf('e2'));
    await upload(partner, p.id, { fileName: 'etica.pdf', category: 'code_of_ethics', side: 'partner' }, pdfOf('é'));
    await upload(home, p.id, { fileName: 'vedtak.pdf', category: 'council_decision', side: 'home' }, pdfOf('v'));
    await upload(home, p.id, { fileName: 'annet.pdf' }, pdfOf('a'));
    const list = (await home.get(`${base}?category=code_of_ethics`)).json();
    expect(list.items.map((d: { fileName: string }) => d.fileName).sort()).toEqual(['etica.pdf', 'etikk-2.pdf']);
    expect((await home.get(`${base}?category=code_of_ethics&current=false`)).json().total).toBe(3);
    expect((await home.get(`${base}?current=maybe`)).json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await currentDocumentSummary(t.db, p.id)).toEqual([
      { category: 'code_of_ethics', side: 'home', count: 1 },
      { category: 'code_of_ethics', side: 'partner', count: 1 },
      { category: 'council_decision', side: 'home', count: 1 },
      { category: 'other', side: null, count: 1 },
    ]);
  });
});

describe('editing what a document is', () => {
  it('re-categorises a document (every version follows), sets its language and date, and keeps an audit entry', async () => {
    const { p, home, partner, viewer, base } = await setUp();
    const v1 = (await upload(home, p.id, { fileName: 'etikk.pdf' }, pdfOf('e'))).json();
    const v2 = (await replace(home, p.id, v1.id, { fileName: 'etikk-2.pdf' }, pdfOf('e2'))).json();
    const missingSide = await partner.patch(`${base}/${v2.id}`, { category: 'code_of_ethics' });
    expect(missingSide.json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'side' }] });
    const res = await partner.patch(`${base}/${v2.id}`, { category: 'code_of_ethics', side: 'home', language: 'nb', documentDate: '2025-04-30' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: v2.id, category: 'code_of_ethics', side: 'home', language: 'nb', documentDate: '2025-04-30', version: 2 });
    expect((await viewer.get(`${base}/${v1.id}`)).json()).toMatchObject({ category: 'code_of_ethics', side: 'home', language: null });
    const [entry] = await auditEntriesOf(t.db, v2.id).then((rows) => rows.filter((r) => r.action === 'document.updated'));
    expect(entry).toMatchObject({ partnershipId: p.id, before: { category: 'other', side: null }, after: { category: 'code_of_ethics', side: 'home' } });

    // Back to a category kept once for the partnership: the side goes; a side given there is refused.
    expect((await home.patch(`${base}/${v2.id}`, { category: 'partnership_agreement', side: 'partner' })).json()).toMatchObject({ status: 422, errors: [{ field: 'side' }] });
    expect((await home.patch(`${base}/${v2.id}`, { category: 'partnership_agreement', language: null })).json()).toMatchObject({ category: 'partnership_agreement', side: null, language: null, documentDate: '2025-04-30' });
  });

  it('edits only the current version, only for coordinators and the programme office, and checks the input', async () => {
    const { p, home, viewer, base } = await setUp();
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const outsider = await signInAs(t, {});
    const v1 = (await upload(home, p.id, { fileName: 'x.pdf' }, pdfOf('x'))).json();
    const v2 = (await replace(home, p.id, v1.id, { fileName: 'y.pdf' }, pdfOf('y'))).json();
    expect((await home.patch(`${base}/${v1.id}`, { language: 'es' })).json()).toMatchObject({ status: 409, code: 'CONFLICT' });
    expect((await viewer.patch(`${base}/${v2.id}`, { language: 'es' })).statusCode).toBe(403);
    expect((await auditor.patch(`${base}/${v2.id}`, { language: 'es' })).statusCode).toBe(403);
    expect((await outsider.patch(`${base}/${v2.id}`, { language: 'es' })).statusCode).toBe(404);
    expect((await home.patch(`${base}/${v2.id}`, { language: 'Spanish' })).json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'language' }] });
    expect((await home.patch(`${base}/${v2.id}`, { fileName: 'z.pdf' })).json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' });
    expect((await office.patch(`${base}/${v2.id}`, { category: 'audit_report', documentDate: '2026-01-15' })).json()).toMatchObject({ category: 'audit_report', documentDate: '2026-01-15' });
  });
});
