// `npm run fault:kill-embedded -- [--kills 3]`
//
// The server on the embedded database (PGlite in a temporary DATA_DIR), coordinators writing, the process
// SIGKILLed in the middle of the writes and started again on the same folder, several times. Each restart
// must come up on the folder as it was left; then every acknowledged write is there exactly once, nothing is
// half-written, and the audit chain verifies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { check, checkWrites, finish, log, option, signInAll, sleep, soak, stamp, startWriters } from './common.mjs';

const kills = Number(option('kills', '3'));
const port = Number(option('port', '4114'));
const { processes, database } = soak;
const prefix = `embedded${stamp()}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'mic-fault-embedded-'));
let server;

async function run() {
  log(`Fault: SIGKILL of the server on the embedded database (DATA_DIR ${dataDir}, ${kills} kills)`);
  server = await processes.startServer('server', port, { dataDir }, { demo: true });
  const users = await signInAll(server.baseUrl, database.DEMO_COORDINATORS);
  const writers = startWriters(users, () => [server.baseUrl], prefix);
  const { tally } = writers;
  for (let k = 1; k <= kills; k++) {
    await sleep(4000);
    const acked = tally.acked.length;
    server.child.process.kill('SIGKILL');
    await new Promise((resolve) => server.child.process.once('exit', resolve));
    log(`  kill ${k}: pid ${server.pid} SIGKILLed with ${acked} writes acknowledged so far`);
    const started = Date.now();
    try {
      server = await processes.startServer('server', port, { dataDir });
    } catch (e) {
      check(false, `kill ${k}: the server starts again on the same DATA_DIR — ${e instanceof Error ? e.message : String(e)}`);
      throw new Error('the embedded database did not survive the kill');
    }
    check(true, `kill ${k}: the server started again on the same DATA_DIR (healthy after ${Date.now() - started} ms)`);
  }
  await sleep(3000);
  await writers.stop();
  log(`  ${tally.requests} requests: ${[...tally.statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}; no answer (server down): ${tally.failureCount}`);
  check(tally.unexpectedCount === 0, `no error answer while the server was up (${tally.unexpectedCount} unexpected${tally.unexpected.length ? `: ${JSON.stringify(tally.unexpected.slice(0, 2))}` : ''})`);
  check(tally.acked.length > 0 && tally.failureCount > 0, 'writes were acknowledged, and writes were cut off by the kills');
  // The embedded database serves one process at a time: stop the server, then read its folder.
  await server.child.stop();
  await checkWrites({ dataDir: path.join(dataDir, 'pglite') }, prefix, tally);
}

let error;
try {
  await run();
} catch (e) {
  error = e;
} finally {
  await server?.child.stop();
  if (!process.argv.includes('--keep')) rmSync(dataDir, { recursive: true, force: true });
}
finish('fault:kill-embedded', error);
