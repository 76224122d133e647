import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerships } from '../../src/db/schema';
import { onePagePdf } from '../../src/demo/demo.documents';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { currentDocumentSummary } from '../../src/modules/documents/documents.service';
import { createTestApp, signIn, type TestContext } from '../helpers/app';
import { sha256 } from './helpers';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
});
afterAll(() => t.close());

describe('the demo documents', () => {
  it("gives Stord – San Juan Comalapa its council decision, strategy and both Codes of Ethics, the partner's in two versions", async () => {
    const [p] = await t.db.select({ id: partnerships.id }).from(partnerships).where(eq(partnerships.title, "Stord – San Juan Comalapa: waste management and women's participation"));
    const auditor = await signIn(t.app, 'auditor@mic.example', DEMO_PASSWORD);
    const base = `/api/partnerships/${p!.id}/documents`;
    const list = (await auditor.get(base)).json();
    // …and, since the agreement (issue 6), the signed partnership agreement.
    expect(list.total).toBe(5);
    expect(await currentDocumentSummary(t.db, p!.id)).toEqual([
      { category: 'code_of_ethics', side: 'home', count: 1 },
      { category: 'code_of_ethics', side: 'partner', count: 1 },
      { category: 'council_decision', side: 'home', count: 1 },
      { category: 'international_strategy', side: null, count: 1 },
      { category: 'partnership_agreement', side: null, count: 1 },
    ]);
    const ethics = list.items.find((d: { category: string; side: string }) => d.category === 'code_of_ethics' && d.side === 'partner');
    expect(ethics).toMatchObject({ version: 2, language: 'es', uploadedBy: { name: 'Lucía Morales' } });
    const versions = (await auditor.get(`${base}/${ethics.id}/versions`)).json();
    expect(versions.items.map((d: { version: number; current: boolean }) => [d.version, d.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const content = await auditor.get(`${base}/${versions.items[1].id}/content`);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(sha256(content.rawPayload)).toBe(versions.items[1].sha256);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });

  it('writes one-page PDFs whose cross-reference table points at each object, with the text in them', () => {
    const bytes = onePagePdf('Etiske retningslinjer (Stord)', ['Nulltoleranse for korrupsjon, også i Comalapa.']);
    const pdf = bytes.toString('latin1');
    expect(pdf.startsWith('%PDF-1.4\n')).toBe(true);
    const xrefAt = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(pdf)?.[1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((at, i) => expect(pdf.slice(at, at + 8)).toBe(`${i + 1} 0 obj\n`));
    // Where poppler is installed, a real reader finds the text too.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'mic-pdf-')), 'etikk.pdf');
    writeFileSync(file, bytes);
    const text = hasPdfToText() ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }) : pdf.replace(/\\([()])/g, '$1');
    expect(text).toContain('Etiske retningslinjer (Stord)');
    expect(text).toContain('Nulltoleranse for korrupsjon');
  });
});

function hasPdfToText(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
