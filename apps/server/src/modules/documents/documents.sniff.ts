import type { DocumentMediaType } from '@mic/domain';

/**
 * The type of a file, decided from its first bytes, never from its name or the Content-Type sent:
 * PDF, PNG, JPEG and the zip-based DOCX, XLSX and ODT (told apart by the entries they must contain).
 * Anything else (plain text, HTML and SVG included, other archives, programs) is null.
 */
export function sniffMediaType(bytes: Buffer): DocumentMediaType | null {
  const starts = (sig: number[] | string, offset = 0) => {
    const b = typeof sig === 'string' ? Buffer.from(sig, 'latin1') : Buffer.from(sig);
    return bytes.length >= offset + b.length && bytes.subarray(offset, offset + b.length).equals(b);
  };
  if (starts('%PDF-')) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (starts([0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  return null;
}

/** Office Open XML and OpenDocument files are zip archives; their entry names say which they are. */
function zipKind(bytes: Buffer): DocumentMediaType | null {
  // An OpenDocument file starts with an uncompressed "mimetype" entry holding its type.
  if (bytes.subarray(30, 38).toString('latin1') === 'mimetype') {
    return bytes.subarray(38, 38 + 39).toString('latin1') === 'application/vnd.oasis.opendocument.text' ? 'application/vnd.oasis.opendocument.text' : null;
  }
  const names = zipEntryNames(bytes);
  if (!names.has('[Content_Types].xml')) return null;
  if (names.has('word/document.xml')) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/** The entry names of a zip archive, from its central directory (names are stored uncompressed). */
function zipEntryNames(bytes: Buffer): Set<string> {
  const names = new Set<string>();
  // The end-of-central-directory record sits in the last 65,557 bytes.
  const from = Math.max(0, bytes.length - 65_557);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < from || eocd + 22 > bytes.length) return names;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries && at + 46 <= bytes.length; i++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    names.add(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

/**
 * A file name safe to keep and show: the last part of any path (either slash), without control
 * characters (C0, C1, DEL), bidirectional overrides and isolates (an "RTL override" makes
 * `evil\u202Efdp.exe` look like `evilexe.pdf`), line separators, or leading dots; at most 200
 * characters, keeping the extension when a long name is cut. Never empty.
 */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/g, '').trim().replace(/^[.\s]+/, '');
  const chars = Array.from(clean || 'document');
  if (chars.length <= 200) return chars.join('');
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 ? Array.from(clean.slice(dot)) : [];
  const kept = ext.length > 0 && ext.length <= 16 ? ext : [];
  return chars.slice(0, 200 - kept.length).join('').trimEnd() + kept.join('');
}
