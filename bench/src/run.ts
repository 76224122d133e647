/**
 * `npm run bench`: the real server's endpoints and jobs against the floor of this machine, in one run
 * (issue 10). Options: --url <postgres url>, --duration <s>, --connections <n>, --only <names,comma>,
 * --json <file>, --spread <n> (per-partnership endpoints and the floor go round n partnerships; default 1).
 * The server under test inherits the environment, so e.g. READ_CACHE_ENTRIES=0 measures without its cache. Exits 0 when targets are missed (it is a measurement); 1 only when it cannot measure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { consolidatedJob, iatiJobOnFreshServer, startupJob } from './jobs';
import { measure, type LoadOptions, type LoadResult } from './load';
import { ROOT, startAppServer, startFloor, type ServerUnderTest } from './server';
import { renderReport, type EndpointRow, type FloorFigures, type Report } from './table';

const ENDPOINTS = ['list', 'partnership', 'results', 'risks', 'programme-risks', 'programme-deadlines', 'deadlines', 'funds', 'public'] as const;
const JOBS = ['consolidated', 'iati', 'startup'] as const;
type Name = (typeof ENDPOINTS)[number] | (typeof JOBS)[number];
const PAGE_SIZE = 25;

interface Options {
  url: string;
  duration: number;
  connections: number;
  only: Set<Name>;
  json: string;
  /** Per-partnership endpoints go round the first `spread` subjects (1: always the same partnership). */
  spread: number;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '50' },
      only: { type: 'string' },
      spread: { type: 'string', default: '1' },
      json: { type: 'string', default: path.join(ROOT, 'bench/results/latest.json') },
    },
  });
  const all: readonly string[] = [...ENDPOINTS, ...JOBS];
  const only = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : [...all];
  const unknown = only.filter((n) => !all.includes(n));
  if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')}; choose from ${all.join(', ')}`);
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  const spread = Number(values.spread);
  if (!(duration > 0) || !(Number.isInteger(connections) && connections > 0)) throw new Error('--duration and --connections must be positive numbers');
  if (!(Number.isInteger(spread) && spread > 0)) throw new Error('--spread must be a whole number of partnerships, 1 or more');
  return {
    url: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/mic_bench',
    duration,
    connections,
    only: new Set(only as Name[]),
    spread,
    // npm -w runs in bench/: a relative --json is relative to where npm was started (INIT_CWD).
    json: path.resolve(process.env.INIT_CWD ?? process.cwd(), values.json!),
  };
}

/** What is measured, chosen from the data: an active partnership in the middle of the table, not the first. */
interface Subjects {
  partnerships: number;
  partnershipId: string;
  /** Up to `spread` active partnerships from the middle of the table on, the first being `partnershipId`. */
  partnershipIds: string[];
  funding: string;
  year: number;
  country: string;
  listPage: number;
  /** The funding source and year of the consolidated report job. */
  report: { funding: string; year: number };
}

async function one<T>(client: pg.Client, text: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(text, params);
  if (!rows[0]) throw new Error(`the database has no data for: ${text.replace(/\s+/g, ' ').slice(0, 120)}… (fill it with npm run bench:data)`);
  return rows[0] as T;
}

