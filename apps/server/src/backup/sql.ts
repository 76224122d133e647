import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client';
import type { CatalogColumn } from './catalog';

/**
 * Fixes every setting the text form of a value depends on, for the rest of the transaction, so that a
 * value written by one server reads back the same on another (time zone, date style, float digits).
 */
export async function useStableTextForms(tx: Executor): Promise<void> {
  await tx.execute(sql`set local timezone = 'UTC'`);
  await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
}

export function ident(name: string): SQL {
  return sql`${sql.identifier(name)}`;
}

export function identList(names: string[]): SQL {
  return sql.join(names.map(ident), sql`, `);
}

/** A column's value as text: base64 for binary, PostgreSQL's own text form for everything else. */
export function textOf(column: CatalogColumn, alias?: string): SQL {
  const ref = alias ? sql`${ident(alias)}.${ident(column.name)}` : ident(column.name);
  return column.type === 'bytea' ? sql`translate(encode(${ref}, 'base64'), E'\\n', '')` : sql`${ref}::text`;
}

/** The SQL type of a column for a cast; taken from the database's own catalog, never from a file. */
export function typeOf(column: CatalogColumn): SQL {
  return sql.raw(column.type);
}

/** Reads the value at `index` of a JSON array row `r` back into the column's type. */
export function valueFrom(row: SQL, index: number, column: CatalogColumn): SQL {
  const text = sql`(${row} ->> ${sql.raw(String(index))})`;
  return column.type === 'bytea' ? sql`decode(${text}, 'base64')` : sql`${text}::${typeOf(column)}`;
}

export function truthy(v: unknown): boolean {
  return v === true || v === 't' || v === 'true' || v === 1;
}
