/**
 * The backup file: gzip-compressed lines of JSON (`.ndjson.gz`).
 *
 * Line 1 is the header (below). The body follows: for each table, in the header's order (parents before
 * children), one line `{"table": name, "columns": [...]}` and then one line per row, a JSON array of the
 * columns' values in PostgreSQL's text form (`bytea` as base64, `null` for NULL), rows in primary-key order.
 * The header carries the SHA-256 of the body's bytes and the row count of every table; the same file
 * restores into either database kind.
 */
export const BACKUP_FORMAT = 'mic-platform-backup';
export const BACKUP_FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  source: { kind: 'pglite' | 'postgres'; serverVersion: string };
  /** The newest schema migration of the source database (drizzle's hash and timestamp). */
  migration: { hash: string; createdAt: string; tag: string | null };
  tables: { name: string; columns: string[]; rows: number }[];
  /** Where each serial column's sequence stood, so new rows continue after the restored ones. */
  sequences: { table: string; column: string; lastValue: string; isCalled: boolean }[];
  body: { sha256: string; bytes: number };
}

/** A backup could not be written or restored; the message says why, in words for the operator. */
export class BackupError extends Error {}

/** Checks that a parsed first line is a header this version can read. */
export function parseHeader(line: string | undefined): BackupHeader {
  let value: unknown;
  try {
    value = line === undefined ? undefined : JSON.parse(line);
  } catch {
    value = undefined;
  }
  const h = value as Partial<BackupHeader> | undefined;
  if (!h || typeof h !== 'object' || h.format !== BACKUP_FORMAT) throw new BackupError('this is not a MIC Platform backup file (its first line is not a backup header)');
  if (h.version !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(`the backup file has format version ${String(h.version)}; this version of the platform reads version ${BACKUP_FORMAT_VERSION}`);
  }
  const tablesOk =
    Array.isArray(h.tables) &&
    h.tables.every((t) => typeof t?.name === 'string' && Array.isArray(t.columns) && Number.isInteger(t.rows) && t.rows >= 0);
  const sequencesOk = Array.isArray(h.sequences) && h.sequences.every((s) => typeof s?.table === 'string' && /^-?\d+$/.test(String(s.lastValue)));
  if (!tablesOk || !sequencesOk || typeof h.migration?.hash !== 'string' || typeof h.body?.sha256 !== 'string' || typeof h.body.bytes !== 'number') {
    throw new BackupError('the backup header is incomplete or damaged');
  }
  return h as BackupHeader;
}
