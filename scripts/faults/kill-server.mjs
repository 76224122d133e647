// `npm run fault:kill -- [--url postgres://postgres@127.0.0.1:5432/postgres] [--kills 3] [--writers 8]`
//
// A server on a fresh PostgreSQL database, coordinators writing through it (comments, risks, risk reviews
// — a review writes the review, the risk's new rating and version, and an audit entry —, risk edits),
// the server SIGKILLed in the middle of the writes and started again, several times. Then: every
// acknowledged write is stored exactly once, no object is half-written, the audit chain verifies.
import { DEMO_PASSWORD, check, checkWrites, finish, log, option, signInAll, sleep, soak, stamp, startWriters } from './common.mjs';

void DEMO_PASSWORD;
const adminUrl = option('url', process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
const kills = Number(option('kills', '3'));
const writerCount = Number(option('writers', '8'));
const port = Number(option('port', '4112'));
const { processes, database } = soak;
const name = `mic_fault_kill_${stamp()}`;
const prefix = `kill${stamp()}`;
let server;
let databaseUrl;

async function run() {
  log(`Fault: SIGKILL of a server during writes (PostgreSQL database ${name}, ${writerCount} writers, ${kills} kills)`);
  databaseUrl = await processes.createDatabase(adminUrl, name);
  server = await processes.startServer('server', port, { databaseUrl }, { demo: true });
  const setup = await database.openForCheck({ databaseUrl });
  const extra = await database.addCoordinators(setup, Math.max(0, writerCount - database.DEMO_COORDINATORS.length));
  await setup.close();
  const users = await signInAll(server.baseUrl, [...database.DEMO_COORDINATORS, ...extra].slice(0, writerCount));
  const writers = startWriters(users, () => [server.baseUrl], prefix);
  const { tally } = writers;

  for (let k = 1; k <= kills; k++) {
    await sleep(3000);
    const before = { requests: tally.requests, acked: tally.acked.length };
    server.child.process.kill('SIGKILL');
    await new Promise((resolve) => server.child.process.once('exit', resolve));
    log(`  kill ${k}: server pid ${server.pid} SIGKILLed after ${before.requests} requests, ${before.acked} writes acknowledged`);
    await sleep(1000);
    const started = Date.now();
    server = await processes.startServer('server', port, { databaseUrl });
    log(`  kill ${k}: restarted as pid ${server.pid}, healthy after ${Date.now() - started} ms`);
  }
  await sleep(3000);
  await writers.stop();
  await server.child.stop();

  const fivexx = [...tally.statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  log(`  ${tally.requests} requests: ${[...tally.statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}; no answer (server down): ${tally.failureCount} ${JSON.stringify(Object.fromEntries(tally.failures))}`);
  check(fivexx === 0 && tally.unexpectedCount === 0, `no error answer while the server was up (${tally.unexpectedCount} unexpected${tally.unexpected.length ? `: ${JSON.stringify(tally.unexpected.slice(0, 2))}` : ''})`);
  check(tally.acked.length > 0 && tally.failureCount > 0, 'writes were acknowledged, and writes were cut off by the kills');
  await checkWrites({ databaseUrl }, prefix, tally);
}

let error;
try {
  await run();
} catch (e) {
  error = e;
} finally {
  await server?.child.stop();
  if (databaseUrl && !process.argv.includes('--keep')) await processes.dropDatabase(adminUrl, name).catch(() => {});
}
finish('fault:kill', error);