async function chooseSubjects(url: string, spread: number): Promise<Subjects> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { n: partnerships } = await one<{ n: number }>(client, 'select count(*)::int as n from partnerships');
    // The funding source and year with the most active partnerships: the consolidated report's biggest case.
    const busiest = await one<{ funding: string; year: number }>(
      client,
      `select p.funding_source as funding, y.year
         from partnerships p cross join lateral generate_series(p.start_year, p.end_year) as y(year)
        where p.status = 'active' group by 1, 2 order by count(*) desc, y.year desc limit 1`,
    );
    const scope = `status = 'active' and funding_source = $1 and $2 between start_year and end_year`;
    const { n: inScope } = await one<{ n: number }>(client, `select count(*)::int as n from partnerships where ${scope}`, [busiest.funding, busiest.year]);
    // From the middle on (or the last `spread` when the middle leaves too few), so the subject is never the first row.
    const { rows: picked } = await client.query<{ id: string }>(`select id from partnerships where ${scope} order by created_at, id offset $3 limit $4`, [
      busiest.funding,
      busiest.year,
      Math.max(0, Math.min(Math.floor(inScope / 2), inScope - spread)),
      spread,
    ]);
    const partnershipIds = picked.map((r) => r.id);
    const id = partnershipIds[0];
    if (!id) throw new Error('the database has no active partnership (fill it with npm run bench:data)');
    const { country } = await one<{ country: string }>(
      client,
      `select m.country from partnerships p join municipalities m on m.id = p.partner_municipality_id
        where p.status = 'active' group by 1 order by count(*) desc limit 1`,
    );
    // The list filter matches either municipality's country (partnerships.repository.ts).
    const { n: listed } = await one<{ n: number }>(
      client,
      `select count(*)::int as n from partnerships p
         join municipalities h on h.id = p.home_municipality_id join municipalities m on m.id = p.partner_municipality_id
        where p.status = 'active' and (h.country = $1 or m.country = $1)`,
      [country],
    );
    // The consolidated report's biggest case: the source and year with the most partnerships in it (active or completed).
    const report = await one<{ funding: string; year: number; n: number }>(
      client,
      `select p.funding_source as funding, y.year, count(*)::int as n
         from partnerships p cross join lateral generate_series(p.start_year, p.end_year) as y(year)
        where p.status in ('active', 'completed') group by 1, 2 order by count(*) desc, y.year desc limit 1`,
    );
    return { partnerships, partnershipId: id, partnershipIds, funding: busiest.funding, year: busiest.year, report, country, listPage: Math.max(1, Math.min(3, Math.ceil(listed / PAGE_SIZE))) };
  } finally {
    await client.end();
  }
}

interface EndpointSpec {
  label: string;
  path: string;
  /** The same path for each of the subjects (per-partnership endpoints only). */
  paths?: string[];
  anonymous?: boolean;
}

function endpointPaths(s: Subjects): Record<(typeof ENDPOINTS)[number], EndpointSpec> {
  const f = encodeURIComponent(s.funding);
  const perPartnership = (label: string, of: (id: string) => string, anonymous = false): EndpointSpec => ({
    label: s.partnershipIds.length > 1 ? `${label} (×${s.partnershipIds.length})` : label,
    path: of(s.partnershipId),
    paths: s.partnershipIds.length > 1 ? s.partnershipIds.map(of) : undefined,
    anonymous,
  });
  return {
    list: { label: `partnership list (country+status, p.${s.listPage})`, path: `/api/partnerships?country=${s.country}&status=active&page=${s.listPage}&pageSize=${PAGE_SIZE}` },
    partnership: perPartnership('partnership page data', (id) => `/api/partnerships/${id}`),
    results: perPartnership('results framework', (id) => `/api/partnerships/${id}/results`),
    risks: perPartnership('risk register', (id) => `/api/partnerships/${id}/risks`),
    'programme-risks': { label: 'programme-wide risks', path: '/api/programme/risks' },
    'programme-deadlines': { label: 'programme deadlines', path: `/api/programme/deadlines?year=${s.year}&funding=${f}` },
    deadlines: perPartnership('partnership deadlines', (id) => `/api/partnerships/${id}/deadlines?year=${s.year}`),
    funds: { label: 'programme funds', path: `/api/programme/funds?year=${s.year}` },
    public: perPartnership('public partnership page', (id) => `/api/public/partnerships/${id}`, true),
  };
}

async function floorFigures(start: LoadResult | undefined, end: LoadResult | undefined): Promise<FloorFigures> {
  const runs = [start, end].filter((r): r is LoadResult => !!r);
  const rps = runs.reduce((sum, r) => sum + r.rps, 0) / Math.max(1, runs.length);
  const drifted = !!start && !!end && Math.abs(start.rps - end.rps) / Math.max(start.rps, end.rps) > 0.15;
  return { start, end, rps, drifted };
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200);

