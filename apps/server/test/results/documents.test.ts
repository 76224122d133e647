import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES } from '@mic/domain';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditEntriesOf, signInAs } from '../helpers/sign-in-as';
import { zipOf } from '../helpers/zip';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const upload = (c: Client, partnershipId: string, fileName: string, bytes: Buffer, contentType = 'application/octet-stream') =>
  c.request({ method: 'POST', url: `/api/partnerships/${partnershipId}/documents?fileName=${encodeURIComponent(fileName)}`, payload: bytes, headers: { 'content-type': contentType } });

async function xlsxBytes() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Línea de base').addRow(['Hogares', 35]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const docx = zipOf([
  ['[Content_Types].xml', '<Types/>'],
  ['word/document.xml', '<w:document/>'],
]);
const odt = zipOf([
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
]);

describe('documents', () => {
  it('keeps PDF, PNG, JPEG, DOCX, XLSX, ODT and plain text, typed by their bytes whatever the name or header', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { name: 'Ingrid', memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const cases: [string, Buffer, string][] = [
      ['estudio.pdf', Buffer.from('%PDF-1.7\n1 0 obj'), 'application/pdf'],
      ['foto.jpg', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image/png'],
      ['foto.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'image/jpeg'],
      ['informe.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['datos.xlsx', await xlsxBytes(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['informe.odt', odt, 'application/vnd.oasis.opendocument.text'],
      ['notas.txt', Buffer.from('Línea de base: 35 hogares\r\nFuente: encuesta'), 'text/plain'],
    ];
    for (const [name, bytes, type] of cases) {
      const res = await upload(home, p.id, name, bytes, 'text/html');
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ fileName: name, mediaType: type, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), uploadedBy: { name: 'Ingrid' } });
    }
    const list = await home.get(`/api/partnerships/${p.id}/documents?pageSize=3`);
    expect(list.json()).toMatchObject({ total: cases.length, page: 1, pageSize: 3 });
    expect(list.json().items).toHaveLength(3);
    const [entry] = await auditEntriesOf(t.db, list.json().items[0].id);
    expect(entry).toMatchObject({ action: 'document.uploaded', partnershipId: p.id });
  });

  it('refuses HTML, SVG, programs, other archives and empty files, and anything over 10 MB', async () => {
    const p = await buildPartnership(t.db);
    const partner = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'partner_coordinator' }] });
    for (const [name, bytes] of [
      ['pagina.txt', Buffer.from('<!DOCTYPE html><script>alert(1)</script>')],
      ['logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
      ['setup.pdf', Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03])],
      ['archivo.docx', zipOf([['evil.js', 'x']])],
      ['binario.txt', Buffer.from([0x41, 0x00, 0x42])],
    ] as const) {
      const res = await upload(partner, p.id, name, bytes);
      expect(res.statusCode, name).toBe(415);
      expect(res.json().code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    }
    const empty = await upload(partner, p.id, 'vacio.pdf', Buffer.alloc(0));
    expect(empty.json()).toMatchObject({ status: 422, code: 'DOCUMENT_EMPTY' });
    const big = Buffer.alloc(DOCUMENT_MAX_BYTES + 1, 0x20);
    big.write('%PDF-');
    const tooBig = await upload(partner, p.id, 'grande.pdf', big);
    expect(tooBig.json()).toMatchObject({ status: 413, code: 'BODY_TOO_LARGE' });
    expect((await partner.get(`/api/partnerships/${p.id}/documents`)).json().total).toBe(0);
  });

  it('downloads only after the permission check, always as an attachment, never sniffed or rendered', async () => {
    const p = await buildPartnership(t.db);
    const home = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
    const viewer = await signInAs(t, { memberships: [{ partnershipId: p.id, role: 'viewer' }] });
    const other = await buildPartnership(t.db);
    const outsider = await signInAs(t, { memberships: [{ partnershipId: other.id, role: 'home_coordinator' }] });
    const bytes = Buffer.from('%PDF-1.4 línea de base');
    const doc = (await upload(home, p.id, '../../Estudio "línea" de base.pdf', bytes)).json();
    expect(doc.fileName).toBe('Estudio "línea" de base.pdf');

    const res = await viewer.get(`/api/partnerships/${p.id}/documents/${doc.id}/content`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(bytes)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="Estudio -linea- de base.pdf"; filename*=UTF-8''${encodeURIComponent('Estudio "línea" de base.pdf')}`);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain('sandbox');
    expect((await viewer.get(`/api/partnerships/${p.id}/documents/${doc.id}`)).json()).toMatchObject({ id: doc.id, size: bytes.length });

    expect((await outsider.get(`/api/partnerships/${p.id}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/partnerships/${other.id}/documents/${doc.id}/content`)).statusCode).toBe(404);
    expect((await viewer.get(`/api/partnerships/${p.id}/documents/not-a-uuid/content`)).statusCode).toBe(404);
    expect((await upload(viewer, p.id, 'x.pdf', bytes)).statusCode).toBe(403);
    expect((await upload(outsider, p.id, 'x.pdf', bytes)).statusCode).toBe(404);
    expect((await home.request({ method: 'POST', url: `/api/partnerships/${p.id}/documents`, payload: bytes })).statusCode).toBe(422);
    // JSON elsewhere is untouched by this scope's raw-body parser.
    expect((await home.patch(`/api/partnerships/${p.id}`, { title: 'Renamed', version: p.version })).statusCode).toBe(200);
  });
});
