import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';
import { openDatabase, type Database } from '../../src/db/client';
import { queryRows } from '../../src/db/rows';
import { recordChange } from '../../src/modules/audit/audit.service';
import { openTestDatabase } from '../helpers/database';

export const tempDir = () => mkdtemp(path.join(tmpdir(), 'mic-backup-test-'));

/**
 * Every table's row count and an MD5 of its rows in PostgreSQL's own text form, sorted: two databases
 * with the same digests hold the same rows. Computed by the database, independently of the backup code.
 */
export async function tableDigests(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    const tables = await queryRows<{ name: string }>(
      tx,
      sql`select relname::text as name from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by relname`,
    );
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const [row] = await queryRows<{ n: string | number; md5: string }>(
        tx,
        sql`select count(*)::text as n, md5(coalesce(string_agg(x, E'\n' order by x), '')) as md5 from (select t::text as x from ${sql.identifier(name)} t) s`,
      );
      out[name] = { rows: Number(row!.n), md5: row!.md5 };
    }
    return out;
  });
}

/** Tables that hold at least one row. */
export async function occupiedTables(db: Db): Promise<string[]> {
  const digests = await tableDigests(db);
  return Object.entries(digests)
    .filter(([, d]) => d.rows > 0)
    .map(([name]) => name);
}

/** A fresh database of the other kind than the suite's (PGlite when the suite runs on PostgreSQL), or of the same kind. */
export async function openOtherKind(): Promise<Database> {
  return process.env.DATABASE_URL ? openDatabase({}) : openTestDatabase();
}

/** Appends `count` audit entries with awkward content (unicode, nesting, nulls, big numbers) in one transaction. */
export async function lengthenAuditLog(db: Db, count: number) {
  await db.transaction(async (tx) => {
    for (let i = 0; i < count; i++) {
      await recordChange(
        tx,
        i % 3 === 0 ? null : { userId: null as unknown as string, name: `Støle Ñuñoa «${i}» 🌍` },
        {
          action: 'backup.test',
          entityType: 'note',
          entityId: `note-${i}`,
          before: i % 2 ? null : { text: 'line\nbreak\t"quoted" \\ back', n: i, big: 2 ** 53 - i, nested: { a: [1, { b: null }] } },
          after: { i, unicode: 'Ærø – Quetzaltenango – 北京', empty: '', list: [] },
        },
      );
    }
  });
}

/** The file's lines (header first), uncompressed. */
export async function linesOfBackup(file: string): Promise<string[]> {
  const text = zlib.gunzipSync(await readFile(file)).toString('utf8');
  return text.slice(0, -1).split('\n');
}

/**
 * Writes a copy of a backup with its body lines changed by `edit`; with `fixChecksum`, the header's
 * checksum and row counts are made to match the edited body (a forgery a checksum alone cannot catch).
 */
export async function rewriteBackup(file: string, out: string, edit: (body: string[]) => string[], options: { fixChecksum?: boolean } = {}) {
  const [headerLine, ...body] = await linesOfBackup(file);
  const header = JSON.parse(headerLine!);
  const edited = edit(body);
  const bodyText = edited.map((l) => l + '\n').join('');
  if (options.fixChecksum) {
    header.body = { sha256: createHash('sha256').update(bodyText).digest('hex'), bytes: Buffer.byteLength(bodyText) };
  }
  await writeFile(out, zlib.gzipSync(JSON.stringify(header) + '\n' + bodyText));
}

/** Index of a table's heading line in a backup body. */
export function headingIndex(body: string[], table: string): number {
  return body.findIndex((l) => l.startsWith('{') && JSON.parse(l).table === table);
}
