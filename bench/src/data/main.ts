// `npm run bench:data -- --partnerships N`: fills an empty database (DATABASE_URL, or the embedded
// one in DATA_DIR) with a believable programme of N partnerships for the benchmarks (bench/README.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Actor } from '@mic/domain';
import { openDatabase, type Db } from '../../../apps/server/src/db/client';
import { queryRows } from '../../../apps/server/src/db/rows';
import { loadDemoIfEmpty } from '../../../apps/server/src/demo/demo.seed';
import { verifyChain } from '../../../apps/server/src/modules/audit/audit.service';
import { setProgrammeFunds } from '../../../apps/server/src/modules/payments/funds.service';
import { ensureProgramme } from '../../../apps/server/src/modules/programme/programme.bootstrap';
import { buildArchetypes } from './archetypes';
import { replicate } from './replicate';

const { values } = parseArgs({
  options: {
    partnerships: { type: 'string', default: '10000' },
    batch: { type: 'string', default: '25' },
    verify: { type: 'boolean', default: false },
  },
});
const target = Number(values.partnerships);
if (!Number.isInteger(target) || target < 1) {
  console.error(`--partnerships must be a whole number above 0, got "${values.partnerships}"`);
  process.exit(2);
}
const log = (line: string) => console.log(line);

async function main() {
  const url = process.env.DATABASE_URL || undefined;
  // The same folder `npm start` uses: DATA_DIR is relative to the repository root.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const dataDir = url ? undefined : path.join(path.resolve(root, process.env.DATA_DIR ?? 'data'), 'pglite');
  log(`Filling ${url ? url.replace(/\/\/[^@]*@/, '//…@') : `the embedded database in ${dataDir}`} with ${target} partnerships`);
  const database = await openDatabase({ url, dataDir });
  const { db } = database;
  try {
    const [{ n } = { n: 0 }] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from users`);
    if (n > 0) throw new Error('The database already has users: bench:data fills an empty database (drop and create it, or use a new DATA_DIR).');
    const started = Date.now();
    await ensureProgramme(db);
    await loadDemoIfEmpty(db);
    log('Demo programme loaded (its users sign in to the benchmark). Building the archetypes through the services…');
    const archetypes = await buildArchetypes(db, { log });
    log(`${archetypes.length} archetypes in ${seconds(started)} s: ${archetypes.map((a) => a.label).join('; ')}`);
    const existing = await count(db, 'partnerships');
    const copies = Math.max(0, target - existing);
    const copying = Date.now();
    await replicate(
      db,
      archetypes.map((a) => a.partnershipId),
      copies,
      { batch: Number(values.batch), log },
    );
    log(`${copies} copies in ${seconds(copying)} s`);
    await coverGrants(db);
    await db.execute(sql`analyze`);
    await summary(db);
    if (values.verify) {
      const chain = await verifyChain(db);
      log(`Audit chain: ${chain.ok ? 'valid' : 'BROKEN'} (${chain.checked} entries checked)`);
      if (!chain.ok) process.exitCode = 1;
    }
    log(`Done in ${seconds(started)} s.`);
  } finally {
    await database.close();
  }
}

/**
 * The copies' grants were not decided one by one against the programme's funds, so the donors'
 * allocations are raised (through the funds service, audited) to what is granted plus 10 %.
 */
async function coverGrants(db: Db) {
  const office = await officeActor(db);
  const granted = await queryRows<{ funding: string; year: number; total: string; allocated: string | null; version: number | null }>(
    db,
    sql`select g.funding_source as funding, g.year, sum(g.amount)::text as total, f.amount::text as allocated, f.version
          from grants g left join programme_funds f on f.funding_source = g.funding_source and f.year = g.year
          where g.firm group by g.funding_source, g.year, f.amount, f.version order by 1, 2`,
  );
  for (const g of granted) {
    const needed = Number(g.total);
    if (g.allocated !== null && Number(g.allocated) >= needed) continue;
    const amount = Math.ceil((needed * 1.1) / 100_000_00) * 100_000_00;
    await setProgrammeFunds(db, office, g.year, g.funding, { amount, note: 'Scale benchmark: allocation covering the copied grants', version: g.version ?? 0 });
  }
}

async function officeActor(db: Db): Promise<Actor> {
  const [u] = await queryRows<{ id: string; email: string; name: string; language: string }>(
    db,
    sql`select id, email, name, language from users where global_role = 'admin' order by email limit 1`,
  );
  if (!u) throw new Error('No administrator to record the funds with');
  return { userId: u.id, email: u.email, name: u.name, language: u.language, globalRole: 'admin', memberships: {} };
}

async function count(db: Db, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`);
  return row?.n ?? 0;
}

async function summary(db: Db) {
  const tables = ['partnerships', 'results', 'indicators', 'indicator_values', 'risks', 'risk_reviews', 'work_plans', 'grants', 'instalments', 'applications', 'annual_reports', 'documents', 'audit_log'];
  const counts = await Promise.all(tables.map(async (t) => [t, await count(db, t)] as const));
  for (const [t, n] of counts) log(`  ${t.padEnd(18)} ${String(n).padStart(10)}`);
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
