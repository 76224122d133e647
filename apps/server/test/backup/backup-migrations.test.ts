import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup, type BackupSummary } from '../../src/backup/backup';
import { currentMigration } from '../../src/backup/catalog';
import type { BackupHeader } from '../../src/backup/format';
import { migrateToBackup } from '../../src/backup/migrations';
import { openExisting } from '../../src/backup/open';
import { restoreBackup } from '../../src/backup/restore';
import type { Database } from '../../src/db/client';
import { queryRows } from '../../src/db/rows';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { recordChange } from '../../src/modules/audit/audit.service';
import { openTestDatabase } from '../helpers/database';
import { tempDir } from './helpers';

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/db/migrations');
const migrations = readMigrationFiles({ migrationsFolder });
/** The migration before the newest: what a database of the previous release is at. */
const older = migrations[migrations.length - 2]!;

let dir: string;
let old: Database;
let backup: BackupSummary;
const opened: Database[] = [];

/** A new embedded database with no schema at all. */
async function blank(name: string): Promise<Database> {
  const database = await openExisting({ dataDir: path.join(dir, name) }, { create: true });
  opened.push(database);
  return database;
}

beforeAll(async () => {
  dir = await tempDir();
  // A database of the previous release, with a municipality and two audit entries, backed up then.
  old = await blank('old');
  await migrateToBackup(old, { migration: { hash: older.hash, createdAt: String(older.folderMillis), tag: null } } as BackupHeader);
  await old.db.execute(sql`insert into municipalities (name, country) values ('Ålesund', 'NO')`);
  for (const action of ['municipality.created', 'municipality.renamed']) {
    await recordChange(old.db, null, { action, entityType: 'municipality', entityId: 'x', after: { name: 'Ålesund' } });
  }
  backup = await writeBackup(old.db, old.kind, path.join(dir, 'old.ndjson.gz'));
}, 120_000);

afterAll(async () => {
  for (const d of opened) await d.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a backup made by an older version', () => {
  it('records the schema it was made at', () => {
    expect(backup.header.migration).toMatchObject({ hash: older.hash, createdAt: String(older.folderMillis) });
  });

  it('restores into a new database, which then receives the newer migrations', async () => {
    const target = await blank('new');
    const result = await restoreBackup(target, backup.file);
    expect(await currentMigration(target.db)).toMatchObject({ hash: migrations[migrations.length - 1]!.hash });
    expect(result.schema).toMatch(/^\d{4}_/);
    const rows = await queryRows<{ name: string }>(target.db, sql`select name from municipalities`);
    expect(rows).toEqual([{ name: 'Ålesund' }]);
    expect(await verifyChain(target.db)).toMatchObject({ ok: true, checked: 2 });
  });

  it('is refused by a database already at the newer schema, with the way out in the message', async () => {
    const target = await openTestDatabase();
    opened.push(target);
    await expect(restoreBackup(target, backup.file)).rejects.toThrow(/is newer than the backup's .* restore into a new, empty database/);
  });
});
