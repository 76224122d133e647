import { createInflateRaw } from 'node:zlib';

/**
 * Limits on what a zip-based upload (DOCX, XLSX, ODT) may unpack to. A real document has tens of
 * entries and inflates to a few times its size; a zip bomb has thousands of entries, declares
 * gigabytes, lies about its sizes, or nests archives in archives.
 */
export interface ZipLimits {
  /** Entries in one archive (nested ones count too). */
  maxEntries: number;
  /** Bytes all entries inflate to, nested archives included. */
  maxInflatedBytes: number;
  /** How deep archives may nest: 1 lets a DOCX embed a spreadsheet, not a zip inside that. */
  maxDepth: number;
}

export const ZIP_LIMITS: ZipLimits = { maxEntries: 1000, maxInflatedBytes: 200 * 1024 * 1024, maxDepth: 1 };

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

interface Entry {
  method: number;
  flags: number;
  compressed: number;
  inflated: number;
  localOffset: number;
}

/** Why an archive is refused; null when it is safe to keep. */
export type ZipProblem = 'entries' | 'size' | 'depth' | 'malformed';

/**
 * Checks a zip archive without trusting it: the central directory's entry count and declared sizes
 * against the limits first (no inflating at all), then each deflated entry inflated as a stream that
 * stops as soon as it passes its declared size, its output counted and thrown away. The work is
 * bounded by `maxInflatedBytes`; nothing is kept except a nested archive (at most `maxBytes`), which is
 * checked the same way against what is left of the budget.
 */
export async function inspectZip(bytes: Buffer, maxBytes: number, limits: ZipLimits = ZIP_LIMITS): Promise<ZipProblem | null> {
  const budget = { entries: limits.maxEntries, inflated: limits.maxInflatedBytes };
  try {
    return await inspect(bytes, 0, maxBytes, limits, budget);
  } catch {
    return 'malformed';
  }
}

async function inspect(bytes: Buffer, depth: number, maxBytes: number, limits: ZipLimits, budget: { entries: number; inflated: number }): Promise<ZipProblem | null> {
  const entries = centralDirectory(bytes);
  if (typeof entries === 'string') return entries;
  budget.entries -= entries.length;
  if (budget.entries < 0) return 'entries';
  const declared = entries.reduce((sum, e) => sum + e.inflated, 0);
  budget.inflated -= declared;
  if (budget.inflated < 0) return 'size';
  for (const e of entries) {
    const data = entryData(bytes, e);
    if (!data) return 'malformed';
    const content = e.method === 0 ? data : await inflateBounded(data, e.inflated, maxBytes);
    if (content === 'lied') return 'size';
    if (content && isZip(content)) {
      if (depth + 1 > limits.maxDepth) return 'depth';
      const nested = await inspect(content, depth + 1, maxBytes, limits, budget);
      if (nested) return nested;
    }
  }
  return null;
}

const isZip = (b: Buffer) => b.length >= 4 && b.readUInt32LE(0) === LOCAL;

/** The entries listed in the central directory, or why they cannot be trusted. */
function centralDirectory(bytes: Buffer): Entry[] | ZipProblem {
  const eocd = bytes.lastIndexOf(END);
  if (eocd < 0 || eocd < bytes.length - 65_557 || eocd + 22 > bytes.length) return 'malformed';
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const start = bytes.readUInt32LE(eocd + 16);
  // ZIP64 (more than 65,535 entries or 4 GiB) is never a document of ours.
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) return 'entries';
  const entries: Entry[] = [];
  const offsets = new Set<number>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return 'malformed';
    const entry: Entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressed: bytes.readUInt32LE(at + 20),
      inflated: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    if (entry.inflated === 0xffffffff || entry.compressed === 0xffffffff) return 'size';
    // Encrypted entries and methods other than stored and deflate cannot be checked.
    if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) return 'malformed';
    if (entry.method === 0 && entry.compressed !== entry.inflated) return 'malformed';
    // Two entries sharing their bytes is how a small archive lists the same huge entry many times.
    if (offsets.has(entry.localOffset)) return 'malformed';
    offsets.add(entry.localOffset);
    entries.push(entry);
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/** An entry's compressed bytes, found through its local header. */
function entryData(bytes: Buffer, e: Entry): Buffer | null {
  const at = e.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) return null;
  const from = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  if (from + e.compressed > bytes.length) return null;
  return bytes.subarray(from, from + e.compressed);
}

/**
 * Inflates as a stream and stops once the output passes `declared` ('lied'). The output is counted,
 * not kept, unless it starts like a zip archive no larger than `maxBytes` (then it is returned, to be
 * checked in turn). Returns null when there is nothing to look into.
 */
function inflateBounded(data: Buffer, declared: number, maxBytes: number): Promise<Buffer | 'lied' | null> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let total = 0;
    let keep: boolean | null = null;
    const kept: Buffer[] = [];
    let decided = false;
    const decide = (answer: Buffer | 'lied' | null) => {
      decided = true;
      inflate.destroy();
      resolve(answer);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (decided) return;
      total += chunk.length;
      if (total > declared) return decide('lied');
      if (keep === null) {
        keep = isZip(chunk);
        // An archive inside an archive larger than an upload may be is refused like a bomb.
        if (keep && declared > maxBytes) return decide('lied');
      }
      if (keep) kept.push(chunk);
    });
    inflate.on('error', (e) => {
      if (!decided) reject(e);
    });
    inflate.on('end', () => {
      if (decided) return;
      if (total !== declared) return decide('lied');
      decide(keep ? Buffer.concat(kept) : null);
    });
    inflate.end(data);
  });
}
