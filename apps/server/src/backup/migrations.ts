import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from '../db/client';
import { currentMigration } from './catalog';
import { BackupError, type BackupHeader } from './format';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../db/migrations');

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

/** Position of a migration in this version's list, or -1 when this version does not know it. */
function positionOf(migration: { hash: string; createdAt: string }): number {
  return readMigrationFiles({ migrationsFolder }).findIndex((m) => String(m.folderMillis) === migration.createdAt && m.hash === migration.hash);
}

async function migrate(database: Database, folder: string) {
  if (database.kind === 'postgres') await migratePg(database.db as never, { migrationsFolder: folder });
  else await migratePglite(database.db as never, { migrationsFolder: folder });
}

/**
 * Brings the target's schema to the migration the backup was made at (not further: the rows must fit the
 * tables as they were). A backup made by an older version restores this way and is then migrated forward
 * by `migrateToLatest`, as the server would migrate an old database on start.
 */
export async function migrateToBackup(database: Database, header: BackupHeader): Promise<void> {
  const wanted = positionOf(header.migration);
  if (wanted === -1) {
    throw new BackupError(
      `the backup was made at a schema migration this version of the platform does not know (${header.migration.tag ?? header.migration.hash.slice(0, 12)}): ` +
        'restore it with the version that made it, or a newer one',
    );
  }
  const current = await currentMigration(database.db);
  const at = current ? positionOf(current) : -1;
  if (current && (at === -1 || at > wanted)) {
    throw new BackupError(
      `the target database's schema (${current.tag ?? current.hash.slice(0, 12)}) is newer than the backup's (${header.migration.tag ?? header.migration.hash.slice(0, 12)}): ` +
        'restore into a new, empty database (a new DATA_DIR, or a newly created PostgreSQL database); the restore brings it up to date afterwards',
    );
  }
  if (at === wanted) return;
  // drizzle runs every migration in its folder: give it a folder holding only those up to the backup's.
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as Journal;
  const entries = journal.entries.slice(0, wanted + 1);
  const folder = await mkdtemp(path.join(tmpdir(), 'mic-restore-migrations-'));
  try {
    await mkdir(path.join(folder, 'meta'));
    await writeFile(path.join(folder, 'meta/_journal.json'), JSON.stringify({ ...journal, entries }));
    for (const e of entries) await copyFile(path.join(migrationsFolder, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
    await migrate(database, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export async function migrateToLatest(database: Database): Promise<void> {
  await migrate(database, migrationsFolder);
}
