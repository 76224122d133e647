// Shared by the fault scripts: loads the soak's TypeScript helpers (bench/src/soak) through tsx, and keeps
// the list of what was checked, to print it and to set the exit code.
import { register } from 'tsx/esm/api';

register();

export const soak = {
  check: await import('../../bench/src/soak/check.ts'),
  database: await import('../../bench/src/soak/database.ts'),
  processes: await import('../../bench/src/soak/processes.ts'),
  traffic: await import('../../bench/src/soak/traffic.ts'),
  workload: await import('../../bench/src/soak/workload.ts'),
};
export const { DEMO_PASSWORD } = await import('../../apps/server/src/demo/demo.seed.ts');

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const log = (line) => process.stdout.write(`${line}\n`);
export const stamp = () => new Date().toISOString().replace(/\D/g, '').slice(0, 14);

/** `--name value` from the command line. */
export function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1] : fallback;
}

const checks = [];
/** Records one check (printed with ✔ or ✘); returns whether it held. */
export function check(ok, what) {
  checks.push({ ok, what });
  log(`  ${ok ? '✔' : '✘'} ${what}`);
  return ok;
}

/** Signs in each e-mail address on `baseUrl`. */
export async function signInAll(baseUrl, emails) {
  const users = [];
  for (const email of emails) users.push(await soak.traffic.signInUser(baseUrl, email, DEMO_PASSWORD));
  return users;
}

/** Starts writer loops (writes only, each carrying a unique tag); `stop()` ends them and waits. */
export function startWriters(users, servers, prefix, tally = new soak.traffic.Tally(), timeoutMs = 15_000) {
  let stopped = false;
  const sender = new soak.traffic.Sender(tally, timeoutMs);
  const loops = users.map((user, index) =>
    soak.workload.runUser({ sender, user, index, servers, prefix, mix: soak.workload.WRITE_MIX, until: () => stopped, thinkMs: 20 }),
  );
  return {
    tally,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

/** Checks the acknowledged writes against the database, nothing half-written, and the audit chain. */
export async function checkWrites(target, prefix, tally) {
  const database = await soak.database.openForCheck(target);
  try {
    const found = await soak.database.readBack(database, prefix);
    const rec = soak.check.reconcile(tally.acked, found, tally.refused);
    log(`  ${rec.acked} writes acknowledged; ${rec.unacknowledged} more are stored whose answer was lost (allowed: the client never heard).`);
    check(rec.missing.length === 0, `every acknowledged write is stored (${rec.found}/${rec.acked}; missing ${rec.missing.length})`);
    check(rec.duplicates.length === 0 && rec.wrongId.length === 0, `none is stored twice or under another id (${rec.duplicates.length} duplicated, ${rec.wrongId.length} other id)`);
    check(
      rec.halfWritten.length === 0,
      `no half-written object: each comment, risk and review has its one audit entry, each risk's version matches its recorded changes${rec.halfWritten.length ? ` — ${rec.halfWritten.slice(0, 5).join('; ')}` : ''}`,
    );
    const chain = await soak.database.auditChain(database);
    check(chain.ok, `the audit chain verifies (${chain.checked} entries)`);
    return rec;
  } finally {
    await database.close();
  }
}

/** Prints the verdict and exits: 0 when every check held. */
export function finish(name, error) {
  if (error) check(false, `${name} could not run to the end: ${error instanceof Error ? error.stack : String(error)}`);
  const failed = checks.filter((c) => !c.ok);
  log('');
  log(failed.length ? `${name}: FAILED (${failed.length} of ${checks.length} checks)` : `${name}: PASSED (${checks.length} checks)`);
  process.exit(failed.length ? 1 : 0);
}
