/**
 * `npm run audit:verify`: checks the hash chain of the audit log in the server's database.
 * Exit code 0 when the log is intact, 1 when an entry was altered or removed, 2 when it could not check.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { openDatabase } from '../db/client';
import type { ChainBreak } from '../modules/audit/audit.chain';
import { verifyChain } from '../modules/audit/audit.service';

function describeBreak(b: ChainBreak): string {
  if (b.kind === 'altered') return `entry ${b.id} was altered (its content no longer matches its hash)`;
  const after = b.afterId === null ? 'the start of the log' : `entry ${b.afterId}`;
  if (b.afterId === null || b.beforeId - b.afterId > 1) {
    const first = b.afterId === null ? 'the first entry' : `entry ${b.afterId + 1}`;
    return `${first} was removed (the chain breaks between ${after} and entry ${b.beforeId})`;
  }
  return `the link from ${after} to entry ${b.beforeId} was altered or an entry between them removed`;
}

/** The first entry id where the chain is broken. */
function firstBrokenId(b: ChainBreak): number {
  if (b.kind === 'altered') return b.id;
  return b.afterId !== null && b.beforeId - b.afterId > 1 ? b.afterId + 1 : b.beforeId;
}

async function run(argv: string[]): Promise<number> {
  // `npm run audit:verify` runs in apps/server; a relative DATA_DIR means the folder the command was typed in,
  // as for `npm start`.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // The check needs no session secret: a placeholder keeps loadConfig from creating one in the data folder.
  const config = loadConfig({ ...process.env, SESSION_SECRET: process.env.SESSION_SECRET || 'not-used-by-audit-verify-'.repeat(2) });
  const dataDir = config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite');
  if (dataDir) {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      process.stderr.write(`No database found in ${dataDir} (set DATA_DIR or DATABASE_URL).\n`);
      return 2;
    }
    // The embedded database serves one process at a time: opening it beside a running server could damage it.
    if (existsSync(path.join(dataDir, 'postmaster.pid')) && !argv.includes('--force')) {
      process.stderr.write(
        `The database in ${dataDir} seems to be in use by a running server. Stop the server first ` +
          `(or, if it crashed, run again with --force).\n`,
      );
      return 2;
    }
  }
  const database = await openDatabase({ url: config.databaseUrl, dataDir });
  try {
    const result = await verifyChain(database.db);
    const where = database.kind === 'pglite' ? dataDir : 'PostgreSQL (DATABASE_URL)';
    if (result.ok) {
      process.stdout.write(`Checked ${result.checked} audit log entries in ${where}: audit log intact.\n`);
      return 0;
    }
    const b = result.break!;
    process.stdout.write(
      `Checked ${result.checked} audit log entries in ${where}: AUDIT LOG BROKEN.\n` +
        `First altered or removed entry: ${firstBrokenId(b)}: ${describeBreak(b)}.\n`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    const message = err instanceof ConfigError ? `Configuration error: ${err.message}` : `Could not verify the audit log: ${err instanceof Error ? err.message : String(err)}`;
    process.stderr.write(message + '\n');
    process.exit(2);
  },
);
