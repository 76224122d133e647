import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Executor } from '../../src/db/client';
import { applications } from '../../src/db/schema.applications';
import { completeContent } from '../applications/helpers';

/** The text of a PDF as `pdftotext` (poppler) reads it. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'agreement-'));
  try {
    const file = join(dir, 'a.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One entry of a zip archive (stored or deflated), read through its central directory. */
export function unzipEntry(zip: Buffer, name: string): string | null {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  return null;
}

/** The partnership's initial application, approved with `granted` per year (written straight to the database). */
export async function approvedApplication(db: Executor, partnershipId: string, years: number[], amount = 400_000_00) {
  const granted = years.map((year) => ({ year, amount }));
  const [row] = await db
    .insert(applications)
    .values({
      partnershipId,
      year: years[0]!,
      kind: 'initial',
      status: 'approved',
      content: completeContent(years),
      requestedTotal: years.length * 500_000_00,
      granted,
      grantedTotal: years.length * amount,
      decidedAt: new Date(),
    })
    .returning();
  return row!;
}
