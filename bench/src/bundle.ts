/**
 * `npm run bench:bundle`: how much JavaScript the web app's first page downloads (issue 10: under 250 KB
 * compressed), measured in a real browser against the real server, and which code a signed-in page adds.
 *
 *   npm run bench:bundle                      builds the web app into a temp folder first
 *   npm run bench:bundle -- --dist <folder>   measures an existing build
 *
 * The server runs on the embedded database (a temp DATA_DIR, the demo programme) on port 4690 (--port).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Response } from '@playwright/test';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BUDGET_BYTES = 250 * 1024;
const OFFICER = { email: 'officer@mic.example', password: 'demo-password-2026' };

export interface ScriptTransfer {
  file: string;
  /** Bytes on the wire (the compressed body). */
  transferred: number;
  /** Bytes after decompression. */
  raw: number;
  /** What gzip -9 makes of it (the .gz the server holds): the budget's measure whatever the browser accepts. */
  gzip: number;
  encoding: string;
}

export interface PageMeasure {
  path: string;
  scripts: ScriptTransfer[];
  transferred: number;
  raw: number;
  gzip: number;
}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function buildWeb(outDir: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: path.join(ROOT, 'apps/web'),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

async function startServer(dist: string, dataDir: string, port: number): Promise<ChildProcess> {
  const env = { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, PORT: String(port), WEB_DIST: dist, DEMO_DATA: 'true', LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'apps/server/src/main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error('the server did not answer /healthz within 120 s');
}

async function measureScript(response: Response): Promise<ScriptTransfer> {
  const sizes = await response.request().sizes();
  const body = await response.body();
  const headers = await response.allHeaders();
  return {
    file: new URL(response.url()).pathname,
    transferred: sizes.responseBodySize,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    encoding: headers['content-encoding'] ?? 'identity',
  };
}

/** Opens `pagePath` in a fresh context (empty cache) and sums every JavaScript response until the network is idle. */
async function measurePage(browser: Browser, baseURL: string, pagePath: string, signIn: boolean): Promise<PageMeasure> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB' });
  try {
    if (signIn) {
      const res = await context.request.post('/api/auth/login', { data: OFFICER });
      if (!res.ok()) throw new Error(`sign-in failed: ${res.status()}`);
    }
    const page = await context.newPage();
    const responses: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' || new URL(r.url()).pathname.endsWith('.js')) responses.push(r);
    });
    await page.goto(pagePath, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = (await Promise.all(responses.map(measureScript))).sort((a, b) => b.transferred - a.transferred);
    return { path: pagePath, scripts, transferred: sum(scripts, 'transferred'), raw: sum(scripts, 'raw'), gzip: sum(scripts, 'gzip') };
  } finally {
    await context.close();
  }
}

const sum = (scripts: ScriptTransfer[], key: 'transferred' | 'raw' | 'gzip') => scripts.reduce((total, s) => total + s[key], 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printPage(title: string, measure: PageMeasure, firstPage?: PageMeasure): void {
  const already = new Set(firstPage?.scripts.map((s) => s.file));
  console.log(`\n${title} (${measure.path})`);
  console.log(`${'file'.padEnd(60)} ${'encoding'.padEnd(9)} ${'transferred'.padStart(12)} ${'gzip'.padStart(10)} ${'raw'.padStart(10)}`);
  for (const s of measure.scripts) {
    const mark = firstPage && !already.has(s.file) ? ' (loaded on visit)' : '';
    console.log(`${(s.file + mark).padEnd(60)} ${s.encoding.padEnd(9)} ${kb(s.transferred).padStart(12)} ${kb(s.gzip).padStart(10)} ${kb(s.raw).padStart(10)}`);
  }
  console.log(`${'total'.padEnd(60)} ${''.padEnd(9)} ${kb(measure.transferred).padStart(12)} ${kb(measure.gzip).padStart(10)} ${kb(measure.raw).padStart(10)}`);
}

async function main(): Promise<void> {
  const port = Number(option('port') ?? 4690);
  const work = await mkdtemp(path.join(os.tmpdir(), 'mic-bundle-'));
  const dist = option('dist') ? path.resolve(option('dist')!) : path.join(work, 'dist');
  if (!option('dist')) buildWeb(dist);
  const server = await startServer(dist, path.join(work, 'data'), port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const baseURL = `http://127.0.0.1:${port}`;
    const first = await measurePage(browser, baseURL, '/', false);
    const signedIn = await measurePage(browser, baseURL, '/partnerships', true);
    printPage('First page, not signed in: the sign-in page', first);
    printPage('A signed-in page: the partnership list', signedIn, first);
    // Judged on the larger of what went over the wire and the gzip size, so a brotli-less client is inside too.
    const pass = Math.max(first.transferred, first.gzip) < BUDGET_BYTES;
    console.log(
      `\nFirst page JavaScript: ${kb(first.transferred)} transferred, ${kb(first.gzip)} gzip, ${kb(first.raw)} raw; target < ${kb(BUDGET_BYTES)} ${pass ? '✓' : '✗'}`,
    );
    const out = path.join(ROOT, 'bench/results/bundle.json');
    await mkdir(path.dirname(out), { recursive: true });
    const result = { date: new Date().toISOString(), machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}`, budgetBytes: BUDGET_BYTES, pass, firstPage: first, signedInPage: signedIn };
    await writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`Written to ${path.relative(ROOT, out)}`);
    if (!pass) process.exitCode = 1;
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    await rm(work, { recursive: true, force: true });
  }
}

await main();
