import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type Actor, type GlobalRole, type PartnershipRole } from '@mic/domain';
import type { Db } from '../db/client';
import * as sessionsRepo from '../modules/auth/session.repository';
import { versionScopeOf } from './read-cache';

export const SESSION_COOKIE = 'mic_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session ends after this long unused (idle) ... */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** ... and this long after sign-in (absolute), however much it is used. */
export const SESSION_MAX_MS = 12 * 60 * 60 * 1000;
/** An idle deadline is pushed forward at most once a minute: not a database write per request. */
const EXTEND_STEP_MS = 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: { id: string; csrfToken: string } | null;
  }
}

export interface AuthOptions {
  db: Db;
  secret: string;
  secureCookies: boolean;
  /** The current time (the test clock in tests). */
  now?: () => Date;
  idleMs?: number;
  maxMs?: number;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionIdOf(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

/** Loads the signed-in user on every /api request and enforces the CSRF token on every change. */
export const authPlugin = fp<AuthOptions>(async (app: FastifyInstance, opts) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  const now = opts.now ?? (() => new Date());
  const idleMs = opts.idleMs ?? SESSION_IDLE_MS;
  const maxMs = opts.maxMs ?? SESSION_MAX_MS;
  // Not readable by scripts, not sent on cross-site sub-requests or form posts, HTTPS only when served so.
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies } as const;

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const scope = versionScopeOf(request);
      const at = now();
      // Only a session whose idle deadline (never past its absolute one) is still ahead is found.
      const row = await sessionsRepo.findSessionWithUser(opts.db, sessionIdOf(opts.secret, token), at, scope);
      if (row && !row.disabledAt) {
        const idleEnd = Math.min(at.getTime() + idleMs, new Date(row.createdAt).getTime() + maxMs);
        if (idleEnd - new Date(row.expiresAt).getTime() >= EXTEND_STEP_MS) await sessionsRepo.extendSession(opts.db, row.sessionId, new Date(idleEnd));
        if (scope) request.readCacheVersion = row.version ?? '';
        request.session = { id: row.sessionId, csrfToken: row.csrfToken };
        request.actor = {
          userId: row.userId,
          email: row.email,
          name: row.name,
          language: row.language,
          globalRole: (row.globalRole as GlobalRole | null) ?? null,
          memberships: Object.fromEntries(row.memberships.map((m) => [m.partnershipId, m.role as PartnershipRole])),
        };
      }
    }
    if (!SAFE_METHODS.has(request.method) && request.session) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !safeEqual(sent, request.session.csrfToken)) {
        throw new DomainError('CSRF_TOKEN_INVALID');
      }
    }
  });

  app.decorate('startSession', async (reply: FastifyReply, userId: string) => {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const id = sessionIdOf(opts.secret, token);
    const at = now();
    await sessionsRepo.insertSession(opts.db, { id, userId, csrfToken, createdAt: at, expiresAt: new Date(at.getTime() + Math.min(idleMs, maxMs)) });
    reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: Math.floor(maxMs / 1000) });
    return { id, csrfToken };
  });

  app.decorate('endSessionCookie', (reply: FastifyReply) => {
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    startSession(reply: FastifyReply, userId: string): Promise<{ id: string; csrfToken: string }>;
    /** Tells the browser to forget the session cookie. */
    endSessionCookie(reply: FastifyReply): void;
  }
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

/** The signed-in user, or 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new DomainError('UNAUTHENTICATED');
  return request.actor;
}
