import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '../db/client';
import { queryRows } from '../db/rows';
import { verifyChain } from '../modules/audit/audit.service';
import { currentMigration, readCatalog, type Catalog, type CatalogColumn, type CatalogTable } from './catalog';
import { BackupError, type BackupHeader } from './format';
import { migrateToBackup, migrateToLatest } from './migrations';
import { readBackup, type BackupVisitor } from './reader';
import { ident, identList, truthy, useStableTextForms, valueFrom } from './sql';

export interface RestoreOptions {
  /**
   * Restore into a database that already holds data: its rows are removed and replaced by the backup's
   * inside the same single transaction, so on any failure the database keeps exactly what it had.
   */
  force?: boolean;
  /** The header from an earlier `readBackup` of the same file (skips checking the file a second time). */
  checked?: BackupHeader;
  /** Rows per INSERT (tests use small batches). */
  batchRows?: number;
}

export interface RestoreSummary {
  header: BackupHeader;
  totalRows: number;
  /** Tables that held rows before and were replaced (only with `force`). */
  replaced: string[];
  auditEntries: number;
  /** The schema migration the database is at after the restore (newer than the backup's if it came from an older version). */
  schema: string;
  milliseconds: number;
}

/**
 * Restores a backup into an empty database (or, with `force`, over one). The file is checked end to end
 * first; the target's schema is brought to the backup's migration; then, in one
 * transaction, the rows are inserted parents first, the sequences set, the row counts, the file's checksum
 * and the audit chain verified. Anything that does not match rolls the whole restore back. Last, the
 * migrations newer than the backup run.
 */
export async function restoreBackup(database: Database, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const started = Date.now();
  const { db } = database;
  const header = options.checked ?? (await readBackup(file));
  await migrateToBackup(database, header);
  const catalog = await readCatalog(db);
  checkTablesMatch(catalog, header);
  const occupied = await tablesWithRows(db, catalog);
  if (occupied.length > 0 && !options.force) {
    throw new BackupError(
      `the target database is not empty: ${occupied.length} tables hold rows (${occupied.slice(0, 4).join(', ')}${occupied.length > 4 ? ', …' : ''}). ` +
        'Restore into an empty database, or pass --force to replace its whole content',
    );
  }

  const auditEntries = await db.transaction(async (tx) => {
    await useStableTextForms(tx);
    if (occupied.length > 0) await emptyAllTables(tx, catalog);
    const loader = new Loader(tx, catalog);
    await readBackup(file, loader, { batchRows: options.batchRows });
    for (const t of header.tables) {
      const [row] = await queryRows<{ n: string | number }>(tx, sql`select count(*)::text as n from ${ident(t.name)}`);
      if (Number(row!.n) !== t.rows) throw new BackupError(`table ${t.name} holds ${row!.n} rows after the restore, the backup has ${t.rows}`);
    }
    await restoreSequences(tx, catalog, header);
    const chain = await verifyChain(tx);
    if (!chain.ok) {
      const at = chain.break!.kind === 'altered' ? `entry ${chain.break!.id} was altered` : `the chain breaks before entry ${chain.break!.beforeId}`;
      throw new BackupError(`the restored audit log does not verify: ${at}`);
    }
    return chain.checked;
  });
  // A backup from an older version now gets the migrations that came after it, as on a server's start.
  await migrateToLatest(database);
  const latest = await currentMigration(db);
  // Fresh statistics, so the planner knows the tables are no longer empty.
  await db.execute(sql`analyze`);
  return {
    header,
    totalRows: header.tables.reduce((n, t) => n + t.rows, 0),
    replaced: occupied,
    auditEntries,
    schema: latest?.tag ?? latest?.hash ?? '',
    milliseconds: Date.now() - started,
  };
}

function checkTablesMatch(catalog: Catalog, header: BackupHeader) {
  const target = new Map(catalog.tables.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const t of header.tables) {
    const there = target.get(t.name);
    if (!there) problems.push(`table ${t.name} does not exist in the target`);
    else if ([...t.columns].sort().join() !== there.columns.map((c) => c.name).sort().join()) problems.push(`table ${t.name} has other columns in the target`);
  }
  for (const name of target.keys()) if (!header.tables.some((t) => t.name === name)) problems.push(`table ${name} is not in the backup`);
  if (problems.length) throw new BackupError(`the backup does not fit the target database's schema: ${problems.join('; ')}`);
}

async function tablesWithRows(db: Executor, catalog: Catalog): Promise<string[]> {
  const occupied: string[] = [];
  for (const t of catalog.tables) {
    const [row] = await queryRows<{ any: unknown }>(db, sql`select exists (select 1 from ${ident(t.name)}) as any`);
    if (truthy(row?.any)) occupied.push(t.name);
  }
  return occupied;
}

