/**
 * One load measurement with autocannon on loopback: a short warm-up (JIT, connection pools, caches), then the
 * measured run. A run with any non-2xx answer or error is reported as such: it is not a result.
 */
import { createRequire } from 'node:module';

export interface LoadOptions {
  headers?: Record<string, string>;
  /** Measured seconds. */
  duration: number;
  connections: number;
  /** Warm-up seconds before the measured run (not counted). */
  warmup?: number;
  /** Paths (with query) to send in turn instead of the URL's own path: many partnerships rather than one. */
  paths?: string[];
}

export interface LoadResult {
  url: string;
  /** Mean requests per second over the measured run. */
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** The body size of one answer (from a single request to `url` before the run). */
  bytes: number;
  /** Status codes seen in the measured run, with their counts. */
  statusCodes: Record<string, number>;
}

/** The part of autocannon's result that is used here (the package ships no types). */
interface AutocannonResult {
  requests: { mean: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface RequestData {
  path?: string;
}
type Autocannon = (
  options: {
    url: string;
    connections: number;
    duration: number;
    headers?: Record<string, string>;
    requests?: { method: 'GET'; setupRequest: (request: RequestData) => RequestData }[];
  },
  callback: (error: Error | null, result: AutocannonResult) => void,
) => unknown;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

function run(url: string, connections: number, duration: number, headers?: Record<string, string>, paths?: string[]): Promise<AutocannonResult> {
  let next = 0;
  // Round robin over the paths, so a per-partnership answer is not one cached row (or one cached answer).
  const requests = paths && paths.length > 1 ? [{ method: 'GET' as const, setupRequest: (r: RequestData) => ({ ...r, path: paths[next++ % paths.length] }) }] : undefined;
  return new Promise((resolve, reject) => {
    autocannon({ url, connections, duration, headers, requests }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

/** One request: its status and body size (to size the node:http floor, and to fail fast on a wrong URL). */
export async function probe(url: string, headers?: Record<string, string>): Promise<{ status: number; bytes: number; body: string }> {
  const response = await fetch(url, { headers });
  const buffer = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: buffer.length, body: buffer.toString('utf8') };
}

export async function measure(url: string, options: LoadOptions): Promise<LoadResult> {
  const { status, bytes, body } = await probe(url, options.headers);
  if (status < 200 || status >= 300) throw new Error(`GET ${url} answered ${status}: ${body.slice(0, 300)}`);
  const warmup = options.warmup ?? 2;
  if (warmup > 0) await run(url, options.connections, warmup, options.headers, options.paths);
  const result = await run(url, options.connections, options.duration, options.headers, options.paths);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    url,
    rps: result.requests.mean,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    bytes,
    statusCodes,
  };
}

/** True when the run had no non-2xx answers, errors or timeouts, so its figures are a result. */
export function clean(result: LoadResult): boolean {
  return result.non2xx === 0 && result.errors === 0 && result.timeouts === 0;
}