async function measureEndpoints(options: Options, subjects: Subjects, server: ServerUnderTest): Promise<Pick<Report, 'floor' | 'endpoints'>> {
  const load: LoadOptions = { duration: options.duration, connections: options.connections };
  const [fastify, http] = await Promise.all([
    startFloor('floor-fastify.ts', '/ready', { DATABASE_URL: options.url }),
    startFloor('floor-http.ts', '/bytes/2'),
  ]);
  try {
    const floorUrl = `${fastify.baseUrl}/partnerships/${subjects.partnershipId}`;
    const floorLoad = { ...load, paths: subjects.partnershipIds.length > 1 ? subjects.partnershipIds.map((id) => `/partnerships/${id}`) : undefined };
    log('floor: Fastify PK lookup (start)');
    const start = await measure(floorUrl, floorLoad);
    const endpoints: EndpointRow[] = [];
    const paths = endpointPaths(subjects);
    for (const name of ENDPOINTS.filter((n) => options.only.has(n))) {
      const { label, path: p, paths: spread, anonymous } = paths[name];
      const row: EndpointRow = { name: label, path: p };
      log(`${label}: GET ${p}`);
      try {
        row.result = await measure(`${server.baseUrl}${p}`, { ...load, paths: spread, headers: anonymous ? undefined : { cookie: server.cookie } });
        row.http = await measure(`${http.baseUrl}/bytes/${row.result.bytes}`, load);
      } catch (e) {
        row.error = errorText(e);
      }
      endpoints.push(row);
    }
    log('floor: Fastify PK lookup (end)');
    const end = await measure(floorUrl, floorLoad);
    return { floor: await floorFigures(start, end), endpoints };
  } finally {
    await Promise.all([fastify.stop(), http.stop()]);
  }
}

async function attempt<T>(label: string, job: () => Promise<T>): Promise<T | { error: string }> {
  log(label);
  try {
    return await job();
  } catch (e) {
    return { error: errorText(e) };
  }
}

function log(line: string) {
  process.stderr.write(`· ${line}\n`);
}

function machine() {
  const cpus = os.cpus();
  return { cpus: cpus.length, cpu: cpus[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 1024 ** 3), node: process.version, os: `${os.type()} ${os.release()}` };
}

async function main() {
  const options = parseOptions();
  // The start of `npm start` uses its own embedded database: it alone needs no PostgreSQL.
  const wantsServer = [...options.only].some((n) => n !== 'startup');
  const subjects = wantsServer ? await chooseSubjects(options.url, options.spread) : null;
  const started = new Date();
  const m = machine();
  const header = [
    `MIC Platform benchmark — ${started.toISOString()}`,
    `machine: ${m.cpus} × ${m.cpu}, ${m.memoryGb} GB, ${m.os}, Node ${m.node}`,
    subjects
      ? `database: ${options.url.replace(/\/\/[^@]*@/, '//…@')} — ${subjects.partnerships} partnerships; subject ${subjects.partnershipId}, ${subjects.funding} ${subjects.year}, country ${subjects.country}`
      : '',
    `load: autocannon, ${options.connections} connections, ${options.duration} s per figure after 2 s warm-up; per-partnership endpoints over ${subjects?.partnershipIds.length ?? options.spread} partnership(s)`,
    process.env.READ_CACHE_ENTRIES ? `server env: READ_CACHE_ENTRIES=${process.env.READ_CACHE_ENTRIES}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  process.stderr.write(header + '\n');

  const report: Report = { floor: { rps: NaN, drifted: false }, endpoints: [] };
  if (subjects) {
    const server = await startAppServer(options.url);
    try {
      if (ENDPOINTS.some((n) => options.only.has(n))) Object.assign(report, await measureEndpoints(options, subjects, server));
      if (options.only.has('consolidated')) report.consolidated = await attempt('consolidated report', () => consolidatedJob(server.baseUrl, server.cookie, subjects.report.funding, subjects.report.year));
    } finally {
      await server.stop();
    }
    if (options.only.has('iati')) report.iati = await attempt('IATI export', () => iatiJobOnFreshServer(() => startAppServer(options.url)));
  }
  if (options.only.has('startup')) report.startup = await attempt('startup (npm start on bench/.data/startup)', () => startupJob());

  process.stdout.write(`\n${header}\n\n${renderReport(report)}\n`);
  mkdirSync(path.dirname(options.json), { recursive: true });
  writeFileSync(options.json, JSON.stringify({ startedAt: started.toISOString(), machine: m, options: { ...options, only: [...options.only] }, subjects, report }, null, 2) + '\n');
  process.stderr.write(`\nfigures written to ${path.relative(process.env.INIT_CWD ?? process.cwd(), options.json)}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
