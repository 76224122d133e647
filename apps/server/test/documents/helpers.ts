import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Client } from '../helpers/app';
import { zipOf } from '../helpers/zip';

/** The query string of an upload: `{ fileName: 'x.pdf', category: 'code_of_ethics', side: 'home' }`. */
const queryOf = (query: Record<string, string>) => new URLSearchParams(query).toString();

/** POST the bytes as a new document; the Content-Type sent does not matter (the bytes decide). */
export const upload = (c: Client, partnershipId: string, query: Record<string, string>, bytes: Buffer, contentType = 'application/octet-stream') =>
  c.request({ method: 'POST', url: `/api/partnerships/${partnershipId}/documents?${queryOf(query)}`, payload: bytes, headers: { 'content-type': contentType } });

/** POST the bytes as a new version of the document. */
export const replace = (c: Client, partnershipId: string, documentId: string, query: Record<string, string>, bytes: Buffer) =>
  c.request({
    method: 'POST',
    url: `/api/partnerships/${partnershipId}/documents/${documentId}/versions?${queryOf(query)}`,
    payload: bytes,
    headers: { 'content-type': 'application/pdf' },
  });

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export const pdfOf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

export const docx = zipOf([
  ['[Content_Types].xml', '<Types/>'],
  ['word/document.xml', '<w:document/>'],
]);

export const odt = zipOf([
  ['mimetype', 'application/vnd.oasis.opendocument.text'],
  ['content.xml', '<office:document-content/>'],
]);

export async function xlsxBytes() {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Línea de base').addRow(['Hogares', 35]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
