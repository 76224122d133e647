import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { AppConfig } from '../config';
import type { Database, Db } from '../db/client';
import * as schema from '../db/schema';
import { BackupError } from './format';

/** Where the commands find the database: DATABASE_URL, or the embedded database's folder in DATA_DIR. */
export function databaseLocation(config: Pick<AppConfig, 'databaseUrl' | 'dataDir'>): { url?: string; dataDir?: string; label: string } {
  if (config.databaseUrl) return { url: config.databaseUrl, label: 'PostgreSQL (DATABASE_URL)' };
  const dataDir = path.join(config.dataDir, 'pglite');
  return { dataDir, label: `the embedded database in ${dataDir}` };
}

/**
 * The embedded database serves one process at a time: opening it beside a running server could damage it.
 * A lock file left by a crashed server can be overridden with `ignoreLock`.
 */
export function assertEmbeddedFree(dataDir: string, ignoreLock: boolean) {
  if (existsSync(path.join(dataDir, 'postmaster.pid')) && !ignoreLock) {
    throw new BackupError(
      `the database in ${dataDir} seems to be in use by a running server. Stop the server first ` +
        '(or, if it crashed, run again with --ignore-lock)',
    );
  }
}

/**
 * Opens a database as it is, without running migrations: a backup must not change its source, and a restore
 * migrates only up to the backup's schema. With `create`, a missing embedded database is created (empty).
 */
export async function openExisting(location: { url?: string; dataDir?: string }, options: { create?: boolean } = {}): Promise<Database> {
  if (location.url) {
    const pool = new pg.Pool({ connectionString: location.url, max: 2 });
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, kind: 'postgres', ping: async () => void (await pool.query('select 1')), close: () => pool.end() };
  }
  const dataDir = location.dataDir!;
  if (options.create) mkdirSync(dataDir, { recursive: true });
  else if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new BackupError(`no database found in ${dataDir} (set DATA_DIR or DATABASE_URL)`);
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: 'pglite', ping: async () => void (await client.query('select 1')), close: () => client.close() };
}
