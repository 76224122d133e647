/**
 * The processes a soak or fault run starts: app servers (the production bundle, as `npm start` runs it), a
 * fresh PostgreSQL database on the shared server, or a throw-away PostgreSQL cluster of our own.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ROOT, spawnNode, waitForOk, type Child } from '../server';

export const SESSION_SECRET = 'soak-session-secret-0123456789-abcdefghijkl';

export interface AppServer {
  name: string;
  baseUrl: string;
  port: number;
  child: Child;
  pid: number;
}

let snapshot: string | undefined;

/**
 * The server bundle (scripts/build-server.mjs, rebuilt when its sources are newer), copied once per run
 * to a folder of its own: a server restarted by a fault script runs the same code as before, whatever
 * rebuilds apps/server/dist meanwhile. The copy sits under node_modules so the bundle finds its packages.
 */
export async function ensureBundle(): Promise<string> {
  if (snapshot) return snapshot;
  const { buildServer, serverBundle, serverBundleStale } = await import('../../../scripts/build-server.mjs');
  if (serverBundleStale()) {
    process.stdout.write('Building the server bundle (apps/server/dist/server.mjs)…\n');
    await buildServer();
  }
  const dir = path.join(ROOT, 'node_modules/.cache/mic-soak', String(process.pid));
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.dirname(serverBundle), dir, { recursive: true });
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  snapshot = path.join(dir, path.basename(serverBundle));
  return snapshot;
}

/** Starts the server bundle in production mode on `port`, on PostgreSQL (`databaseUrl`) or PGlite (`dataDir`). */
export async function startServer(
  name: string,
  port: number,
  db: { databaseUrl?: string; dataDir?: string },
  options: { demo?: boolean; extraEnv?: Record<string, string> } = {},
): Promise<AppServer> {
  const bundle = await ensureBundle();
  const child = spawnNode(['--enable-source-maps', bundle], {
    DATABASE_URL: db.databaseUrl,
    DATA_DIR: db.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: options.demo ? 'true' : 'false',
    REMINDER_INTERVAL_MINUTES: '0',
    LOG_LEVEL: 'warn',
    SESSION_SECRET,
    // Every virtual user comes from 127.0.0.1.
    PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    NODE_ENV: 'production',
    ...options.extraEnv,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${baseUrl}/healthz`, child, 180_000, 100);
  } catch (e) {
    await child.stop();
    throw e;
  }
  return { name, baseUrl, port, child, pid: child.pid };
}

/** Resident memory of a process in kB (VmRSS of /proc/<pid>/status), or null when it is gone. */
export function rssKb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** Samples each process's RSS every `intervalMs` until stopped. */
export function sampleMemory(pids: number[], intervalMs = 1000) {
  const samples = new Map<number, number[]>(pids.map((pid) => [pid, []]));
  const take = () => {
    for (const pid of pids) {
      const kb = rssKb(pid);
      if (kb !== null) samples.get(pid)!.push(kb);
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    samples,
    stop: () => clearInterval(timer),
  };
}

/** `postgres://…/<name>` from a URL of the same server. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Creates a fresh database on the server of `adminUrl` and returns its URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
  await adminQuery(adminUrl, `create database ${name}`);
  return withDatabase(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
}

/**
 * A PostgreSQL cluster of our own (initdb + pg_ctl in a temporary folder, on `port`), so that stopping it
 * disturbs no one else. Runs as the `postgres` OS user when we are root (PostgreSQL refuses to run as root).
 */
export interface Cluster {
  url: string;
  dir: string;
  start(): void;
  /** `fast` ends sessions cleanly; `immediate` is a crash (recovery from the WAL on the next start). */
  stop(mode?: 'fast' | 'immediate'): void;
  destroy(): void;
}

function postgresBin(tool: string): string {
  const root = '/usr/lib/postgresql';
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const candidate = path.join(root, v, 'bin', tool);
    try {
      execFileSync('test', ['-x', candidate]);
      return candidate;
    } catch {
      /* next */
    }
  }
  throw new Error(`${tool} not found under ${root}`);
}

export function createCluster(port: number): Cluster {
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const bin = postgresBin(tool);
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
    return execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: '/tmp' }).toString();
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'mic-fault-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const start = () => {
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  };
  const stop = (mode: 'fast' | 'immediate' = 'fast') => {
    run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
  };
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    start,
    stop,
    destroy: () => {
      try {
        stop('immediate');
      } catch {
        /* not running */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
