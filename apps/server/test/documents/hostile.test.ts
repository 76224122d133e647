import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestContext } from '../helpers/app';
import { buildPartnership } from '../helpers/partnership-factory';
import { auditCount, signInAs } from '../helpers/sign-in-as';
import { pdfOf, upload } from './helpers';

/** Hostile uploads that are not archives: disguised types, oversized bodies, paths in names, script. */

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

async function coordinator(ctx: TestContext) {
  const p = await buildPartnership(ctx.db);
  const home = await signInAs(ctx, { memberships: [{ partnershipId: p.id, role: 'home_coordinator' }] });
  return { p, home };
}

const total = async (c: Client, partnershipId: string) => (await c.get(`/api/partnerships/${partnershipId}/documents?current=false`)).json().total as number;

/** A refusal: a 4xx problem body with this code, and neither a document nor an audit entry more. */
async function expectRefusal(ctx: TestContext, c: Client, partnershipId: string, send: () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): any; body: string }>, status: number, code: string) {
  const [documentsBefore, auditBefore] = [await total(c, partnershipId), await auditCount(ctx.db)];
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status, code });
  expect(await total(c, partnershipId)).toBe(documentsBefore);
  expect(await auditCount(ctx.db)).toBe(auditBefore);
}

describe('a file renamed to look like a PDF', () => {
  it('is refused by its bytes though it is called report.pdf and sent as application/pdf', async () => {
    const { p, home } = await coordinator(t);
    const disguised: [string, Buffer][] = [
      ['Windows program', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
      ['Linux program', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
      ['shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
      ['HTML page', Buffer.from('<html><body><script>fetch("/api/auth/session")</script></body></html>')],
      ['plain text', Buffer.from('Informe anual 2025\n')],
      ['PDF header late in the file', Buffer.from('hello\n%PDF-1.7\n')],
      ['a zip that is not a document', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0])],
    ];
    for (const [what, bytes] of disguised) {
      const send = () => upload(home, p.id, { fileName: 'report.pdf', category: 'other' }, bytes, 'application/pdf');
      await expectRefusal(t, home, p.id, send, 415, 'DOCUMENT_TYPE_NOT_ALLOWED').catch((e) => {
        throw new Error(`${what}: ${e.message}`);
      });
    }
  });
});

describe('an oversized upload', () => {
  it('is refused with 413 whether one file, a multipart body of several files, or sent in chunks', async () => {
    const { p, home } = await coordinator(small);
    const boundary = '----mic-boundary';
    const part = (name: string, bytes: Buffer) =>
      Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`), bytes, Buffer.from('\r\n')]);
    const many = Buffer.concat([...Array.from({ length: 5 }, (_, i) => part(`f${i}.pdf`, pdfOf('x'.repeat(300)))), Buffer.from(`--${boundary}--\r\n`)]);
    expect(many.length).toBeGreaterThan(1024);
    const url = `/api/partnerships/${p.id}/documents?fileName=x.pdf`;
    await expectRefusal(small, home, p.id, () => home.request({ method: 'POST', url, payload: many, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }), 413, 'BODY_TOO_LARGE');
    const big = Buffer.concat([pdfOf('x'), Buffer.alloc(4096, 0x20)]);
    await expectRefusal(small, home, p.id, () => upload(home, p.id, { fileName: 'x.pdf' }, big, 'application/pdf'), 413, 'BODY_TOO_LARGE');
    const { Readable } = await import('node:stream');
    const chunked = () => Readable.from([pdfOf('x'), Buffer.alloc(600, 0x20), Buffer.alloc(600, 0x20)]);
    await expectRefusal(small, home, p.id, () => home.request({ method: 'POST', url, payload: chunked(), headers: { 'content-type': 'application/pdf' } }), 413, 'BODY_TOO_LARGE');
  });

  it('refuses a multipart body within the limit (the body must be the file itself), repeated names and over-long fields', async () => {
    const { p, home } = await coordinator(t);
    const boundary = 'b';
    const body = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n`), pdfOf('a'), Buffer.from(`\r\n--${boundary}--\r\n`)]);
    const url = `/api/partnerships/${p.id}/documents`;
    await expectRefusal(t, home, p.id, () => home.request({ method: 'POST', url: `${url}?fileName=a.pdf`, payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }), 415, 'DOCUMENT_TYPE_NOT_ALLOWED');
    for (const query of ['fileName=a.pdf&fileName=b.pdf', `fileName=${'n'.repeat(501)}.pdf`, 'fileName=a.pdf&category=other&category=baseline_study', `fileName=a.pdf&language=${'e'.repeat(10_000)}`]) {
      await expectRefusal(t, home, p.id, () => home.request({ method: 'POST', url: `${url}?${query}`, payload: pdfOf('a'), headers: { 'content-type': 'application/pdf' } }), 422, 'VALIDATION_FAILED');
    }
  });
});

