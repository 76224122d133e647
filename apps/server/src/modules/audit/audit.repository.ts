import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';
import { auditLog, programmes } from '../../db/schema';

export type AuditRow = typeof auditLog.$inferSelect;

/** Serialises writers of the chain until the end of the transaction. */
export async function lockChain(tx: Executor) {
  await tx.execute(sql`select pg_advisory_xact_lock(7260401)`);
}

export async function lastEntry(tx: Executor) {
  const [row] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row ?? null;
}

export async function nextId(tx: Executor): Promise<number> {
  const [row] = await queryRows<{ id: string | number }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id`);
  return Number(row!.id);
}

export async function insertEntry(tx: Executor, row: typeof auditLog.$inferInsert) {
  await tx.insert(auditLog).values(row);
}

/** One page of the whole chain in id order, for verification. */
export async function chainPage(tx: Executor, afterId: number, limit: number) {
  return tx.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(limit);
}

/** A partnership's history, newest first, paged by id. */
export async function historyOf(tx: Executor, partnershipId: string, beforeId: number | null, limit: number) {
  return tx
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.partnershipId, partnershipId), beforeId ? lt(auditLog.id, beforeId) : undefined))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/**
 * What the read cache (plugins/read-cache.ts) checks before serving a kept answer: the newest audit
 * entry of the whole programme, or of one partnership together with the newest programme-wide one.
 */
export type VersionScope = { kind: 'programme' } | { kind: 'partnership'; partnershipId: string } | null;

/** The version as SQL, the partnership's id a prepared statement's `partnershipId` placeholder. */
export function versionSql(scope: VersionScope): SQL {
  if (!scope) return sql`null`;
  if (scope.kind === 'programme') return sql`(select max(id) from audit_log)::text`;
  return sql`concat_ws(':', (select max(id) from audit_log where partnership_id = ${sql.placeholder('partnershipId')}::uuid), (select max(id) from audit_log where partnership_id is null))`;
}

function versionQuery(db: Executor, kind: 'programme' | 'partnership') {
  const scope: VersionScope = kind === 'programme' ? { kind } : { kind, partnershipId: '' };
  // One row to select from: the programme (there is always one).
  return db.select({ v: sql<string | null>`${versionSql(scope)}` }).from(programmes).limit(1).prepare(`read_cache_version_${kind}`);
}
// Built once per database and prepared on the server: this runs on every cached anonymous request.
const versionQueries = new WeakMap<Executor, Record<'programme' | 'partnership', ReturnType<typeof versionQuery>>>();

/** The data version for a caller without a session (a signed-in caller's comes with the session). */
export async function dataVersionOf(db: Executor, scope: NonNullable<VersionScope>): Promise<string> {
  let queries = versionQueries.get(db);
  if (!queries) versionQueries.set(db, (queries = { programme: versionQuery(db, 'programme'), partnership: versionQuery(db, 'partnership') }));
  const [row] = await queries[scope.kind].execute({ partnershipId: scope.kind === 'partnership' ? scope.partnershipId : null });
  return row?.v ?? '';
}
