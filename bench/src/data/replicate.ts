import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../apps/server/src/db/client';
import { queryRows } from '../../../apps/server/src/db/rows';
import { GENESIS_HASH, hashEntry } from '../../../apps/server/src/modules/audit/audit.chain';
import { lockChain } from '../../../apps/server/src/modules/audit/audit.repository';
import { municipalityName } from './replicate.names';
import { Remap } from './replicate.remap';
import { columnsOf, copyPlan, writableColumns, type CopyTable } from './replicate.schema';

type Row = Record<string, unknown>;

/** Everything one archetype partnership owns, read once, to be copied many times. */
interface Snapshot {
  partnership: Row;
  municipalities: Row[];
  users: Row[];
  tables: { table: CopyTable; rows: Row[] }[];
  audit: Row[];
  ownIds: Set<string>;
}

async function rowsOf(db: Executor, query: ReturnType<typeof sql>): Promise<Row[]> {
  return (await queryRows<{ r: Row }>(db, query)).map((x) => x.r);
}

async function snapshot(db: Executor, plan: CopyTable[], partnershipId: string): Promise<Snapshot> {
  const [partnership] = await rowsOf(db, sql`select row_to_json(p) as r from partnerships p where id = ${partnershipId}`);
  if (!partnership) throw new Error(`No partnership ${partnershipId}`);
  const municipalities = await rowsOf(
    db,
    sql`select row_to_json(m) as r from municipalities m where id in (${partnership.home_municipality_id as string}, ${partnership.partner_municipality_id as string})`,
  );
  // The archetype's own coordinators: members of this partnership only, without a programme role.
  const users = await rowsOf(
    db,
    sql`select row_to_json(u) as r from users u where u.global_role is null
          and exists (select 1 from memberships m where m.user_id = u.id and m.partnership_id = ${partnershipId})
          and not exists (select 1 from memberships m where m.user_id = u.id and m.partnership_id <> ${partnershipId})`,
  );
  const ownIds = new Set<string>([partnershipId, ...municipalities.map((m) => m.id as string), ...users.map((u) => u.id as string)]);
  const idsOf = new Map<string, string[]>();
  const tables: Snapshot['tables'] = [];
  for (const table of plan) {
    const name = sql.identifier(table.name);
    let rows: Row[];
    if (table.via.kind === 'partnership') {
      rows = await rowsOf(db, sql`select row_to_json(t) as r from ${name} t where t.partnership_id = ${partnershipId}`);
    } else {
      const parentIds = idsOf.get(table.via.parent) ?? [];
      rows = parentIds.length
        ? await rowsOf(
            db,
            sql`select row_to_json(t) as r from ${name} t where t.${sql.identifier(table.via.column)}::text in (select json_array_elements_text(${JSON.stringify(parentIds)}::json))`,
          )
        : [];
    }
    const ids = table.hasId ? rows.map((r) => String(r.id)) : [];
    idsOf.set(table.name, ids);
    for (const id of ids) if (/^[0-9a-f-]{36}$/i.test(id)) ownIds.add(id.toLowerCase());
    tables.push({ table, rows });
  }
  const entityIds = [...municipalities, ...users].map((r) => r.id as string);
  const audit = await rowsOf(
    db,
    sql`select row_to_json(a) as r from audit_log a
          where a.partnership_id = ${partnershipId} or a.entity_id in (select json_array_elements_text(${JSON.stringify(entityIds)}::json))
          order by a.id`,
  );
  return { partnership, municipalities, users, tables, audit, ownIds };
}

/** The names a copy gets: new municipalities (hence a new title) and new e-mail addresses. */
function namesFor(s: Snapshot, k: number): [string, string][] {
  const names: [string, string][] = [];
  for (const m of s.municipalities) {
    const name = municipalityName(m.country as string, k);
    names.push([m.name as string, name]);
    // Titles name the municipality without a qualifier such as "(fictional)".
    const plain = String(m.name).replace(/\s*\([^)]*\)$/, '');
    if (plain !== m.name) names.push([plain, name]);
  }
  for (const u of s.users) {
    const [local, domain] = String(u.email).split('@');
    names.push([u.email as string, `${local}.${k}@${domain}`]);
  }
  return names;
}

async function insertRows(tx: Executor, table: string, columns: string[], rows: Row[]) {
  const cols = sql.join(columns.map((c) => sql.identifier(c)), sql`, `);
  // Large batches go in slices so one parameter stays a few megabytes.
  for (let i = 0; i < rows.length; i += 2000) {
    const slice = JSON.stringify(rows.slice(i, i + 2000));
    await tx.execute(sql`insert into ${sql.identifier(table)} (${cols}) select ${cols} from json_populate_recordset(null::${sql.identifier(table)}, ${slice}::json)`);
  }
}

