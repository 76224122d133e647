import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { FailureLimiter } from '../../lib/rate-limiter';
import { requireActor } from '../../plugins/auth';
import { recordChange } from '../audit/audit.service';
import { languageBody, loginBody, passwordChangeBody, sessionResponse } from './auth.contract';
import { presentSession } from './auth.present';
import { signInUser } from './sign-in';
import * as service from './auth.service';
import * as sessionsRepo from './session.repository';

const FIFTEEN_MINUTES = 15 * 60 * 1000;

export async function authRoutes(app: FastifyInstance, opts: { db: Db; now?: () => Date }) {
  const { db } = opts;
  const now = () => (opts.now ? opts.now() : new Date()).getTime();
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Five wrong passwords per account and address, fifty per address, in fifteen minutes.
  const perAccount = new FailureLimiter(5, FIFTEEN_MINUTES);
  const perAddress = new FailureLimiter(50, FIFTEEN_MINUTES);

  r.get('/api/auth/session', { schema: { tags: ['auth'], response: { 200: sessionResponse } } }, async (request) =>
    presentSession(request.actor, request.session?.csrfToken ?? null),
  );

  r.post('/api/auth/login', { schema: { tags: ['auth'], body: loginBody, response: { 200: sessionResponse } } }, async (request, reply) => {
    const accountKey = `${request.ip}|${request.body.email.toLowerCase()}`;
    const at = now();
    const wait = Math.max(perAccount.retryAfter(accountKey, at), perAddress.retryAfter(request.ip, at));
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new DomainError('RATE_LIMITED');
    }
    let user;
    try {
      user = await service.authenticate(db, request.body.email, request.body.password);
    } catch (e) {
      perAccount.fail(accountKey, at);
      perAddress.fail(request.ip, at);
      throw e;
    }
    perAccount.reset(accountKey);
    return signInUser(app, db, request, reply, user);
  });

  r.post('/api/auth/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    if (request.session) await sessionsRepo.deleteSession(db, request.session.id);
    app.endSessionCookie(reply);
    return reply.code(204).send(null);
  });

  // Ends every session of the user, this one included: on every device they must sign in again.
  r.post('/api/auth/logout-all', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (request, reply) => {
    const actor = requireActor(request);
    await service.signOutEverywhere(db, actor);
    app.endSessionCookie(reply);
    return reply.code(204).send(null);
  });

  r.post('/api/auth/password', { schema: { tags: ['auth'], body: passwordChangeBody, response: { 204: z.null() } } }, async (request, reply) => {
    const actor = requireActor(request);
    await service.changePassword(db, actor, sessionOf(request), request.body.currentPassword, request.body.newPassword);
    return reply.code(204).send(null);
  });

  r.put('/api/auth/language', { schema: { tags: ['auth'], body: languageBody, response: { 200: sessionResponse } } }, async (request) => {
    const actor = requireActor(request);
    await db.transaction(async (tx) => {
      await service.setLanguage(tx, actor, request.body.language);
      await recordChange(tx, actor, {
        action: 'user.language_changed',
        entityType: 'user',
        entityId: actor.userId,
        before: { language: actor.language },
        after: { language: request.body.language },
      });
    });
    return presentSession({ ...actor, language: request.body.language }, request.session?.csrfToken ?? null);
  });
}

function sessionOf(request: FastifyRequest): string {
  if (!request.session) throw new DomainError('UNAUTHENTICATED');
  return request.session.id;
}
