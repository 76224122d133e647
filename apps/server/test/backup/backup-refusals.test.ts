import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup, type BackupSummary } from '../../src/backup/backup';
import { BackupError } from '../../src/backup/format';
import { restoreBackup } from '../../src/backup/restore';
import type { Database } from '../../src/db/client';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import { createTestApp, type TestContext } from '../helpers/app';
import { openTestDatabase } from '../helpers/database';
import { buildPartnership } from '../helpers/partnership-factory';
import { headingIndex, lengthenAuditLog, occupiedTables, rewriteBackup, tableDigests, tempDir } from './helpers';

let source: TestContext;
let dir: string;
let backup: BackupSummary;
const targets: Database[] = [];

async function emptyTarget(): Promise<Database> {
  const db = await openTestDatabase();
  targets.push(db);
  return db;
}

/** A target that already holds a partnership and audit entries of its own. */
async function occupiedTarget(): Promise<Database> {
  const target = await emptyTarget();
  await ensureProgramme(target.db);
  await buildPartnership(target.db, { title: 'Already here' });
  await lengthenAuditLog(target.db, 5);
  return target;
}

/** A copy of the backup with one audit entry's action changed, and the header's checksum forged to match. */
async function forgedAuditBackup(): Promise<string> {
  const out = path.join(dir, 'forged.ndjson.gz');
  const columns = backup.header.tables.find((t) => t.name === 'audit_log')!.columns;
  await rewriteBackup(
    backup.file,
    out,
    (body) => {
      const at = headingIndex(body, 'audit_log') + 3;
      const row = JSON.parse(body[at]!) as (string | null)[];
      row[columns.indexOf('action')] = 'partnership.deleted';
      return body.map((l, i) => (i === at ? JSON.stringify(row) : l));
    },
    { fixChecksum: true },
  );
  return out;
}

beforeAll(async () => {
  dir = await tempDir();
  source = await createTestApp();
  await buildPartnership(source.db, { title: 'Bergen – Quetzaltenango' });
  await lengthenAuditLog(source.db, 40);
  backup = await writeBackup(source.db, source.database.kind, path.join(dir, 'good.ndjson.gz'));
}, 120_000);

afterAll(async () => {
  for (const t of targets) await t.close();
  await source?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('restoring a damaged or foreign file', () => {
  it('refuses a truncated backup and leaves the target empty', async () => {
    const target = await emptyTarget();
    const bytes = await readFile(backup.file);
    const cut = path.join(dir, 'truncated.ndjson.gz');
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(restoreBackup(target, cut)).rejects.toThrow(/backup file is (truncated|damaged)/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('refuses a backup with a damaged byte and leaves the target empty', async () => {
    const target = await emptyTarget();
    const bytes = Buffer.from(await readFile(backup.file));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    const damaged = path.join(dir, 'damaged.ndjson.gz');
    await writeFile(damaged, bytes);
    await expect(restoreBackup(target, damaged)).rejects.toThrow(BackupError);
    await expect(restoreBackup(target, damaged)).rejects.toThrow(/damaged|truncated/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('refuses an edited backup whose content no longer matches its checksum', async () => {
    const target = await emptyTarget();
    const edited = path.join(dir, 'edited.ndjson.gz');
    await rewriteBackup(backup.file, edited, (body) => body.map((l) => l.replace('Bergen – Quetzaltenango', 'Bergen – Somewhere else')));
    await expect(restoreBackup(target, edited)).rejects.toThrow(/does not match the checksum in its header/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('refuses a backup whose row counts do not add up', async () => {
    const target = await emptyTarget();
    const short = path.join(dir, 'short.ndjson.gz');
    await rewriteBackup(backup.file, short, (body) => body.filter((_, i) => i !== headingIndex(body, 'audit_log') + 1), { fixChecksum: true });
    await expect(restoreBackup(target, short)).rejects.toThrow(/table audit_log has \d+ rows in the file, the header says \d+/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('rolls back a restore whose audit log does not verify, even with a forged checksum', async () => {
    const target = await emptyTarget();
    await expect(restoreBackup(target, await forgedAuditBackup())).rejects.toThrow(/the restored audit log does not verify: entry \d+ was altered/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('refuses a file that is not a backup', async () => {
    const target = await emptyTarget();
    const other = path.join(dir, 'other.json.gz');
    await writeFile(other, zlib.gzipSync('{"hello":"world"}\n'));
    await expect(restoreBackup(target, other)).rejects.toThrow(/not a MIC Platform backup file/);
    const plain = path.join(dir, 'plain.txt');
    await writeFile(plain, 'not compressed at all\n');
    await expect(restoreBackup(target, plain)).rejects.toThrow(/damaged or truncated/);
    await expect(restoreBackup(target, path.join(dir, 'missing.ndjson.gz'))).rejects.toThrow(/does not exist/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });

  it('refuses a backup made at a schema this version does not know', async () => {
    const target = await emptyTarget();
    const [headerLine, ...body] = zlib.gunzipSync(await readFile(backup.file)).toString('utf8').split('\n');
    const header = JSON.parse(headerLine!);
    header.migration = { hash: 'f'.repeat(64), createdAt: '4102444800000', tag: '0099_future' };
    const future = path.join(dir, 'future.ndjson.gz');
    await writeFile(future, zlib.gzipSync([JSON.stringify(header), ...body].join('\n')));
    await expect(restoreBackup(target, future)).rejects.toThrow(/schema migration this version of the platform does not know \(0099_future\)/);
    expect(await occupiedTables(target.db)).toEqual([]);
  });
});

describe('restoring into a database that holds data', () => {
  it('refuses without --force and changes nothing', async () => {
    const target = await occupiedTarget();
    const before = await tableDigests(target.db);
    await expect(restoreBackup(target, backup.file)).rejects.toThrow(/the target database is not empty: \d+ tables hold rows \(audit_log, /);
    expect(await tableDigests(target.db)).toEqual(before);
  });

  it('with --force, replaces the whole content, audit log included', async () => {
    const target = await occupiedTarget();
    const result = await restoreBackup(target, backup.file, { force: true });
    expect(result.replaced).toEqual(expect.arrayContaining(['audit_log', 'partnerships']));
    expect(await tableDigests(target.db)).toEqual(await tableDigests(source.db));
    expect((await verifyChain(target.db)).ok).toBe(true);
  });

  it('with --force, a restore that fails keeps the old content, audit log included', async () => {
    const target = await occupiedTarget();
    const before = await tableDigests(target.db);
    await expect(restoreBackup(target, await forgedAuditBackup(), { force: true })).rejects.toThrow(/audit log does not verify/);
    expect(await tableDigests(target.db)).toEqual(before);
    expect((await verifyChain(target.db)).ok).toBe(true);
  });
});
