import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Zip archives built in the test, byte by byte, so that no bomb is kept in git: each entry stored or
 * deflated, and free to lie about its sizes or to share its bytes with another entry.
 */
export interface ZipEntry {
  name: string;
  /** What the entry holds; deflated unless `stored`. */
  data?: Buffer;
  /** Bytes already deflated (to reuse one compressed block in many entries); needs `inflatedSize`. */
  deflated?: Buffer;
  stored?: boolean;
  /** The uncompressed size written in the headers (default: the real one). */
  inflatedSize?: number;
  /** Point the central directory at the local header of this earlier entry instead (an overlapping bomb). */
  sameBytesAs?: number;
}

export function buildZip(entries: ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  const offsets: number[] = [];
  const sizes: { compressed: number; inflated: number; crc: number; method: number }[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    let compressed: Buffer;
    let meta: (typeof sizes)[number];
    if (entry.sameBytesAs !== undefined) {
      meta = sizes[entry.sameBytesAs]!;
      offsets.push(offsets[entry.sameBytesAs]!);
    } else {
      const data = entry.data ?? Buffer.alloc(0);
      compressed = entry.deflated ?? (entry.stored ? data : deflateRawSync(data, { level: 9 }));
      meta = { compressed: compressed.length, inflated: entry.inflatedSize ?? data.length, crc: entry.deflated ? 0 : crc32(data), method: entry.stored ? 0 : 8 };
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(meta.method, 8);
      local.writeUInt32LE(meta.crc, 14);
      local.writeUInt32LE(meta.compressed, 18);
      local.writeUInt32LE(meta.inflated, 22);
      local.writeUInt16LE(name.length, 26);
      parts.push(local, name, compressed);
      offsets.push(offset);
      offset += 30 + name.length + compressed.length;
    }
    sizes.push(meta);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(meta.method, 10);
    central.writeUInt32LE(meta.crc, 16);
    central.writeUInt32LE(meta.compressed, 20);
    central.writeUInt32LE(meta.inflated, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offsets.at(-1)!, 42);
    centrals.push(central, name);
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

const MiB = 1024 * 1024;

/** The entries that make an archive a DOCX, an XLSX or an ODT by its names. */
export const DOCX_ENTRIES: ZipEntry[] = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
];
export const XLSX_ENTRIES: ZipEntry[] = [
  { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
];
export const ODT_ENTRIES: ZipEntry[] = [
  { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.text'), stored: true },
  { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
];

/** 64 MiB of zeros, deflated once (about 64 KB), to be listed as many entries. */
let zeros: Buffer | undefined;
export function deflatedZeros(): { deflated: Buffer; inflatedSize: number } {
  zeros ??= deflateRawSync(Buffer.alloc(64 * MiB), { level: 9 });
  return { deflated: zeros, inflatedSize: 64 * MiB };
}

/** A document whose entries really inflate to 1.25 GiB (twenty times 64 MiB of zeros), headers honest. */
export function honestBomb(base: ZipEntry[]): Buffer {
  const media = Array.from({ length: 20 }, (_, i) => ({ name: `media/zeros-${i}.bin`, ...deflatedZeros() }));
  return buildZip([...base, ...media]);
}

/** A document whose one extra entry says it holds 100 bytes and inflates to 64 MiB. */
export function lyingBomb(base: ZipEntry[]): Buffer {
  return buildZip([...base, { name: 'media/small.bin', deflated: deflatedZeros().deflated, inflatedSize: 100 }]);
}

/** A document that declares 4 GiB minus one byte in one tiny entry (the headers alone give it away). */
export function declaredBomb(base: ZipEntry[]): Buffer {
  return buildZip([...base, { name: 'media/huge.bin', data: Buffer.alloc(1000), inflatedSize: 0xfffffffe }]);
}

/** A document with `count` tiny entries. */
export function manyEntries(base: ZipEntry[], count: number): Buffer {
  return buildZip([...base, ...Array.from({ length: count }, (_, i) => ({ name: `parts/p${i}.xml`, data: Buffer.from('<p/>'), stored: true }))]);
}

/** A document that lists one 64 MiB entry's bytes under 30 names (an overlapping bomb: 1.9 GiB). */
export function overlappingBomb(base: ZipEntry[]): Buffer {
  const first = base.length;
  return buildZip([...base, { name: 'media/0.bin', ...deflatedZeros() }, ...Array.from({ length: 29 }, (_, i) => ({ name: `media/${i + 1}.bin`, sameBytesAs: first }))]);
}

/** A document with archives nested `depth` deep inside it (the innermost one a small text). */
export function nested(base: ZipEntry[], depth: number): Buffer {
  let inner = buildZip([{ name: 'note.txt', data: Buffer.from('hola') }]);
  for (let i = 1; i < depth; i++) inner = buildZip([{ name: `level-${i}.zip`, data: inner }]);
  return buildZip([...base, { name: 'word/embeddings/object.zip', data: inner }]);
}
