import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { BackupError } from './format';

/** One column as the backup writes and reads it. */
export interface CatalogColumn {
  name: string;
  /** The column's type as SQL (`format_type`), used to cast the text form back. */
  type: string;
}

/** A foreign key of a table to itself: its rows must be inserted parents first. */
export interface SelfReference {
  columns: string[];
  refColumns: string[];
}

export interface CatalogTable {
  name: string;
  /** Stored columns in their order; generated columns are left out (the database computes them). */
  columns: CatalogColumn[];
  primaryKey: string[];
  selfReferences: SelfReference[];
  /** Whether a column is `generated always as identity` (inserting it needs OVERRIDING SYSTEM VALUE). */
  hasIdentityAlways: boolean;
  /** Whether the table has triggers of its own (the audit log refuses TRUNCATE through one). */
  hasUserTriggers: boolean;
}

export interface CatalogSequence {
  table: string;
  column: string;
  sequence: string;
}

export interface Catalog {
  /** Every table of the `public` schema, parents before the tables that point at them. */
  tables: CatalogTable[];
  sequences: CatalogSequence[];
}

interface ColumnRow {
  table_name: string;
  column_name: string;
  type: string;
  generated: string;
  identity: string;
}

/** Reads the tables of the `public` schema from the system catalog and orders them by their foreign keys. */
export async function readCatalog(db: Executor): Promise<Catalog> {
  const tableRows = await queryRows<{ name: string; triggers: boolean | string | number }>(
    db,
    sql`select c.relname::text as name,
          exists (select 1 from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal) as triggers
        from pg_class c where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and not c.relispartition
        order by c.relname`,
  );
  const columnRows = await queryRows<ColumnRow>(
    db,
    sql`select c.relname::text as table_name, a.attname::text as column_name, format_type(a.atttypid, a.atttypmod) as type,
          a.attgenerated::text as generated, a.attidentity::text as identity
        from pg_attribute a join pg_class c on c.oid = a.attrelid
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        order by c.relname, a.attnum`,
  );
  const keyRows = await queryRows<{ tbl: string; ref: string | null; kind: string; cols: string[] | string; refcols: string[] | string | null }>(
    db,
    sql`select c.conrelid::regclass::text as tbl, case when c.contype = 'f' then c.confrelid::regclass::text end as ref, c.contype::text as kind,
          (select array_to_json(array_agg(a.attname::text order by k.ord)) from unnest(c.conkey) with ordinality k(n, ord)
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as cols,
          (select array_to_json(array_agg(a.attname::text order by k.ord)) from unnest(c.confkey) with ordinality k(n, ord)
             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as refcols
        from pg_constraint c where c.contype in ('p', 'f') and c.connamespace = 'public'::regnamespace
        order by c.conname`,
  );
  const sequenceRows = await queryRows<CatalogSequence>(
    db,
    sql`select t.relname::text as "table", a.attname::text as "column", s.relname::text as "sequence"
        from pg_class s
        join pg_depend d on d.objid = s.oid and d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
        join pg_class t on t.oid = d.refobjid
        join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where s.relkind = 'S' and t.relnamespace = 'public'::regnamespace
        order by t.relname, a.attname`,
  );

  const keys = keyRows.map((k) => ({
    tbl: unquote(k.tbl),
    ref: k.ref === null ? null : unquote(k.ref),
    kind: k.kind,
    cols: asArray(k.cols),
    refcols: k.refcols === null ? [] : asArray(k.refcols),
  }));
  const tables = new Map<string, CatalogTable>();
  for (const t of tableRows) {
    const cols = columnRows.filter((c) => c.table_name === t.name);
    const primaryKey = keys.find((k) => k.tbl === t.name && k.kind === 'p')?.cols ?? [];
    if (primaryKey.length === 0) throw new BackupError(`table ${t.name} has no primary key, so it cannot be read page by page`);
    tables.set(t.name, {
      name: t.name,
      columns: cols.filter((c) => c.generated === '').map((c) => ({ name: c.column_name, type: c.type })),
      primaryKey,
      selfReferences: keys.filter((k) => k.kind === 'f' && k.tbl === t.name && k.ref === t.name).map((k) => ({ columns: k.cols, refColumns: k.refcols })),
      hasIdentityAlways: cols.some((c) => c.identity === 'a'),
      hasUserTriggers: t.triggers === true || t.triggers === 't' || t.triggers === 1,
    });
  }

  // Parents first: a table waits for every other table it points at.
  const fks = keys.filter((k) => k.kind === 'f' && k.ref !== null && k.ref !== k.tbl && tables.has(k.tbl) && tables.has(k.ref));
  const ordered: CatalogTable[] = [];
  const pending = new Set(tables.keys());
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !fks.some((f) => f.tbl === t && pending.has(f.ref!)));
    if (ready.length === 0) throw new BackupError(`the foreign keys of these tables form a cycle: ${[...pending].join(', ')}`);
    for (const name of ready.sort()) {
      pending.delete(name);
      ordered.push(tables.get(name)!);
    }
  }
  return { tables: ordered, sequences: sequenceRows };
}

/** The newest migration the database has run (drizzle's bookkeeping), or null when it has none. */
export async function currentMigration(db: Executor): Promise<{ hash: string; createdAt: string; tag: string | null } | null> {
  const [exists] = await queryRows<{ ok: boolean | string }>(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as ok`);
  if (!(exists?.ok === true || exists?.ok === 't')) return null;
  const [row] = await queryRows<{ hash: string; created_at: string }>(
    db,
    sql`select hash, created_at::text as created_at from drizzle.__drizzle_migrations order by created_at desc, id desc limit 1`,
  );
  if (!row) return null;
  return { hash: row.hash, createdAt: row.created_at, tag: migrationTag(row.created_at) };
}

/** The migration's name from the journal of this version's migrations, when it is one of them. */
function migrationTag(createdAt: string): string | null {
  const journal = path.join(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations/meta/_journal.json');
  const entries = (JSON.parse(readFileSync(journal, 'utf8')) as { entries: { when: number; tag: string }[] }).entries;
  return entries.find((e) => String(e.when) === createdAt)?.tag ?? null;
}

function asArray(v: string[] | string): string[] {
  return typeof v === 'string' ? (JSON.parse(v) as string[]) : v;
}

function unquote(name: string): string {
  return name.replace(/^public\./, '').replace(/^"|"$/g, '');
}
