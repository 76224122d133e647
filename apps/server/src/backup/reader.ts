import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import zlib from 'node:zlib';
import { BackupError, parseHeader, type BackupHeader } from './format';

/** Rows handed over at once when restoring (or fewer, when they reach BATCH_CHARS). */
const BATCH_ROWS = 2000;
const BATCH_CHARS = 8 * 1024 * 1024;

export interface BackupVisitor {
  /** A table's section begins; `columns` are the file's column names in row order. */
  table(name: string, columns: string[]): Promise<void>;
  /** A batch of the current table's rows, each a JSON array in text. */
  rows(lines: string[]): Promise<void>;
  /** The current table's section is complete. */
  endTable(name: string): Promise<void>;
}

const NEWLINE = Buffer.from('\n');

/** The file's lines as bytes (without the newline); a damaged or truncated gzip stream fails with a BackupError. */
async function* linesOf(file: string): AsyncGenerator<Buffer> {
  try {
    await access(file);
  } catch {
    throw new BackupError(`the backup file ${file} does not exist or cannot be read`);
  }
  const gunzip = zlib.createGunzip();
  const source = createReadStream(file);
  source.on('error', (err) => gunzip.destroy(err));
  source.pipe(gunzip);
  let rest: Buffer[] = [];
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        const piece = chunk.subarray(start, nl);
        yield rest.length ? Buffer.concat([...rest, piece]) : piece;
        rest = [];
        start = nl + 1;
      }
      if (start < chunk.length) rest.push(chunk.subarray(start));
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    throw new BackupError(`the backup file is damaged or truncated (${err instanceof Error ? err.message : String(err)})`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (rest.length) throw new BackupError('the backup file is truncated (its last line is incomplete)');
}

/**
 * Reads a backup from start to end and checks it against its header: the tables in the header's order
 * with the header's columns, every table's row count, the body's size and SHA-256. With a visitor, the rows
 * are handed over in batches as they are read; the visitor must not make its work permanent before this
 * returns, because a mismatch may still turn up at the end.
 */
export async function readBackup(file: string, visitor?: BackupVisitor, options: { batchRows?: number } = {}): Promise<BackupHeader> {
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const lines = linesOf(file);
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value.toString('utf8'));
  const hash = createHash('sha256');
  let bytes = 0;
  let tableIndex = -1;
  let rowsInTable = 0;
  let batch: string[] = [];
  let batchChars = 0;
  const current = () => header.tables[tableIndex];

  const flush = async () => {
    if (batch.length && visitor) await visitor.rows(batch);
    batch = [];
    batchChars = 0;
  };
  const closeTable = async () => {
    const t = current();
    if (!t) return;
    await flush();
    if (rowsInTable !== t.rows) throw new BackupError(`table ${t.name} has ${rowsInTable} rows in the file, the header says ${t.rows}: the file is damaged`);
    if (visitor) await visitor.endTable(t.name);
  };

  for await (const line of lines) {
    hash.update(line);
    hash.update(NEWLINE);
    bytes += line.length + 1;
    if (line[0] === 0x5b /* [ */) {
      if (!current()) throw new BackupError('the backup file is damaged: rows appear before any table');
      rowsInTable++;
      if (visitor) {
        const text = line.toString('utf8');
        batch.push(text);
        batchChars += text.length;
        if (batch.length >= batchRows || batchChars >= BATCH_CHARS) await flush();
      }
      continue;
    }
    await closeTable();
    let section: { table?: unknown; columns?: unknown };
    try {
      section = JSON.parse(line.toString('utf8'));
    } catch {
      throw new BackupError(`the backup file is damaged: a line after ${current() ? 'table ' + current()!.name : 'the header'} is neither a row nor a table heading`);
    }
    tableIndex++;
    const expected = current();
    if (!expected || section.table !== expected.name || JSON.stringify(section.columns) !== JSON.stringify(expected.columns)) {
      throw new BackupError(`the backup file is damaged: table ${String(section.table)} does not match the header (expected ${expected?.name ?? 'no more tables'})`);
    }
    rowsInTable = 0;
    if (visitor) await visitor.table(expected.name, expected.columns);
  }
  await closeTable();
  if (tableIndex !== header.tables.length - 1) {
    throw new BackupError(`the backup file is truncated: it ends after ${tableIndex + 1} of ${header.tables.length} tables`);
  }
  const sha256 = hash.digest('hex');
  if (bytes !== header.body.bytes || sha256 !== header.body.sha256) {
    throw new BackupError(`the backup file is damaged: its content does not match the checksum in its header (${bytes} bytes, SHA-256 ${sha256.slice(0, 12)}…)`);
  }
  return header;
}
