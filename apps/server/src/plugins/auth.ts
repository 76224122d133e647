import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type Actor, type GlobalRole, type PartnershipRole } from '@mic/domain';
import type { Db } from '../db/client';
import * as sessionsRepo from '../modules/auth/session.repository';
import { versionScopeOf } from './read-cache';

export const SESSION_COOKIE = 'mic_session';
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

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
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sessionIdOf(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('base64url');
}

/** Loads the signed-in user on every /api request and enforces the CSRF token on every change. */
export const authPlugin = fp<AuthOptions>(async (app: FastifyInstance, opts) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const scope = versionScopeOf(request);
      const row = await sessionsRepo.findSessionWithUser(opts.db, sessionIdOf(opts.secret, token), new Date(), scope);
      if (row && !row.disabledAt) {
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
    await sessionsRepo.insertSession(opts.db, { id, userId, csrfToken, expiresAt: new Date(Date.now() + SESSION_TTL_MS) });
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      maxAge: SESSION_TTL_MS / 1000,
    });
    return { id, csrfToken };
  });
});

declare module 'fastify' {
  interface FastifyInstance {
    startSession(reply: FastifyReply, userId: string): Promise<{ id: string; csrfToken: string }>;
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
