/**
 * `npm run restore -- FILE [--force] [--ignore-lock]`: restores a backup made by `npm run backup` into the
 * database of DATABASE_URL, or into the embedded one in DATA_DIR (created when missing). The target must be
 * empty; --force replaces what it holds, in the same transaction as the restore. Exit code 0 when restored,
 * 1 when refused or failed (the target is then left as it was).
 */
import path from 'node:path';
import { BackupError } from '../backup/format';
import { assertEmbeddedFree, databaseLocation, openExisting } from '../backup/open';
import { readBackup } from '../backup/reader';
import { restoreBackup } from '../backup/restore';
import { loadConfig } from '../config';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run restore -- FILE [--force] [--ignore-lock]';

async function run(argv: string[]): Promise<number> {
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const unknown = argv.filter((a) => a.startsWith('--') && !['--force', '--ignore-lock'].includes(a));
  if (unknown.length) throw new BackupError(`unknown option ${unknown[0]} (${USAGE})`);
  const files = argv.filter((a) => !a.startsWith('--'));
  if (files.length !== 1) throw new BackupError(`name one backup file (${USAGE})`);
  const file = path.resolve(files[0]!);
  const config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'not-used-by-the-restore-command-'.repeat(2) });
  const location = databaseLocation(config);

  // The whole file is checked before the target is touched.
  const header = await readBackup(file);
  const rowCount = header.tables.reduce((n, t) => n + t.rows, 0);
  process.stdout.write(`Checked ${file}: ${rowCount} rows in ${header.tables.length} tables, made ${header.createdAt} from ${header.source.kind}.\n`);

  if (location.dataDir) assertEmbeddedFree(location.dataDir, argv.includes('--ignore-lock'));
  const database = await openExisting(location, { create: true });
  try {
    const s = await restoreBackup(database, file, { force: argv.includes('--force'), checked: header });
    const seconds = s.milliseconds / 1000;
    process.stdout.write(
      `Restored into ${location.label}${s.replaced.length ? ` (replacing the rows of ${s.replaced.length} tables)` : ''}\n` +
        `  ${s.totalRows} rows; row counts and checksum match; audit log intact (${s.auditEntries} entries); schema ${s.schema}\n` +
        `  ${seconds.toFixed(1)} s (${Math.round(s.totalRows / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli(run, "Restore failed; the target's data was left as it was");