/** Empties every table inside the restore's transaction; the audit log's guard against TRUNCATE is lifted for this statement only. */
async function emptyAllTables(tx: Executor, catalog: Catalog) {
  const guarded = catalog.tables.filter((t) => t.hasUserTriggers);
  for (const t of guarded) await tx.execute(sql`alter table ${ident(t.name)} disable trigger user`);
  await tx.execute(sql`truncate table ${identList(catalog.tables.map((t) => t.name))}`);
  for (const t of guarded) await tx.execute(sql`alter table ${ident(t.name)} enable trigger user`);
}

async function restoreSequences(tx: Executor, catalog: Catalog, header: BackupHeader) {
  for (const s of catalog.sequences) {
    const saved = header.sequences.find((h) => h.table === s.table && h.column === s.column);
    const seq = sql`${`public."${s.sequence.replace(/"/g, '""')}"`}::regclass`;
    const [max] = await queryRows<{ m: string | null }>(tx, sql`select max(${ident(s.column)})::text as m from ${ident(s.table)}`);
    // Never behind the restored rows, whatever the file says.
    if (max?.m != null && (!saved || BigInt(max.m) >= BigInt(saved.lastValue))) {
      await tx.execute(sql`select setval(${seq}, ${max.m}::bigint, true)`);
    } else if (saved) {
      await tx.execute(sql`select setval(${seq}, ${saved.lastValue}::bigint, ${saved.isCalled})`);
    }
  }
}

/** Inserts each table's rows as the reader hands them over; a table that points at itself goes through a staging table, parents first. */
class Loader implements BackupVisitor {
  private current: CatalogTable | null = null;
  private columns: CatalogColumn[] = [];
  private staged = false;
  private stageReady = false;

  constructor(
    private readonly tx: Executor,
    private readonly catalog: Catalog,
  ) {}

  async table(name: string, columns: string[]) {
    const table = this.catalog.tables.find((t) => t.name === name)!;
    this.current = table;
    this.columns = columns.map((c) => table.columns.find((tc) => tc.name === c)!);
    this.staged = table.selfReferences.length > 0;
    if (this.staged && !this.stageReady) {
      await this.tx.execute(sql`create temporary table mic_restore_stage (r jsonb not null) on commit drop`);
      this.stageReady = true;
    }
  }

  async rows(lines: string[]) {
    const batch = `[${lines.join(',')}]`;
    if (this.staged) {
      await this.tx.execute(sql`insert into mic_restore_stage (r) select value from jsonb_array_elements(${batch}::jsonb)`);
      return;
    }
    await this.tx.execute(sql`${this.insertInto()} select ${this.values(sql`e.r`)} from jsonb_array_elements(${batch}::jsonb) as e(r)`);
  }

  async endTable(name: string) {
    if (!this.staged) return;
    const table = this.current!;
    // Each round inserts the staged rows whose parents are in the table already: one level of the tree.
    const ready = sql.join(
      table.selfReferences.map((ref) => {
        const idx = ref.columns.map((c) => this.columns.findIndex((col) => col.name === c));
        const anyNull = sql.join(
          idx.map((i) => sql`(s.r ->> ${sql.raw(String(i))}) is null`),
          sql` or `,
        );
        const match = sql.join(
          ref.refColumns.map((rc, k) => sql`p.${ident(rc)} = ${valueFrom(sql`s.r`, idx[k]!, this.columns[idx[k]!]!)}`),
          sql` and `,
        );
        return sql`(${anyNull} or exists (select 1 from ${ident(name)} p where ${match}))`;
      }),
      sql` and `,
    );
    let remaining = Infinity;
    for (;;) {
      await this.tx.execute(
        sql`with ready as (delete from mic_restore_stage s where ${ready} returning s.r) ${this.insertInto()} select ${this.values(sql`ready.r`)} from ready`,
      );
      const [row] = await queryRows<{ n: string | number }>(this.tx, sql`select count(*)::text as n from mic_restore_stage`);
      const left = Number(row!.n);
      if (left === 0) return;
      if (left >= remaining) throw new BackupError(`${left} rows of table ${name} point at rows of the same table that are not in the backup`);
      remaining = left;
    }
  }

  private insertInto(): SQL {
    const table = this.current!;
    return sql`insert into ${ident(table.name)} (${identList(this.columns.map((c) => c.name))})${table.hasIdentityAlways ? sql` overriding system value` : sql``}`;
  }

  private values(row: SQL): SQL {
    return sql.join(
      this.columns.map((c, i) => valueFrom(row, i, c)),
      sql`, `,
    );
  }
}
