import { sql } from 'drizzle-orm';
import type { Db } from '../../src/db/client';

/**
 * A fingerprint of every table of the database: its row count and an md5 over its rows' text (each
 * row hashed, the hashes sorted, so the order rows come back in does not matter). Any insert, update
 * or delete in any table changes it, so a refused request that wrote half of something is caught even
 * when it wrote no audit entry.
 */
export type Fingerprint = Map<string, string>;

/**
 * Columns that change on any signed-in request, refused or not: a session's idle deadline moves
 * forward as it is used. Bookkeeping of the session, not data a request writes.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = { sessions: ['expires_at'] };

let tablesQuery: string | null = null;

async function tables(db: Db): Promise<string[]> {
  const res = (await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`)) as unknown as { rows: { name: string }[] };
  return res.rows.map((r) => r.name);
}

export async function fingerprint(db: Db): Promise<Fingerprint> {
  if (!tablesQuery) {
    const names = await tables(db);
    tablesQuery = names
      .map((name) => {
        const quoted = `"${name.replaceAll('"', '""')}"`;
        const volatile = VOLATILE_COLUMNS[name];
        const row = volatile ? `(to_jsonb(x) - array[${volatile.map((c) => `'${c}'`).join(', ')}])::text` : 'x::text';
        return `select '${name}' as name, count(*)::text || ':' || coalesce(md5(string_agg(md5(${row}), '' order by md5(${row}))), '') as print from ${quoted} x`;
      })
      .join(' union all ');
  }
  const res = (await db.execute(sql.raw(tablesQuery))) as unknown as { rows: { name: string; print: string }[] };
  return new Map(res.rows.map((r) => [r.name, r.print]));
}

/** The tables whose fingerprint differs, with their row counts before and after. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  const changed: string[] = [];
  for (const [name, print] of after) {
    const was = before.get(name);
    if (was !== print) changed.push(`${name} (rows ${was?.split(':')[0] ?? '?'} → ${print.split(':')[0]})`);
  }
  return changed;
}