describe('a path or trickery in the file name', () => {
  it('keeps only a clean base name, and downloads it under a safe Content-Disposition', async () => {
    const { p, home } = await coordinator(t);
    const cases: [string, string][] = [
      ['../../etc/passwd.pdf', 'passwd.pdf'],
      ['..\\..\\windows\\win.ini.pdf', 'win.ini.pdf'],
      ['C:\\evil\\x.pdf', 'x.pdf'],
      ['/var/www/html/shell.pdf', 'shell.pdf'],
      ['línea\r\nSet-Cookie: x=1.pdf', 'líneaSet-Cookie: x=1.pdf'],
      ['factura\u202Efdp.exe', 'facturafdp.exe'],
      ['\u2066acta\u2069\u200F.pdf', 'acta.pdf'],
      ['..', 'document'],
      ['.htaccess', 'htaccess'],
      ['\u0085\u009b.pdf', 'pdf'],
    ];
    for (const [sent, kept] of cases) {
      const res = await upload(home, p.id, { fileName: sent }, pdfOf(sent));
      expect(res.statusCode, JSON.stringify(sent)).toBe(201);
      expect(res.json().fileName, JSON.stringify(sent)).toBe(kept);
      const download = await home.get(`/api/partnerships/${p.id}/documents/${res.json().id}/content`);
      const header = String(download.headers['content-disposition']);
      expect(header).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''[A-Za-z0-9%._~!'()*-]+$/);
      expect(header.match(/filename="([^"]*)"/)![1]).not.toMatch(/[\\/]|\.\./);
      expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(kept);
    }
  });

  it('refuses a name with a NUL (text the database cannot keep), or keeps it without', async () => {
    const { p, home } = await coordinator(t);
    const res = await upload(home, p.id, { fileName: 'informe\u0000.exe.pdf' }, pdfOf('nul'));
    if (res.statusCode === 201) expect(res.json().fileName).toBe('informe.exe.pdf');
    else expect(res.json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'querystring.fileName' }] });
  });

  it('cuts a 1,000-character name to 200 characters and keeps its extension', async () => {
    const { p, home } = await coordinator(t);
    const res = await upload(home, p.id, { fileName: `${'ñ'.repeat(496)}.pdf` }, pdfOf('largo'));
    expect(res.statusCode).toBe(201);
    expect(res.json().fileName).toBe(`${'ñ'.repeat(196)}.pdf`);
    const long = await upload(home, p.id, { fileName: 'x'.repeat(1000) }, pdfOf('largo'));
    expect(long.json()).toMatchObject({ status: 422, code: 'VALIDATION_FAILED', errors: [{ field: 'querystring.fileName' }] });
  });
});

describe('HTML or SVG with script', () => {
  it('is refused whatever it is called or sent as', async () => {
    const { p, home } = await coordinator(t);
    const markup: [string, string][] = [
      ['a.html', '<!doctype html><script>alert(1)</script>'],
      ['a.pdf', '<html><script>alert(1)</script></html>'],
      ['a.pdf', '\ufeff<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'],
      ['a.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
      ['a.png', '  \n<svg><script>alert(1)</script></svg>'],
      ['a.pdf', '<script>alert(1)</script>%PDF-1.4'],
    ];
    for (const [name, text] of markup) {
      for (const contentType of ['application/pdf', 'image/svg+xml', 'text/html']) {
        await expectRefusal(t, home, p.id, () => upload(home, p.id, { fileName: name }, Buffer.from(text), contentType), 415, 'DOCUMENT_TYPE_NOT_ALLOWED');
      }
    }
  });

  it('keeps a PDF with script inside it (a polyglot) only as a PDF, served as a sandboxed attachment that is never sniffed', async () => {
    const { p, home } = await coordinator(t);
    const polyglot = Buffer.from('%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n');
    const res = await upload(home, p.id, { fileName: 'informe.html' }, polyglot, 'text/html');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ mediaType: 'application/pdf', fileName: 'informe.html' });
    const download = await home.get(`/api/partnerships/${p.id}/documents/${res.json().id}/content`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const csp = String(download.headers['content-security-policy']);
    expect(csp).toMatch(/(^|;\s*)sandbox(;|$)/);
    expect(csp).toContain("default-src 'none'");
    expect(download.rawPayload.equals(polyglot)).toBe(true);
  });
});
