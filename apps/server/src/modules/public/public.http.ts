/**
 * What every anonymous public GET shares (public API, open data, IATI): a rate limit per client address,
 * an ETag from the body with `If-None-Match` → 304, and a shared cache for five minutes.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { FailureLimiter } from '../../lib/rate-limiter';

/** Requests per client address and minute, over all public routes together (PUBLIC_RATE_LIMIT_PER_MINUTE overrides it). */
export const PUBLIC_RATE_LIMIT = 300;
const MINUTE = 60_000;
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300';

// One limiter per app (keyed by its database), shared by every module that registers public routes; null: no limit.
const limiters = new WeakMap<Db, FailureLimiter | null>();

/** Sets an app's public rate limit; call it before the public routes are registered. 0 turns the limit off. */
export function setPublicRateLimit(db: Db, perMinute = PUBLIC_RATE_LIMIT) {
  limiters.set(db, perMinute > 0 ? new FailureLimiter(perMinute, MINUTE) : null);
}

function limiterOf(db: Db): FailureLimiter | null {
  if (!limiters.has(db)) setPublicRateLimit(db);
  return limiters.get(db) ?? null;
}

/** The strong ETag of a body: a hash of its bytes. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/**
 * Adds the public hooks to the (encapsulated) plugin that calls it, so they apply to that plugin's routes
 * only. Streamed bodies (IATI) get the rate limit and Cache-Control but no ETag.
 */
export function usePublicResponses(app: FastifyInstance, db: Db) {
  const limiter = limiterOf(db);
  if (limiter) useRateLimit(app, limiter);
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 200) {
      reply.header('cache-control', 'no-store');
      return payload;
    }
    reply.header('cache-control', PUBLIC_CACHE_CONTROL);
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const etag = etagOf(payload);
    reply.header('etag', etag);
    if (!matches(request.headers['if-none-match'], etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-length');
    reply.removeHeader('content-type');
    return '';
  });
}

/** Every request counts towards its address's limit (the limiter counts "failures": here, requests). */
function useRateLimit(app: FastifyInstance, limiter: FailureLimiter) {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const wait = limiter.retryAfter(request.ip);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new DomainError('RATE_LIMITED');
    }
    limiter.fail(request.ip);
  });
}
