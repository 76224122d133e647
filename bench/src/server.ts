/**
 * Child processes of the benchmark: the app server under test, the floors, `npm start`. Each is a plain
 * `node` process running the server bundle, so the pid is the server's own and /proc/<pid>/status is its memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const OFFICER = { email: 'officer@mic.example', password: 'demo-password-2026' };
const PORTS = { from: 4700, to: 4799 };
const taken = new Set<number>();

export interface Child {
  process: ChildProcess;
  pid: number;
  /** The first and the last lines the child wrote (stdout and stderr), to explain a failure. */
  output(): string;
  /** SIGTERM, then SIGKILL when it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

export interface ServerUnderTest {
  baseUrl: string;
  cookie: string;
  pid: number;
  stop(): Promise<void>;
}

/** A port in 4700–4799 that nothing listens on (and that this run has not handed out yet). */
export async function freePort(): Promise<number> {
  for (let port = PORTS.from; port <= PORTS.to; port++) {
    if (taken.has(port)) continue;
    if (await canListen(port)) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${PORTS.from}–${PORTS.to}`);
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Spawns `node [args]` from the repository root with `env` added to (or, when undefined, removed from) ours. */
export function spawnNode(args: string[], env: Record<string, string | undefined>): Child {
  const merged: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const child = spawn(process.execPath, args, { cwd: ROOT, env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
  let head = '';
  let tail = '';
  // Always drain the pipes: a child blocked on a full pipe would look like a slow server.
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    if (head.length < 4000) head += text.slice(0, 4000 - head.length);
    tail = (tail + text).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  return {
    process: child,
    pid: child.pid!,
    output: () => (head.length < 4000 ? head : `${head}\n…\n${tail}`),
    stop: (graceMs = 10_000) => stopChild(child, graceMs),
  };
}

function stopChild(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Polls `url` every `intervalMs` until it answers 200; fails when the child exits or `timeoutMs` passes. */
export async function waitForOk(url: string, child: Child, timeoutMs = 60_000, intervalMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null) throw new Error(`process exited (${child.process.exitCode}) before ${url} answered:\n${child.output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${child.output()}`);
}

/** Signs in and returns the session cookie as a `Cookie` header value. */
export async function signIn(baseUrl: string, email = OFFICER.email, password = OFFICER.password): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}: ${body.slice(0, 300)}`);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]!);
  const session = cookies.find((c) => c.startsWith('mic_session='));
  if (!session) throw new Error(`sign-in as ${email} set no mic_session cookie`);
  return session;
}

/** The app server as production runs it (NODE_ENV=production), against `databaseUrl`, with no demo, no reminders and no public rate limit. */
export async function startAppServer(databaseUrl: string): Promise<ServerUnderTest> {
  const port = await freePort();
  // The same server bundle `npm start` runs (scripts/build-server.mjs), rebuilt when its sources changed.
  const { buildServer, serverBundle, serverBundleStale } = await import('../../scripts/build-server.mjs');
  if (serverBundleStale()) await buildServer();
  const child = spawnNode(['--enable-source-maps', serverBundle], {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO_DATA: 'false',
    REMINDER_INTERVAL_MINUTES: '0',
    LOG_LEVEL: 'warn',
    SESSION_SECRET: 'bench-session-secret-0123456789-abcdefghijkl',
    // The load generator is one address sending thousands of requests a second.
    PUBLIC_RATE_LIMIT_PER_MINUTE: '0',
    NODE_ENV: 'production',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${baseUrl}/healthz`, child, 120_000);
    const cookie = await signIn(baseUrl);
    return { baseUrl, cookie, pid: child.pid, stop: () => child.stop() };
  } catch (e) {
    await child.stop();
    throw e;
  }
}

/** Starts one of the floor servers (bench/src/floor-*.ts) on a free port and waits for `readyPath`. */
export async function startFloor(file: string, readyPath: string, env: Record<string, string> = {}): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const port = await freePort();
  const child = spawnNode(['--import', 'tsx', path.join('bench/src', file)], { ...env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${baseUrl}${readyPath}`, child, 30_000);
  } catch (e) {
    await child.stop();
    throw e;
  }
  return { baseUrl, stop: () => child.stop() };
}
