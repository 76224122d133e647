import { sql } from 'drizzle-orm';
import type { Executor } from '../../../apps/server/src/db/client';
import { queryRows } from '../../../apps/server/src/db/rows';

/** A table the replicator copies, with the columns it writes and how its rows are found. */
export interface CopyTable {
  name: string;
  /** Columns written on copy: everything but generated and serial columns. */
  columns: string[];
  /** Selected by `partnership_id = archetype`, or through a foreign key to a copied parent. */
  via: { kind: 'partnership' } | { kind: 'parent'; column: string; parent: string; parentColumn: string };
  /** Whether the table has an `id` column other rows may point at. */
  hasId: boolean;
}

/**
 * Tables that hold a partnership's data but are not copied: the audit log (re-chained separately),
 * mail that was never sent, and per-user secrets.
 */
const NOT_COPIED = new Set(['audit_log', 'mail_outbox', 'sessions', 'calendar_feeds', 'login_attempts', 'invitations', '__drizzle_migrations']);
/** Shared registers: copied rows are chosen explicitly (the archetype's own municipalities and coordinators). */
const REGISTERS = new Set(['partnerships', 'municipalities', 'users', 'programmes']);

interface ColumnRow {
  table_name: string;
  column_name: string;
  column_default: string | null;
  is_generated: string;
}
interface ForeignKeyRow {
  tbl: string;
  ref: string;
  cols: string[];
  refcols: string[];
}

export async function columnsOf(db: Executor): Promise<Map<string, ColumnRow[]>> {
  const rows = await queryRows<ColumnRow>(
    db,
    sql`select table_name, column_name, column_default, is_generated from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const byTable = new Map<string, ColumnRow[]>();
  for (const r of rows) byTable.set(r.table_name, [...(byTable.get(r.table_name) ?? []), r]);
  return byTable;
}

async function foreignKeys(db: Executor): Promise<ForeignKeyRow[]> {
  return queryRows<ForeignKeyRow>(
    db,
    sql`select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as ref,
          (select array_to_json(array_agg(a.attname::text order by k.ord)) from unnest(c.conkey) with ordinality k(n, ord)
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as cols,
          (select array_to_json(array_agg(a.attname::text order by k.ord)) from unnest(c.confkey) with ordinality k(n, ord)
             join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n) as refcols
        from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
}

export function writableColumns(cols: ColumnRow[]): string[] {
  return cols.filter((c) => c.is_generated !== 'ALWAYS' && !(c.column_default ?? '').startsWith('nextval(')).map((c) => c.column_name);
}

/**
 * Every table that belongs to a partnership, parents before children: tables with a
 * `partnership_id`, then (repeatedly) tables pointing at one of those through a foreign key.
 */
export async function copyPlan(db: Executor): Promise<CopyTable[]> {
  const columns = await columnsOf(db);
  const fks = (await foreignKeys(db)).map((f) => ({ ...f, tbl: unquote(f.tbl), ref: unquote(f.ref) }));
  const plan: CopyTable[] = [];
  const chosen = new Set<string>();
  const candidates = [...columns.keys()].filter((t) => !NOT_COPIED.has(t) && !REGISTERS.has(t));

  for (const name of candidates) {
    const cols = columns.get(name)!;
    if (!cols.some((c) => c.column_name === 'partnership_id')) continue;
    chosen.add(name);
  }
  // Children reached through a foreign key to a chosen table (only single-column keys).
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of candidates) {
      if (chosen.has(name)) continue;
      const fk = fks.find((f) => f.tbl === name && chosen.has(f.ref) && f.cols.length === 1);
      if (fk) {
        chosen.add(name);
        grew = true;
      }
    }
  }
  // Parents first: a table waits for every chosen table it points at (self-references aside).
  const pending = new Set(chosen);
  while (pending.size > 0) {
    const ready = [...pending].filter((t) => !fks.some((f) => f.tbl === t && f.ref !== t && pending.has(f.ref)));
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(', ')}`);
    for (const name of ready.sort()) {
      pending.delete(name);
      const cols = columns.get(name)!;
      const hasPartnership = cols.some((c) => c.column_name === 'partnership_id');
      const fk = fks.find((f) => f.tbl === name && chosen.has(f.ref) && f.ref !== name && f.cols.length === 1);
      plan.push({
        name,
        columns: writableColumns(cols),
        hasId: cols.some((c) => c.column_name === 'id'),
        via: hasPartnership || !fk ? { kind: 'partnership' } : { kind: 'parent', column: fk.cols[0]!, parent: fk.ref, parentColumn: fk.refcols[0]! },
      });
    }
  }
  return plan;
}

function unquote(name: string): string {
  return name.replace(/^"|"$/g, '').replace(/^public\./, '');
}
