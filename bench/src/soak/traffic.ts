/**
 * Virtual users: each signed in once (the session works on every server, they share the database), then
 * sending a mix of reads and tagged writes to the servers in turn, and noting what was acknowledged.
 */
import type { AckedWrite } from './check';

export interface VirtualUser {
  email: string;
  cookie: string;
  csrf: string;
  partnershipId: string;
}

/** What a run sent and what came back. */
export class Tally {
  requests = 0;
  latencies: number[] = [];
  /** The same, of reads (GET) and of writes apart. */
  readLatencies: number[] = [];
  writeLatencies: number[] = [];
  statuses = new Map<number, number>();
  /** Network failures (refused, reset, timed out), by message. */
  failures = new Map<string, number>();
  /** Answers that were not what the operation expects (any 5xx, a 4xx other than an expected 409). */
  unexpected: { op: string; status: number; body: string }[] = [];
  unexpectedCount = 0;
  acked: AckedWrite[] = [];
  /** Writes answered 409 on purpose (a stale version): they must not be in the database. */
  refused: AckedWrite[] = [];
  conflicts = 0;

  note(status: number, ms: number, method = 'GET') {
    this.requests++;
    this.latencies.push(ms);
    (method === 'GET' ? this.readLatencies : this.writeLatencies).push(ms);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
  }
  fail(message: string) {
    this.requests++;
    this.failures.set(message, (this.failures.get(message) ?? 0) + 1);
  }
  wrong(op: string, status: number, body: string) {
    this.unexpectedCount++;
    if (this.unexpected.length < 20) this.unexpected.push({ op, status, body: body.slice(0, 300) });
  }
  get failureCount() {
    return [...this.failures.values()].reduce((a, b) => a + b, 0);
  }
}

export interface Answer {
  status: number;
  body: string;
  headers: Headers;
  /** Milliseconds from sending to the whole answer. */
  ms: number;
  json(): any;
}

export class Sender {
  constructor(
    readonly tally: Tally,
    readonly timeoutMs = 30_000,
  ) {}

  /** One request; null when it got no answer (refused, reset, timed out). */
  async send(baseUrl: string, user: VirtualUser | null, method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<Answer | null> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (user) headers.cookie = user.cookie;
    if (user && method !== 'GET') headers['x-csrf-token'] = user.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      const ms = performance.now() - started;
      this.tally.note(response.status, ms, method);
      return { status: response.status, body: text, headers: response.headers, ms, json: () => JSON.parse(text) };
    } catch (e) {
      const err = e as { name?: string; cause?: { code?: string }; message?: string };
      this.tally.fail(err.name === 'TimeoutError' ? 'timeout' : (err.cause?.code ?? err.message ?? 'fetch failed'));
      return null;
    }
  }
}

/** Signs in; the session cookie and CSRF token, and the partnership the user coordinates. */
export async function signInUser(baseUrl: string, email: string, password: string): Promise<VirtualUser> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { csrfToken: string; user: { memberships: { partnershipId: string }[] } };
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('mic_session='));
  if (!cookie) throw new Error(`sign-in as ${email} set no session cookie`);
  const partnershipId = body.user.memberships[0]?.partnershipId;
  if (!partnershipId) throw new Error(`${email} coordinates no partnership`);
  return { email, cookie, csrf: body.csrfToken, partnershipId };
}

export const IDENTIFIED_ON = '2026-01-15';

export function riskBody(tag: string) {
  return { description: tag, category: 'other', origin: 'internal', owner: 'soak', identifiedOn: IDENTIFIED_ON, probability: 2, consequence: 3 };
}

/** The day of a review: on or after the risk was identified, never in the future. */
export function reviewBody(tag: string, n: number) {
  const day = 15 + (n % 10);
  return { reviewedOn: `2026-01-${day}`, probability: 1 + (n % 5), consequence: 1 + ((n >> 1) % 5), assumptionStatus: 'holds', correctiveAction: tag };
}

/** Makes tags unique over the run: `<prefix>-<user>-<n>`. */
export function tagger(prefix: string, userIndex: number) {
  let n = 0;
  return () => `${prefix}-u${userIndex}-${++n}`;
}
