// `npm run fault:db-restart`
//
// A throw-away PostgreSQL cluster of our own (initdb + pg_ctl in a temporary folder, port 4118 — never the
// shared server on 5432), a server on it with the demo, clients reading and writing. The database is stopped
// under the running server (first `pg_ctl stop -m fast`, then `-m immediate`, a crash) and started again.
// While it is down every answer must be 503 with a translated problem body and Retry-After — not 500, not a
// hang — and /healthz 503; once it is back the same server process answers again by itself.
import { check, checkWrites, finish, log, option, sleep, soak, stamp } from './common.mjs';

const pgPort = Number(option('pg-port', '4118'));
const port = Number(option('port', '4113'));
const OUTAGE_MS = 6000;
const { processes, database, traffic } = soak;
const prefix = `dbrestart${stamp()}`;
let cluster;
let server;

/** What the clients saw, one row per request. */
const seen = [];
let phase = 'up';

async function probeLoop(sender, user, index, risk, stopped) {
  const base = `/api/partnerships/${user.partnershipId}`;
  let n = 0;
  while (!stopped()) {
    const lang = (n + index) % 2 === 0 ? 'en' : 'nb';
    const kind = ['read', 'write', 'public', 'read'][n % 4];
    const tag = `${prefix}-u${index}-${n}`;
    n++;
    const sentIn = phase;
    const answer =
      kind === 'read'
        ? await sender.send(server.baseUrl, user, 'GET', `${base}/risks`, undefined, { 'accept-language': lang })
        : kind === 'public'
          ? await sender.send(server.baseUrl, null, 'GET', '/api/public/programme', undefined, { 'accept-language': lang })
          : await sender.send(server.baseUrl, user, 'POST', `${base}/comments`, { entityType: 'risk', entityId: risk, body: tag }, { 'accept-language': lang });
    const row = { kind, lang, sentIn, answeredIn: phase, status: answer?.status ?? 0, ms: answer?.ms ?? 0 };
    if (answer?.status === 503) {
      const body = JSON.parse(answer.body);
      row.problem = answer.headers.get('content-type')?.includes('application/problem+json') && body.code === 'SERVICE_UNAVAILABLE' && body.status === 503;
      row.retryAfter = answer.headers.get('retry-after');
      row.translated = lang === 'nb' ? /databasen/.test(body.detail) : /database/.test(body.detail) && !/databasen/.test(body.detail);
    }
    if (kind === 'write' && answer?.status === 201) sender.tally.acked.push({ kind: 'comment', tag, id: JSON.parse(answer.body).id });
    seen.push(row);
    await sleep(50);
  }
}

async function health() {
  try {
    const r = await fetch(`${server.baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
    return r.status;
  } catch {
    return 0;
  }
}

async function run() {
  log(`Fault: the database restarts under a running server (own PostgreSQL cluster on 127.0.0.1:${pgPort})`);
  cluster = processes.createCluster(pgPort);
  cluster.start();
  const databaseUrl = await processes.createDatabase(cluster.url, 'mic_fault');
  server = await processes.startServer('server', port, { databaseUrl }, { demo: true });
  const pid = server.pid;
  const tally = new traffic.Tally();
  const sender = new traffic.Sender(tally, 15_000);
  const users = [];
  for (const email of database.DEMO_COORDINATORS) users.push(await traffic.signInUser(server.baseUrl, email, (await import('./common.mjs')).DEMO_PASSWORD));
  const risks = [];
  for (const user of users) {
    const r = await sender.send(server.baseUrl, user, 'POST', `/api/partnerships/${user.partnershipId}/risks`, traffic.riskBody(`${prefix}-risk-${user.email}`));
    if (r?.status !== 201) throw new Error(`could not create a risk: ${r?.status} ${r?.body}`);
    const id = JSON.parse(r.body).id;
    risks.push(id);
    tally.acked.push({ kind: 'risk', tag: `${prefix}-risk-${user.email}`, id });
  }
  let stopped = false;
  const loops = users.map((user, i) => probeLoop(sender, user, i, risks[i], () => stopped));

  for (const mode of ['fast', 'immediate']) {
    phase = 'up';
    await sleep(3000);
    phase = `down (${mode})`;
    const t0 = Date.now();
    cluster.stop(mode);
    log(`  pg_ctl stop -m ${mode} after ${seen.length} requests`);
    await sleep(1000);
    const downHealth = await health();
    await sleep(OUTAGE_MS - 1000);
    phase = `recovering (${mode})`;
    cluster.start();
    const restarted = Date.now();
    log(`  database down for ${restarted - t0} ms, started again`);
    // Recovered: a full round of every kind of request answered 2xx, sent after the start.
    let recoveredAfter = null;
    while (Date.now() - restarted < 30_000) {
      const since = seen.filter((r) => r.sentIn === phase && r.answeredIn === phase).slice(-8);
      if (since.length >= 8 && since.every((r) => r.status >= 200 && r.status < 300)) {
        recoveredAfter = Date.now() - restarted;
        break;
      }
      await sleep(200);
    }
    const during = seen.filter((r) => r.sentIn === `down (${mode})` && r.answeredIn === `down (${mode})`);
    const unavailable = during.filter((r) => r.status === 503);
    log(`  during the outage: ${during.length} answers (${unavailable.length} × 503), slowest ${Math.max(0, ...during.map((r) => r.ms)).toFixed(0)} ms; /healthz ${downHealth}`);
    check(unavailable.length > 0 && during.every((r) => r.status === 503 || (r.status >= 200 && r.status < 300)), `-m ${mode}: requests during the outage are answered 503 (not 500, not left unanswered)`);
    check(unavailable.every((r) => r.problem && r.retryAfter === '5' && r.translated), `-m ${mode}: every 503 is a problem body with code SERVICE_UNAVAILABLE, Retry-After: 5 and the message in the asked language`);
    check(during.every((r) => r.ms < 6000), `-m ${mode}: no request waited for the database longer than 6 s (connect timeout 5 s)`);
    check(downHealth === 503, `-m ${mode}: /healthz reports 503 while the database is down`);
    check(recoveredAfter !== null && server.child.process.exitCode === null && server.pid === pid, `-m ${mode}: the same server process (pid ${pid}) answers 2xx again ${recoveredAfter ?? '>30000'} ms after the database is back`);
    phase = 'up';
  }
  await sleep(2000);
  check((await health()) === 200, '/healthz reports 200 again');
  stopped = true;
  await Promise.all(loops);

  const other = seen.filter((r) => r.status !== 503 && (r.status < 200 || r.status >= 300));
  check(other.length === 0, `no other answer than 2xx or 503 in the whole run, and every request answered (${seen.length} requests, ${other.length} others${other.length ? `: ${JSON.stringify(other.slice(0, 3))}` : ''})`);
  await server.child.stop();
  await checkWrites({ databaseUrl }, prefix, tally);
}

let error;
try {
  await run();
} catch (e) {
  error = e;
} finally {
  await server?.child.stop();
  cluster?.destroy();
  if (cluster) log(`  removed the cluster in ${cluster.dir}`);
}
finish('fault:db-restart', error);
