import fc from 'fast-check';
import { ERROR_CODES } from '@mic/domain';
import { changedTables, fingerprint, type Fingerprint } from './fingerprint';
import { FuzzRequest, requestsFor, short, type WriteRoute } from './requests';
import { ACTORS, type ActorName, type World } from './world';

/**
 * Sends generated requests to one write route and checks each answer: never a 5xx; a 4xx is a problem
 * body whose `code` is one of ERROR_CODES; and after a 4xx every table is as it was before.
 */

export interface FuzzSettings {
  seed: number;
  runs: number;
}

/** FUZZ_SEED and FUZZ_RUNS (set by `npm run fuzz -- --runs N --seed S`), or the CI defaults. */
export function settingsFromEnv(defaults: FuzzSettings): FuzzSettings {
  const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) ? Number(v) : d);
  return { seed: num(process.env.FUZZ_SEED, defaults.seed), runs: num(process.env.FUZZ_RUNS, defaults.runs) };
}

const KNOWN_CODES = new Set<string>(ERROR_CODES);

export class RouteFuzzer {
  private current: Fingerprint | null = null;
  /** How each route answered: status → count, per route (for the summary of a long run). */
  readonly answers = new Map<string, Map<number, number>>();
  private route = '';
  /** Per route, the actors it answered FORBIDDEN: later requests go to another actor, so more reach validation and the service. */
  private readonly forbidden = new Map<string, Set<ActorName>>();

  constructor(readonly world: World) {}

  async run(route: WriteRoute, settings: FuzzSettings, routeIndex: number) {
    this.current = await fingerprint(this.world.t.db);
    this.route = `${route.method} ${route.path}`;
    await fc.assert(
      fc.asyncProperty(requestsFor(route, this.world), (request) => this.check(request)),
      // One seed per route, derived from the run's seed, so that a route's cases do not depend on the routes before it.
      { seed: settings.seed + routeIndex, numRuns: settings.runs, endOnFailure: true },
    );
  }

  /** The request, sent by another actor when its own was refused on this route before. */
  private withAllowedActor(request: FuzzRequest): FuzzRequest {
    const refused = this.forbidden.get(this.route);
    if (!refused?.has(request.actor)) return request;
    const others = ACTORS.filter((a) => !refused.has(a));
    if (!others.length) return request;
    const actor = others[ACTORS.indexOf(request.actor) % others.length]!;
    return new FuzzRequest(actor, request.method, request.url, request.headers, request.payload);
  }

  /** One request and its answer, judged; throws a message naming the request and the answer. */
  async check(generated: FuzzRequest) {
    const request = this.withAllowedActor(generated);
    const before = this.current ?? (await fingerprint(this.world.t.db));
    const client = this.world.clients[request.actor];
    const res = await client.request({ method: request.method as 'POST', url: request.url, headers: request.headers, payload: request.payload });
    const answers = this.answers.get(this.route) ?? new Map<number, number>();
    answers.set(res.statusCode, (answers.get(res.statusCode) ?? 0) + 1);
    this.answers.set(this.route, answers);
    const fail = (reason: string) => {
      throw new Error(`${reason}\n${request.describe()}\n→ ${res.statusCode} ${res.headers['content-type'] ?? ''}\n  ${short(res.body, 400)}`);
    };
    if (res.statusCode >= 500) fail(`server error`);
    const after = await fingerprint(this.world.t.db);
    this.current = after;
    if (res.statusCode >= 400) {
      if (!String(res.headers['content-type'] ?? '').startsWith('application/problem+json')) fail('a refusal that is not a problem body');
      let code: unknown;
      try {
        code = (JSON.parse(res.body) as { code?: unknown }).code;
      } catch {
        fail('a problem body that is not JSON');
      }
      if (typeof code !== 'string' || !KNOWN_CODES.has(code)) fail(`a problem without a known code (${String(code)})`);
      if (code === 'FORBIDDEN') this.forbidden.set(this.route, (this.forbidden.get(this.route) ?? new Set()).add(request.actor));
      const changed = changedTables(before, after);
      if (changed.length) fail(`refused, yet the database changed: ${changed.join(', ')}`);
    }
    // A request that ended its own session (sign-out, a changed password or role): sign the actor in again.
    if (res.statusCode === 401 || (res.statusCode < 300 && /^\/api\/(auth|users)\//.test(request.url))) {
      await this.world.refresh(request.actor);
      this.current = await fingerprint(this.world.t.db);
    }
  }
}

/** One line a route: how often it answered each status. */
export function summaryOf(answers: RouteFuzzer['answers']): string {
  return [...answers]
    .map(([route, statuses]) => `${route}: ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`)
    .join('\n');
}
