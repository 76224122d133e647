import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: repositories accept both. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs one trivial query; throws when the database is unreachable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface DatabaseOptions {
  /** A PostgreSQL connection string; when absent the embedded PGlite is used. */
  url?: string;
  /** PGlite data folder; `undefined` keeps the database in memory. */
  dataDir?: string;
  poolSize?: number;
  /** A PGlite data folder dump (from `dumpDataDir`) to start from instead of an empty cluster. */
  template?: Blob;
  /** PostgreSQL: how long a query waits for a connection before it fails (default CONNECT_TIMEOUT_MS). */
  connectTimeoutMs?: number;
}

export const CONNECT_TIMEOUT_MS = 5000;

/** A PostgreSQL database behind a connection pool, as it is (no migration, no connection made yet). */
export function postgresDatabase(url: string, options: Pick<DatabaseOptions, 'poolSize' | 'connectTimeoutMs'> = {}): Database {
  // No JIT compilation: the platform's queries are short or reports over a few thousand partnerships, where
  // compiling costs more than it saves (half a second of the consolidated report's main query, issue 10).
  // A request waits at most CONNECT_TIMEOUT_MS for a connection: while the database is down or restarting it
  // gets 503 (lib/problem.ts) instead of hanging, and the pool reconnects by itself once the database is back.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
    options: '-c jit=off',
  });
  pool.on('error', () => {
    /* a dropped idle connection is replaced on the next query; /healthz reports real outages */
  });
  return {
    db: drizzlePg(pool, { schema }) as unknown as Db,
    kind: 'postgres',
    ping: async () => {
      await pool.query('select 1');
    },
    close: () => pool.end(),
  };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const database = postgresDatabase(options.url, options);
    await migratePg(database.db as never, { migrationsFolder });
    return database;
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const client = options.template
    ? new PGlite({ loadDataDir: options.template })
    : options.dataDir
      ? new PGlite(options.dataDir)
      : new PGlite();
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return {
    db,
    kind: 'pglite',
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
  };
}
