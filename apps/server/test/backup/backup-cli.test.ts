import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client';
import { ensureProgramme } from '../../src/modules/programme/programme.bootstrap';
import { buildPartnership } from '../helpers/partnership-factory';
import { lengthenAuditLog, tableDigests, tempDir } from './helpers';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Runs `npm run <script> -- args` from the repository root against the embedded database in `dataDir`. */
function npmRun(script: string, args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npm',
      ['run', '--silent', script, '--', ...args],
      { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', INIT_CWD: root }, timeout: 120_000 },
      (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
let digests: Awaited<ReturnType<typeof tableDigests>>;

beforeAll(async () => {
  dir = await tempDir();
  // A server's embedded database, closed again as after `npm start` was stopped.
  const source = await openDatabase({ dataDir: path.join(dir, 'source/pglite') });
  await ensureProgramme(source.db);
  await buildPartnership(source.db, { title: 'Trondheim – Quetzaltenango' });
  await lengthenAuditLog(source.db, 30);
  digests = await tableDigests(source.db);
  await source.close();
}, 120_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the backup and restore commands on the embedded database', () => {
  it('back up DATA_DIR to one file and restore it into a new DATA_DIR, refusing to restore over it a second time', async () => {
    const file = path.join(dir, 'nightly.ndjson.gz');
    const backup = await npmRun('backup', ['--out', file], path.join(dir, 'source'));
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Backed up the embedded database in .*source.pglite to .*nightly\.ndjson\.gz\n {2}\d+ rows in \d+ tables \(partnerships: 1, documents: 0, audit log entries: (\d+)\)/);
    const entries = /audit log entries: (\d+)/.exec(backup.stdout)![1];
    expect(Number(entries)).toBeGreaterThanOrEqual(30);

    const restore = await npmRun('restore', [file], path.join(dir, 'copy'));
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`row counts and checksum match; audit log intact (${entries} entries)`);

    const again = await npmRun('restore', [file], path.join(dir, 'copy'));
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/Restore failed; the target's data was left as it was: the target database is not empty/);

    const copy = await openDatabase({ dataDir: path.join(dir, 'copy/pglite') });
    try {
      expect(await tableDigests(copy.db)).toEqual(digests);
    } finally {
      await copy.close();
    }
  }, 300_000);

  it('will not open an embedded database a running server holds', async () => {
    const running = await openDatabase({ dataDir: path.join(dir, 'source/pglite') });
    try {
      const res = await npmRun('backup', ['--out', path.join(dir, 'while-running.ndjson.gz')], path.join(dir, 'source'));
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/seems to be in use by a running server\. Stop the server first/);
    } finally {
      await running.close();
    }
  }, 120_000);

  it('explains a missing file name', async () => {
    const res = await npmRun('restore', [], path.join(dir, 'nowhere'));
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/name one backup file \(usage: npm run restore -- FILE \[--force\] \[--ignore-lock\]\)/);
  }, 120_000);
});
