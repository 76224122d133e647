/**
 * `npm run soak -- [--duration 60] [--users 40] [--url postgres://postgres@127.0.0.1:5432/postgres] [--keep]`
 *
 * A fresh PostgreSQL database with the demo programme, two server processes on it, many signed-in
 * coordinators sending mixed reads and tagged writes to both for a bounded time. Then: every acknowledged
 * write is in the database exactly once, nothing is half-written, no error answer was given, each server's
 * memory levelled off, the audit chain verifies. Prints a table; exits 1 on any failure.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { MEMORY_RULE, memoryVerdict, percentile, reconcile } from './check';
import { DEMO_COORDINATORS, addCoordinators, auditChain, openForCheck, readBack } from './database';
import { createDatabase, dropDatabase, sampleMemory, startServer, type AppServer } from './processes';
import { Sender, Tally, signInUser, type VirtualUser } from './traffic';
import { SOAK_MIX, runUser } from './workload';
import { DEMO_PASSWORD } from '../../../apps/server/src/demo/demo.seed';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    users: { type: 'string', default: '40' },
    url: { type: 'string', default: process.env.SOAK_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' },
    keep: { type: 'boolean', default: false },
    think: { type: 'string', default: '0' },
    ports: { type: 'string', default: '4110,4111' },
  },
});
const durationS = Number(args.duration);
const userCount = Number(args.users);
if (!(durationS >= 6) || !(userCount >= 1)) throw new Error('--duration must be at least 6 seconds and --users at least 1');
const ports = args.ports.split(',').map(Number);
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dbName = `mic_soak_${stamp}`;
const prefix = `soak${stamp}`;

const log = (line: string) => process.stdout.write(`${line}\n`);
const failures: string[] = [];
const servers: AppServer[] = [];
let databaseUrl = '';

async function main() {
  log(`Soak: ${userCount} users, ${durationS} s, two servers on PostgreSQL database ${dbName} (${new URL(args.url).host})`);
  databaseUrl = await createDatabase(args.url, dbName);
  // The first server migrates and loads the demo; the second starts on the ready database.
  servers.push(await startServer('A', ports[0]!, { databaseUrl }, { demo: true }));
  servers.push(await startServer('B', ports[1]!, { databaseUrl }));
  log(`Servers: A pid ${servers[0]!.pid} on ${servers[0]!.baseUrl}, B pid ${servers[1]!.pid} on ${servers[1]!.baseUrl}`);

  const setup = await openForCheck({ databaseUrl });
  const extra = await addCoordinators(setup, Math.max(0, userCount - DEMO_COORDINATORS.length));
  const emails = [...DEMO_COORDINATORS, ...extra].slice(0, userCount);
  const users: VirtualUser[] = [];
  for (const [i, email] of emails.entries()) users.push(await signInUser(servers[i % 2]!.baseUrl, email, DEMO_PASSWORD));
  log(`Signed in ${users.length} coordinators over ${new Set(users.map((u) => u.partnershipId)).size} partnerships.`);

  const loadAtStart = os.loadavg()[0]!.toFixed(1);
  const tally = new Tally();
  const sender = new Sender(tally);
  const memory = sampleMemory(servers.map((s) => s.pid));
  const started = Date.now();
  const deadline = started + durationS * 1000;
  const progress = setInterval(() => log(`  ${Math.round((Date.now() - started) / 1000)} s: ${tally.requests} requests, ${tally.acked.length} writes acknowledged`), 30_000);
  await Promise.all(
    users.map((user, index) =>
      runUser({ sender, user, index, servers: () => servers.map((s) => s.baseUrl), prefix, mix: SOAK_MIX, until: () => Date.now() >= deadline, thinkMs: Number(args.think) }),
    ),
  );
  const elapsedS = (Date.now() - started) / 1000;
  clearInterval(progress);
  memory.stop();

  const found = await readBack(setup, prefix);
  const rec = reconcile(tally.acked, found, tally.refused);
  const chain = await auditChain(setup);
  await setup.close();

  const byKind = (kind: string) => tally.acked.filter((w) => w.kind === kind).length;
  const fivexx = [...tally.statuses].filter(([s]) => s >= 500).reduce((a, [, n]) => a + n, 0);
  log('');
  log(`| Figure | Value |`);
  log(`|---|---|`);
  log(`| Machine | ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version} |`);
  log(`| Load average at start / end | ${loadAtStart} / ${os.loadavg()[0]!.toFixed(1)} (other work on the machine shares its cores) |`);
  log(`| Duration, users | ${elapsedS.toFixed(0)} s, ${users.length} coordinators, 2 server processes |`);
  log(`| Requests | ${tally.requests} (${(tally.requests / elapsedS).toFixed(0)} rps) |`);
  const ms = (xs: number[]) => `${percentile(xs, 50).toFixed(0)} / ${percentile(xs, 99).toFixed(0)} / ${percentile(xs, 100).toFixed(0)} ms`;
  log(`| Latency p50 / p99 / max: all | ${ms(tally.latencies)} |`);
  log(`| … reads (${tally.readLatencies.length}) / writes (${tally.writeLatencies.length}) | ${ms(tally.readLatencies)} / ${ms(tally.writeLatencies)} |`);
  log(`| Status codes | ${[...tally.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')} |`);
  log(`| Writes acknowledged | ${rec.acked} (comments ${byKind('comment')}, risks ${byKind('risk')}, reviews ${byKind('review')}, edits ${byKind('edit')}) |`);
  log(`| Found exactly once | ${rec.found} |`);
  log(`| Missing / duplicated / wrong id | ${rec.missing.length} / ${rec.duplicates.length} / ${rec.wrongId.length} |`);
  log(`| Version conflicts answered 409 (expected) | ${tally.conflicts}; applied despite 409: ${rec.appliedDespiteRefusal.length} |`);
  log(`| Half-written objects | ${rec.halfWritten.length} |`);
  log(`| Unexpected answers / no answer | ${tally.unexpectedCount} (5xx: ${fivexx}) / ${tally.failureCount} |`);
  log(`| Audit chain | ${chain.ok ? 'intact' : 'BROKEN'} (${chain.checked} entries) |`);
  for (const s of servers) {
    const m = memoryVerdict(memory.samples.get(s.pid)!);
    const mib = (kb: number) => (kb / 1024).toFixed(0);
    log(`| Server ${s.name} RSS start / peak / end | ${mib(m.startKb)} / ${mib(m.peakKb)} / ${mib(m.endKb)} MiB; ${m.reason} ${m.ok ? 'ok' : 'GROWING'} |`);
    if (!m.ok) failures.push(`server ${s.name}'s memory kept growing: ${m.reason}`);
  }
  log('');
  log(`Memory rule: the last third's mean RSS at most max(${MEMORY_RULE.ratio * 100} %, ${MEMORY_RULE.slackKb / 1024} MiB) above the middle third's.`);

  if (rec.missing.length) failures.push(`${rec.missing.length} acknowledged writes missing, e.g. ${JSON.stringify(rec.missing.slice(0, 3))}`);
  if (rec.duplicates.length) failures.push(`${rec.duplicates.length} acknowledged writes stored more than once, e.g. ${JSON.stringify(rec.duplicates.slice(0, 3))}`);
  if (rec.wrongId.length) failures.push(`${rec.wrongId.length} writes stored under another id than acknowledged`);
  if (rec.appliedDespiteRefusal.length) failures.push(`${rec.appliedDespiteRefusal.length} edits answered 409 are in the database`);
  if (rec.halfWritten.length) failures.push(`half-written: ${rec.halfWritten.slice(0, 5).join('; ')}`);
  if (tally.unexpectedCount) failures.push(`${tally.unexpectedCount} unexpected answers, e.g. ${JSON.stringify(tally.unexpected.slice(0, 3))}`);
  if (tally.failureCount) failures.push(`${tally.failureCount} requests got no answer: ${JSON.stringify(Object.fromEntries(tally.failures))}`);
  if (!chain.ok) failures.push('the audit chain does not verify');
  if (rec.acked === 0) failures.push('no write was acknowledged');
  for (const s of servers) if (s.child.process.exitCode !== null) failures.push(`server ${s.name} exited during the run:\n${s.child.output()}`);
}

async function cleanUp() {
  for (const s of servers) await s.child.stop();
  if (databaseUrl && !args.keep) await dropDatabase(args.url, dbName);
  else if (databaseUrl) log(`Kept the database: ${databaseUrl}`);
}

main()
  .catch((e) => failures.push(`the soak could not run: ${e instanceof Error ? e.stack : String(e)}`))
  .finally(async () => {
    await cleanUp().catch((e) => failures.push(`clean-up failed: ${String(e)}`));
    if (failures.length) {
      log(`SOAK FAILED:\n- ${failures.join('\n- ')}`);
      process.exit(1);
    }
    log('SOAK PASSED: every acknowledged write is stored exactly once, no error answers, memory levelled off, audit chain intact.');
    process.exit(0);
  });
