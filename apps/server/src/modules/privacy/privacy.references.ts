import { is, sql, type SQL } from 'drizzle-orm';
import { getTableConfig, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema';

/**
 * Every column in the schema that refers to a user, found from the foreign keys themselves (so a
 * table added later is covered without touching this file), each with the column beside it that
 * keeps the person's name at the time (`uploaded_by` → `uploaded_by_name`, `by_id` → `by_name`,
 * `author_id` → `author_name`), if there is one.
 */
export interface UserReference {
  table: PgTable;
  tableName: string;
  column: PgColumn;
  nameColumn: string | null;
  onDelete: string;
}

/** Access rights and secrets of the person, not records: removed when the person is anonymised. */
export const PERSONAL_TABLES = ['sessions', 'memberships', 'calendar_feeds'];

let found: UserReference[] | null = null;

export function userReferences(): UserReference[] {
  if (found) return found;
  const refs: UserReference[] = [];
  for (const value of Object.values(schema)) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      if (getTableConfig(ref.foreignTable).name !== 'users' || ref.columns.length !== 1) continue;
      const column = ref.columns[0]!;
      const wanted = `${column.name.replace(/_id$/, '')}_name`;
      const nameColumn = config.columns.find((c) => c.name === wanted)?.name ?? null;
      refs.push({ table: value, tableName: config.name, column, nameColumn, onDelete: fk.onDelete ?? 'no action' });
    }
  }
  return (found = refs);
}

/** SQL that is true when any record of the programme (anything but PERSONAL_TABLES) refers to the user. */
export function referencedByRecords(userId: string): SQL {
  const checks = userReferences()
    .filter((r) => !PERSONAL_TABLES.includes(r.tableName))
    .map((r) => sql`exists (select 1 from ${r.table} where ${r.column} = ${userId})`);
  return sql.join(checks, sql` or `);
}
