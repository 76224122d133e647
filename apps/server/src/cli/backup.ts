/**
 * `npm run backup -- [--out FILE|FOLDER] [--ignore-lock]`: writes the whole database (DATABASE_URL, or the embedded
 * one in DATA_DIR) to one compressed file. Exit code 0 when written, 1 when it could not be.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from '../backup/format';
import { writeBackup } from '../backup/backup';
import { assertEmbeddedFree, databaseLocation, openExisting } from '../backup/open';
import { loadConfig } from '../config';
import { runCli } from './run-cli';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) throw new BackupError(`${name} needs a file name`);
  return value;
}

async function run(argv: string[]): Promise<number> {
  // `npm run backup` runs in the repository's root; relative paths mean the folder the command was typed in.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--out', '--ignore-lock'].includes(a) && argv[i - 1] !== '--out');
  if (unknown.length) throw new BackupError(`unknown option ${unknown[0]} (usage: npm run backup -- [--out FILE|FOLDER] [--ignore-lock])`);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const name = `mic-backup-${stamp}.ndjson.gz`;
  const out = option(argv, '--out');
  // --out names the file, or a folder to write the usual name into.
  const file = path.resolve(out && existsSync(out) && statSync(out).isDirectory() ? path.join(out, name) : (out ?? name));
  const config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'not-used-by-the-backup-command-'.repeat(2) });
  const location = databaseLocation(config);
  if (location.dataDir) assertEmbeddedFree(location.dataDir, argv.includes('--ignore-lock'));
  const database = await openExisting(location);
  try {
    const s = await writeBackup(database.db, database.kind, file);
    const rows = (name: string) => s.header.tables.find((t) => t.name === name)?.rows ?? 0;
    const seconds = s.milliseconds / 1000;
    process.stdout.write(
      `Backed up ${location.label} to ${file}\n` +
        `  ${s.totalRows} rows in ${s.header.tables.length} tables (partnerships: ${rows('partnerships')}, documents: ${rows('documents')}, ` +
        `audit log entries: ${rows('audit_log')}), schema ${s.header.migration.tag ?? s.header.migration.hash.slice(0, 12)}\n` +
        `  ${(s.fileBytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${Math.round(s.totalRows / Math.max(seconds, 0.001))} rows/s)\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

runCli(run, 'Backup failed');
