import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { zipOf } from '../helpers/zip';
import { docx, odt, pdfOf, sha256, upload, xlsxBytes } from './helpers';

let t: TestContext;
let small: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  small = await createTestApp({ documentMaxBytes: 1024 });
});
afterAll(async () => {
  await t.close();
  await small.close();
});

describe('uploading documents', () => {
  it('keeps PDF, PNG, JPEG, DOCX, XLSX and ODT, typed by their bytes whatever the name or header, with category, language and date', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { name: 'Ingrid', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const cases: [string, Buffer, string][] = [
      ['estudio.pdf', pdfOf('estudio'), 'application/pdf'],
      ['foto.jpg', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
      ['foto.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
      ['informe.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['datos.xlsx', await xlsxBytes(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['informe.odt', odt, 'application/vnd.oasis.opendocument.text'],
    ];
    for (const [name, bytes, type] of cases) {
      const res = await upload(home, p.id, { fileName: name, category: 'baseline_study', language: 'es', documentDate: '2025-11-03' }, bytes, 'text/html');
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({
        fileName: name,
        mediaType: type,
        size: bytes.length,
        sha256: sha256(bytes),
        uploadedBy: { name: 'Ingrid' },
        category: 'baseline_study',
        language: 'es',
        documentDate: '2025-11-03',
        side: null,
        version: 1,
        current: true,
      });
      expect(res.json().seriesId).toBe(res.json().id);
    }
    const list = await home.get(`/api/partnerships/${p.id}/documents?pageSize=4`);
    expect(list.json()).toMatchObject({ total: cases.length, page: 1, pageSize: 4 });
    expect(list.json().items.map((d: { fileName: string }) => d.fileName)).toHaveLength(4);
    const [entry] = await auditEntriesOf(t.db, list.json().items[0].id);
    expect(entry).toMatchObject({ action: 'document.uploaded', partnershipId: p.id, after: { category: 'baseline_study', version: 1 } });
  });

  it('files an upload without a category under "other", and refuses an unknown category, language or date', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    expect((await upload(home, p.id, { fileName: 'x.pdf' }, pdfOf('x'))).json()).toMatchObject({ category: 'other', language: null, documentDate: null });
    for (const [query, field] of [
      [{ category: 'love_letter' }, 'querystring.category'],
      [{ language: 'ES' }, 'querystring.language'],
      [{ language: 'spa' }, 'querystring.language'],
      [{ documentDate: '2025-02-30' }, 'querystring.documentDate'],
      [{ side: 'both' }, 'querystring.side'],
    ] as const) {
      const res = await upload(home, p.id, { fileName: 'x.pdf', ...query }, pdfOf('x'));
      expect(res.json(), JSON.stringify(query)).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field }] });
    }
    expect((await home.get(`/api/partnerships/${p.id}/documents`)).json().total).toBe(1);
  });

  it('asks which municipality a Code of Ethics or council decision belongs to, and refuses a side on other documents', async () => {
    const p = await buildPartnership(t.db);
    const partner = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    for (const query of [{ category: 'code_of_ethics' }, { category: 'council_decision' }, { category: 'international_strategy', side: 'home' }, { side: 'partner' }] as Record<string, string>[]) {
      const res = await upload(partner, p.id, { fileName: 'x.pdf', ...query }, pdfOf('x'));
      expect(res.json(), JSON.stringify(query)).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'side' }] });
    }
    const ethics = await upload(partner, p.id, { fileName: 'codigo-de-etica.pdf', category: 'code_of_ethics', side: 'partner', language: 'es' }, pdfOf('código'));
    expect(ethics.json()).toMatchObject({ category: 'code_of_ethics', side: 'partner' });
    expect((await partner.get(`/api/partnerships/${p.id}/documents`)).json().total).toBe(1);
  });

  it('refuses text, HTML, SVG, programs, other archives and empty files, storing nothing', async () => {
    const p = await buildPartnership(t.db);
    const partner = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    const before = await auditCount(t.db);
    for (const [name, bytes] of [
      ['notas.pdf', Buffer.from('Línea de base: 35 hogares\r\nFuente: encuesta')],
      ['pagina.pdf', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
      ['logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
      ['setup.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])],
      ['archivo.docx', zipOf([['evil.js', 'x']])],
    ] as const) {
      const res = await upload(partner, p.id, { fileName: name }, bytes);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
      expect(res.json().detail).not.toMatch(/plain text/);
    }
    const empty = await upload(partner, p.id, { fileName: 'vacio.pdf' }, Buffer.alloc(0));
    expect(empty.json()).toMatchObject({ status: 422, code: 'DOCUMENT_EMPTY' });
    expect((await partner.get(`/api/partnerships/${p.id}/documents`)).json().total).toBe(0);
    expect(await auditCount(t.db)).toBe(before);
  });

  it('refuses a file over the configured limit with 413, as a first upload or a new version, and keeps nothing', async () => {
    const p = await buildPartnership(small.db);
    const home = await signInAs(small, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const fits = Buffer.alloc(1024, 0x20);
    fits.write('%PDF-');
    const first = await upload(home, p.id, { fileName: 'cabe.pdf' }, fits);
    expect(first.statusCode).toBe(201);
    const big = Buffer.alloc(1025, 0x20);
    big.write('%PDF-');
    const tooBig = await upload(home, p.id, { fileName: 'grande.pdf' }, big);
    expect(tooBig.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    const url = `/api/partnerships/${p.id}/documents/${first.json().id}/versions?fileName=grande.pdf`;
    const tooBigVersion = await home.request({ method: 'POST', url, payload: big, headers: { 'content-type': 'application/pdf' } });
    expect(tooBigVersion.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    expect((await home.get(`/api/partnerships/${p.id}/documents?current=false`)).json().total).toBe(1);
  });

  it('downloads only after the permission check, always as an attachment, never sniffed or rendered', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const auditor = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'auditor' }] });
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    const bytes = pdfOf('línea de base');
    const doc = (await upload(home, p.id, { fileName: '../../Estudio "línea" de base.pdf' }, bytes)).json();
    expect(doc.fileName).toBe('Estudio "línea" de base.pdf');

    const res = await auditor.get(`/api/partnerships/${p.id}/documents/${doc.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(sha256(res.rawPayload)).toBe(doc.sha256);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Estudio -linea- de base.pdf"; filename*=UTF-8''${encodeURIComponent('Estudio "línea" de base.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect((await viewer.get(`/api/partnerships/${p.id}/documents/${doc.id}`)).json()).toMatchObject({ id: doc.id, size: bytes.length });

    expect((await outsider.get(`/api/partnerships/${p.id}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/partnerships/${other.id}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/partnerships/${p.id}/documents`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/partnerships/${p.id}/documents/not-a-uuid/content`)).statusCode).toBe(404);
    expect((await upload(viewer, p.id, { fileName: 'x.pdf' }, bytes)).statusCode).toBe(403);
    expect((await upload(auditor, p.id, { fileName: 'x.pdf' }, bytes)).statusCode).toBe(403);
    expect((await upload(outsider, p.id, { fileName: 'x.pdf' }, bytes)).statusCode).toBe(404);
    expect((await upload(office, p.id, { fileName: 'informe-ks.pdf', category: 'management_letter' }, bytes)).statusCode).toBe(201);
    expect((await home.request({ method: 'POST', url: `/api/partnerships/${p.id}/documents`, payload: bytes })).statusCode).toBe(422);
    // JSON elsewhere is untouched by the upload scope's raw-body parser.
    expect((await home.patch(`/api/partnerships/${p.id}`, { title: 'Renamed', version: p.version })).statusCode).toBe(200);
  });

  it('refuses uploads once the partnership is closed', async () => {
    const p = await buildPartnership(t.db, { status: 'closed' });
    const office = await signInAs(t, { globalRole: 'programme_officer' });
    expect((await upload(office, p.id, { fileName: 'x.pdf' }, pdfOf('x'))).json()).toMatchObject({ status: 409, code: 'PARTNERSHIP_CLOSED' });
  });
});