/** Copied before the partnership's own tables, in this order. */
const REGISTERS = ['municipalities', 'users', 'partnerships'];

const AUDIT_COLUMNS = ['id', 'at', 'actor_id', 'actor_name', 'action', 'entity_type', 'entity_id', 'partnership_id', 'before', 'after', 'prev_hash', 'hash'];

/** Appends the copies' history to the hash chain, in order, under the chain's lock. */
async function appendAudit(tx: Executor, entries: Row[]) {
  if (entries.length === 0) return;
  await lockChain(tx);
  const [last] = await queryRows<{ hash: string }>(tx, sql`select hash from audit_log order by id desc limit 1`);
  const ids = await queryRows<{ id: string }>(tx, sql`select nextval(pg_get_serial_sequence('audit_log', 'id'))::text as id from generate_series(1, ${entries.length})`);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map((e, i) => {
    const entry = {
      id: Number(ids[i]!.id),
      at: new Date(e.at as string),
      actorId: (e.actor_id as string | null) ?? null,
      actorName: (e.actor_name as string | null) ?? null,
      action: e.action as string,
      entityType: e.entity_type as string,
      entityId: e.entity_id as string,
      partnershipId: (e.partnership_id as string | null) ?? null,
      before: e.before ?? null,
      after: e.after ?? null,
      prevHash,
    };
    prevHash = hashEntry(entry);
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      actor_id: entry.actorId,
      actor_name: entry.actorName,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      partnership_id: entry.partnershipId,
      before: entry.before,
      after: entry.after,
      prev_hash: entry.prevHash,
      hash: prevHash,
    };
  });
  await insertRows(tx, 'audit_log', AUDIT_COLUMNS, rows);
}

export interface ReplicateOptions {
  /** Copies per transaction. */
  batch?: number;
  /** Numbers the copies from here (so a second run does not reuse names). */
  firstCopy?: number;
  log?: (line: string) => void;
}

/**
 * Copies the archetypes round-robin until `copies` new partnerships exist: every row the archetype
 * owns (framework, risks, budgets, grants, instalments, reports, documents…) with fresh ids, new
 * municipality names and coordinator e-mails, and its history appended to the audit chain.
 */
export async function replicate(db: Db, archetypeIds: string[], copies: number, opts: ReplicateOptions = {}): Promise<void> {
  const batch = opts.batch ?? 25;
  const plan = await copyPlan(db);
  opts.log?.(`Copying ${plan.length} tables per partnership: ${plan.map((t) => t.name).join(', ')}`);
  const snapshots: Snapshot[] = [];
  for (const id of archetypeIds) snapshots.push(await snapshot(db, plan, id));
  const registers = await registerColumns(db);
  const started = Date.now();
  for (let done = 0; done < copies; done += batch) {
    const n = Math.min(batch, copies - done);
    const out = new Map<string, Row[]>();
    const push = (table: string, rows: Row[]) => out.set(table, [...(out.get(table) ?? []), ...rows]);
    const audit: Row[] = [];
    for (let i = 0; i < n; i++) {
      const k = (opts.firstCopy ?? 0) + done + i;
      const s = snapshots[k % snapshots.length]!;
      const remap = new Remap(s.ownIds, namesFor(s, k));
      push('municipalities', s.municipalities.map((r) => remap.value(r) as Row));
      push('users', s.users.map((r) => remap.value(r) as Row));
      push('partnerships', [remap.value(s.partnership) as Row]);
      for (const { table, rows } of s.tables) push(table.name, rows.map((r) => remap.value(r) as Row));
      audit.push(...s.audit.map((r) => remap.value(r) as Row));
    }
    await db.transaction(async (tx) => {
      await tx.execute(sql`set local synchronous_commit = off`);
      for (const name of REGISTERS) await insertRows(tx, name, registers.get(name)!, out.get(name) ?? []);
      for (const table of plan) {
        const rows = out.get(table.name) ?? [];
        if (rows.length) await insertRows(tx, table.name, table.columns, rows);
      }
      await appendAudit(tx, audit);
    });
    const total = done + n;
    if (total % (batch * 20) === 0 || total === copies) {
      const seconds = (Date.now() - started) / 1000;
      opts.log?.(`  ${total} / ${copies} copies (${Math.round(total / seconds)} partnerships/s)`);
    }
  }
}

async function registerColumns(db: Executor): Promise<Map<string, string[]>> {
  const all = await columnsOf(db);
  return new Map(REGISTERS.map((t) => [t, writableColumns(all.get(t)!)]));
}
