/**
 * The jobs of issue 10, timed to the last byte: the consolidated report files, the IATI export (with the
 * server's memory), and the start of `npm start` on an existing data folder.
 */
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT, freePort, spawnNode, waitForOk } from './server';

export interface ConsolidatedResult {
  funding: string;
  year: number;
  /** Partnerships in the report's portfolio (its `data.portfolio.total`). */
  partnerships: number;
  files: { kind: 'docx' | 'pdf' | 'xlsx'; runsMs: number[]; medianMs: number; bytes: number }[];
}

export interface IatiResult {
  ms: number;
  activities: number;
  perSecond: number;
  bytes: number;
  rssBeforeMb: number;
  /** The highest VmRSS seen while polling every 50 ms, or VmHWM when it rose during the export. */
  peakRssMb: number;
  hwmBeforeMb: number;
  hwmAfterMb: number;
  /** Each export's time, when several were run on the same fresh server. */
  runsMs?: number[];
}

/**
 * The IATI export three times on a server process of its own (so its memory is the export's, not what
 * earlier load left behind): the median time, and the highest memory of the three.
 */
export async function iatiJobOnFreshServer(start: () => Promise<{ baseUrl: string; pid: number; stop(): Promise<void> }>): Promise<IatiResult> {
  const server = await start();
  try {
    const runs: IatiResult[] = [];
    for (let i = 0; i < 3; i++) runs.push(await iatiJob(server.baseUrl, server.pid));
    const median = [...runs].sort((a, b) => a.ms - b.ms)[1]!;
    return { ...median, rssBeforeMb: runs[0]!.rssBeforeMb, hwmBeforeMb: runs[0]!.hwmBeforeMb, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), runsMs: runs.map((r) => r.ms) };
  } finally {
    await server.stop();
  }
}

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
  dataDir: string;
}

const RUNS = 3;
const MB = 1024 * 1024;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function download(url: string, headers: Record<string, string>): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}: ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
  return { ms, bytes: body.byteLength };
}

/** The consolidated report for one funding source and year, as DOCX, PDF and XLSX: 3 downloads each, median. */
export async function consolidatedJob(baseUrl: string, cookie: string, funding: string, year: number): Promise<ConsolidatedResult> {
  const headers = { cookie };
  const report = await fetch(`${baseUrl}/api/programme/consolidated-report?funding=${encodeURIComponent(funding)}&year=${year}`, { headers });
  if (report.status !== 200) throw new Error(`the consolidated report answered ${report.status}: ${(await report.text()).slice(0, 300)}`);
  const json = (await report.json()) as { data: { portfolio: { total: number } } };
  const files: ConsolidatedResult['files'] = [];
  for (const kind of ['docx', 'pdf', 'xlsx'] as const) {
    const url = `${baseUrl}/api/programme/consolidated-report/${encodeURIComponent(funding)}/${year}.${kind}?lang=en`;
    const runs: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await download(url, headers));
    const runsMs = runs.map((r) => r.ms);
    files.push({ kind, runsMs, medianMs: median(runsMs), bytes: runs[0]!.bytes });
  }
  return { funding, year, partnerships: json.data.portfolio.total, files };
}

/** VmRSS / VmHWM of a process, in bytes. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Counts a marker across chunk boundaries: the last `marker.length - 1` characters are kept for the next chunk. */
/**
 * Counts a marker in a byte stream, across chunk boundaries, without decoding it: the client shares the
 * machine's two cores with the server and the database, so it does as little as it can (like autocannon).
 */
function byteCounter(marker: string) {
  const needle = Buffer.from(marker, 'utf8');
  let carry = Buffer.alloc(0);
  let count = 0;
  return {
    add(chunk: Buffer) {
      const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      for (let at = joined.indexOf(needle); at !== -1; at = joined.indexOf(needle, at + needle.length)) count++;
      // Shorter than the marker, so a marker is never counted twice.
      carry = Buffer.from(joined.subarray(Math.max(0, joined.length - (needle.length - 1))));
    },
    get count() {
      return count;
    },
  };
}

/** GET a URL with node:http, handing each chunk of the body to `onChunk`; resolves with the status. */
function stream(url: string, onChunk: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        res.on('data', onChunk);
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

/** The IATI export of all partnerships, streamed: time to last byte, activities counted while streaming, server memory. */
export async function iatiJob(baseUrl: string, serverPid: number): Promise<IatiResult> {
  const before = memoryOf(serverPid);
  let peakRss = before.rss;
  const poller = setInterval(() => {
    peakRss = Math.max(peakRss, memoryOf(serverPid).rss);
  }, 50);
  try {
    const started = performance.now();
    // Every activity element has attributes (`<iati-activity xml:lang=…`), the root is `<iati-activities`.
    const counter = byteCounter('<iati-activity ');
    let bytes = 0;
    let head = '';
    const status = await stream(`${baseUrl}/api/iati/activities.xml`, (chunk) => {
      bytes += chunk.length;
      if (head.length < 300) head += chunk.toString('utf8', 0, Math.min(chunk.length, 300));
      counter.add(chunk);
    });
    if (status !== 200) throw new Error(`the IATI export answered ${status}: ${head.slice(0, 300)}`);
    const ms = performance.now() - started;
    clearInterval(poller);
    const after = memoryOf(serverPid);
    peakRss = Math.max(peakRss, after.rss, after.hwm > before.hwm ? after.hwm : 0);
    const activities = counter.count;
    return {
      ms,
      activities,
      perSecond: activities / (ms / 1000),
      bytes,
      rssBeforeMb: before.rss / MB,
      peakRssMb: peakRss / MB,
      hwmBeforeMb: before.hwm / MB,
      hwmAfterMb: after.hwm / MB,
    };
  } finally {
    clearInterval(poller);
  }
}

const STARTUP_DATA = path.join(ROOT, 'bench/.data/startup');
const STARTUP_WEB = path.join(ROOT, 'bench/.data/web');

/** Runs `node scripts/start.mjs` (what `npm start` runs) on the embedded database in `bench/.data/startup`. */
async function startOnce(timeoutMs: number, timed: boolean): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnNode(['scripts/start.mjs'], {
    DATA_DIR: STARTUP_DATA,
    WEB_DIST: STARTUP_WEB,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: undefined,
    NODE_ENV: undefined,
    SESSION_SECRET: undefined,
    DEMO_DATA: undefined,
    PUBLIC_RATE_LIMIT_PER_MINUTE: undefined,
  });
  try {
    await waitForOk(`http://127.0.0.1:${port}/healthz`, child, timeoutMs, 25);
    const ms = performance.now() - started;
    if (timed && child.output().includes('Building the web app')) throw new Error('start.mjs rebuilt the web app during a timed run');
    return ms;
  } finally {
    // start.mjs passes SIGTERM on to the server, which closes the database cleanly before the next run.
    await child.stop(30_000);
  }
}

/**
 * The start on an existing data folder until /healthz answers 200: 3 runs, median. An untimed first start
 * creates the folder (with the demo) and builds the web app into bench/.data/web when either is missing
 * or stale, so the timed runs measure the start and never a build.
 */
export async function startupJob(): Promise<StartupResult> {
  await startOnce(15 * 60_000, false);
  const runsMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Marks the bench's own web build fresh: a source edited by someone meanwhile must not trigger a build here.
    const index = path.join(STARTUP_WEB, 'index.html');
    if (existsSync(index)) utimesSync(index, new Date(), new Date());
    runsMs.push(await startOnce(60_000, true));
  }
  return { runsMs, medianMs: median(runsMs), dataDir: path.relative(ROOT, STARTUP_DATA) };
}
