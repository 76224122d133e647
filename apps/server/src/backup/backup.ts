import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { currentMigration, readCatalog, type CatalogTable } from './catalog';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, type BackupHeader } from './format';
import { ident, identList, textOf, truthy, typeOf, useStableTextForms } from './sql';

/** Rows read per query from a table without binary columns. */
const PAGE_ROWS = 5000;
/** A page of a table with binary columns stops at this many bytes of content (or at one row). */
const PAGE_BYTES = 16 * 1024 * 1024;

export interface BackupOptions {
  now?: () => Date;
  /** Rows per page (tests use small pages to cross many page boundaries). */
  pageRows?: number;
  /** Content bytes per page of a table with binary columns. */
  pageBytes?: number;
}

export interface BackupSummary {
  file: string;
  header: BackupHeader;
  totalRows: number;
  /** Size of the compressed file. */
  fileBytes: number;
  milliseconds: number;
}

/**
 * Writes every table of the database to `file`, read in one consistent snapshot (a repeatable-read,
 * read-only transaction) page by page in primary-key order, so memory stays flat however big the
 * database is. The file appears under its name only once it is complete.
 */
export async function writeBackup(db: Db, kind: 'pglite' | 'postgres', file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const now = options.now ?? (() => new Date());
  const paging = { rows: options.pageRows ?? PAGE_ROWS, bytes: options.pageBytes ?? PAGE_BYTES };
  const started = Date.now();
  const bodyFile = `${file}.body.partial`;
  const partial = `${file}.partial`;
  try {
    const header = await db.transaction(async (tx) => {
      await tx.execute(sql`set transaction isolation level repeatable read, read only`);
      await useStableTextForms(tx);
      const migration = await currentMigration(tx);
      if (!migration) throw new BackupError('the database has no schema migrations: it is not a MIC Platform database');
      const catalog = await readCatalog(tx);
      const [version] = await queryRows<{ v: string }>(tx, sql`select current_setting('server_version') as v`);
      const sequences = [];
      for (const s of catalog.sequences) {
        const [row] = await queryRows<{ v: string; called: unknown }>(tx, sql`select last_value::text as v, is_called as called from ${ident('public')}.${ident(s.sequence)}`);
        sequences.push({ table: s.table, column: s.column, lastValue: row!.v, isCalled: truthy(row!.called) });
      }
      const body = await writeBody(tx, catalog.tables, bodyFile, paging);
      const h: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_FORMAT_VERSION,
        createdAt: now().toISOString(),
        source: { kind, serverVersion: version!.v },
        migration,
        tables: catalog.tables.map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name), rows: body.rows.get(t.name) ?? 0 })),
        sequences,
        body: { sha256: body.sha256, bytes: body.bytes },
      };
      return h;
    });
    // The header goes first as its own gzip member; the body's member follows (gzip readers join them).
    await writeFile(partial, zlib.gzipSync(JSON.stringify(header) + '\n'));
    await pipeline(createReadStream(bodyFile), createWriteStream(partial, { flags: 'a' }));
    const written = await open(partial, 'r+');
    try {
      await written.sync();
    } finally {
      await written.close();
    }
    await rename(partial, file);
    const { size } = await stat(file);
    return {
      file,
      header,
      totalRows: header.tables.reduce((n, t) => n + t.rows, 0),
      fileBytes: size,
      milliseconds: Date.now() - started,
    };
  } finally {
    await rm(bodyFile, { force: true });
    await rm(partial, { force: true });
  }
}

async function writeBody(tx: Executor, tables: CatalogTable[], bodyFile: string, paging: Paging) {
  const gzip = zlib.createGzip({ level: 4 });
  const sink = createWriteStream(bodyFile);
  const done = pipeline(gzip, sink);
  const hash = createHash('sha256');
  let bytes = 0;
  const rows = new Map<string, number>();
  const write = async (text: string) => {
    const chunk = Buffer.from(text, 'utf8');
    hash.update(chunk);
    bytes += chunk.length;
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  try {
    for (const table of tables) {
      await write(JSON.stringify({ table: table.name, columns: table.columns.map((c) => c.name) }) + '\n');
      let count = 0;
      for await (const lines of pagesOf(tx, table, paging)) {
        count += lines.length;
        await write(lines.join('\n') + '\n');
      }
      rows.set(table.name, count);
    }
    gzip.end();
    await done;
  } catch (err) {
    gzip.destroy();
    await done.catch(() => undefined);
    throw err;
  }
  return { sha256: hash.digest('hex'), bytes, rows };
}

/** The table's rows as JSON lines, one page at a time, in primary-key order (keyset paging). */
interface Paging {
  rows: number;
  bytes: number;
}

async function* pagesOf(tx: Executor, table: CatalogTable, paging: Paging): AsyncGenerator<string[]> {
  const pk = table.columns.filter((c) => table.primaryKey.includes(c.name)).sort((a, b) => table.primaryKey.indexOf(a.name) - table.primaryKey.indexOf(b.name));
  const keyList = identList(table.primaryKey);
  const line = sql`array_to_json(array[${sql.join(
    table.columns.map((c) => textOf(c)),
    sql`, `,
  )}]::text[])::text as line`;
  const keys = sql.join(
    pk.map((c, i) => sql`${ident(c.name)}::text as ${ident(`k${i}`)}`),
    sql`, `,
  );
  const keyValue = (values: string[]) => sql`(${sql.join(
    pk.map((c, i) => sql`${values[i]}::${typeOf(c)}`),
    sql`, `,
  )})`;
  const after = (last: string[] | null): SQL => (last ? sql`where (${keyList}) > ${keyValue(last)}` : sql``);
  const binary = table.columns.filter((c) => c.type === 'bytea');
  const keysOf = (row: Record<string, string>) => pk.map((_, i) => row[`k${i}`]!);

  let last: string[] | null = null;
  for (;;) {
    let page: Record<string, string>[];
    if (binary.length === 0) {
      page = await queryRows(tx, sql`select ${line}, ${keys} from ${ident(table.name)} ${after(last)} order by ${keyList} limit ${paging.rows}`);
    } else {
      // Choose how many rows fit in PAGE_BYTES before reading their content.
      const size = sql.join(
        binary.map((c) => sql`coalesce(octet_length(${ident(c.name)}), 0)`),
        sql` + `,
      );
      const sizes = await queryRows<Record<string, string> & { size: string | number }>(
        tx,
        sql`select ${keys}, (${size})::bigint as size from ${ident(table.name)} ${after(last)} order by ${keyList} limit ${Math.min(paging.rows, 500)}`,
      );
      if (sizes.length === 0) return;
      let take = 0;
      for (let total = 0; take < sizes.length; take++) {
        total += Number(sizes[take]!.size);
        if (take > 0 && total > paging.bytes) break;
      }
      const upTo = keysOf(sizes[take - 1]!);
      const bounds = last ? sql`where (${keyList}) > ${keyValue(last)} and (${keyList}) <= ${keyValue(upTo)}` : sql`where (${keyList}) <= ${keyValue(upTo)}`;
      page = await queryRows(tx, sql`select ${line}, ${keys} from ${ident(table.name)} ${bounds} order by ${keyList}`);
    }
    if (page.length === 0) return;
    yield page.map((r) => r.line!);
    last = keysOf(page[page.length - 1]!);
  }
}
