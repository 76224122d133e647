import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { dataVersionOf, type VersionScope } from '../modules/audit/audit.repository';
import type { Db } from '../db/client';
import { requestLanguage } from '../lib/language';

/**
 * Which data a cached answer depends on: the whole programme, or one partnership (the route's `:id`)
 * plus the programme-wide settings and registers.
 */
export type ReadCacheScope = 'programme' | 'partnership';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Opt a GET route into the read cache (plugins/read-cache.ts). */
    readCache?: ReadCacheScope;
  }
  interface FastifyRequest {
    readCacheKey: string | null;
    readCacheVersion: string | null;
  }
}

export interface ReadCacheOptions {
  db: Db;
  now: () => Date;
  /** How many answers to keep (READ_CACHE_ENTRIES); 0 turns the cache off. */
  maxEntries: number;
  /** Answers larger than this are not kept. */
  maxBytes?: number;
}

interface Entry {
  version: string;
  /** The answer's bytes, encoded once when kept rather than on every reply. */
  body: Buffer;
  headers: Record<string, string>;
}

const KEPT_HEADERS = ['content-type', 'cache-control', 'etag', 'link', 'content-language'];

/**
 * Every change to programme data appends to the audit log in the same transaction (the chain's lock
 * orders the commits), so the newest audit entry is a version of the data: an answer computed at that
 * version is still right until a newer entry appears. This cache keeps the serialised answers of the
 * heavy read routes per caller, language, hour and URL, and checks the version (one indexed lookup)
 * before serving one, so a change is seen by the next request in every server process.
 */
export const readCachePlugin = fp<ReadCacheOptions>(async (app: FastifyInstance, opts) => {
  app.decorateRequest('readCacheKey', null);
  app.decorateRequest('readCacheVersion', null);
  if (opts.maxEntries <= 0) return;
  const maxBytes = opts.maxBytes ?? 2 * 1024 * 1024;
  const entries = new Map<string, Entry>();

  const keyOf = (request: FastifyRequest) =>
    `${request.actor?.userId ?? '-'}|${requestLanguage(request)}|${opts.now().toISOString().slice(0, 13)}|${request.url}`;

  /** Serves the kept answer when the data has not moved on since; otherwise notes what to keep. */
  async function serve(request: FastifyRequest, reply: FastifyReply) {
    const version = request.readCacheVersion ?? (await dataVersion(opts.db, request));
    if (version === null) return;
    const key = keyOf(request);
    const hit = entries.get(key);
    if (hit && hit.version === version) {
      // Most recently used last, so the oldest is the first to go.
      entries.delete(key);
      entries.set(key, hit);
      for (const [name, value] of Object.entries(hit.headers)) reply.header(name, value);
      return reply.send(hit.body);
    }
    request.readCacheKey = key;
    request.readCacheVersion = version;
  }

  // A signed-in caller's kept answer is served before validation and the access checks: it was only
  // kept after they passed, and a change of role, membership or session ends it (audited, or no actor).
  app.addHook('onRequest', async (request, reply) => {
    if (!request.actor || request.routeOptions.url?.startsWith('/api/public/')) return;
    return serve(request, reply);
  });
  // The public routes count every request towards their rate limit first (an encapsulated onRequest hook).
  app.addHook('preHandler', async (request, reply) => {
    if (request.readCacheKey || (request.actor && !request.routeOptions.url?.startsWith('/api/public/'))) return;
    return serve(request, reply);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.readCacheKey;
    if (!key || reply.statusCode !== 200 || typeof payload !== 'string' || payload.length > maxBytes) return payload;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    entries.delete(key);
    entries.set(key, { version: request.readCacheVersion!, body: Buffer.from(payload, 'utf8'), headers });
    while (entries.size > opts.maxEntries) entries.delete(entries.keys().next().value!);
    return payload;
  });
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Which data version a cached route depends on: the newest audit entry of the programme, or of the
 * partnership and of programme-wide data. Null when the request is not cached; the auth plugin reads
 * it in the same round trip as the session.
 */
export function versionScopeOf(request: FastifyRequest): VersionScope {
  const scope = request.routeOptions.config?.readCache;
  if (!scope || request.method !== 'GET') return null;
  if (scope === 'programme') return { kind: 'programme' };
  const id = (request.params as { id?: string } | undefined)?.id;
  // A malformed id is never cached: the route answers 404 itself.
  if (!id || !UUID.test(id)) return null;
  return { kind: 'partnership', partnershipId: id };
}

async function dataVersion(db: Db, request: FastifyRequest): Promise<string | null> {
  const scope = versionScopeOf(request);
  return scope ? dataVersionOf(db, scope) : null;
}
