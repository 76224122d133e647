import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import type { Database } from './db/client';
import { DomainError } from '@mic/domain';
import { registerProblemHandlers, sendProblem, toDomainError } from './lib/problem';
import { createMailer, type Mailer } from './lib/mailer';
import { authPlugin } from './plugins/auth';
import { readCachePlugin } from './plugins/read-cache';
import { securityHeaders } from './plugins/security-headers';
import { textGuard } from './plugins/text-guard';
import { authRoutes } from './modules/auth/auth.routes';
import { healthRoutes } from './modules/health/health.routes';
import { registerModules } from './modules';

export const BODY_LIMIT = 1024 * 1024;

export interface BuildOptions {
  config: AppConfig;
  database: Database;
  logger?: FastifyServerOptions['logger'];
  mailer?: Mailer;
  /** What time it is; tests pass a fixed clock. */
  clock?: () => Date;
  /**
   * The real passing of time, for session expiry and sign-in lockouts (tests move it on); kept apart
   * from `clock`, which tests fix on a programme date while their sessions must stay valid.
   */
  wallClock?: () => Date;
  /** Serve the built web app from this folder (defaults to apps/web/dist when it exists). */
  webDist?: string | null;
}

export interface AppContext {
  config: AppConfig;
  database: Database;
  db: Database['db'];
  mailer: Mailer;
  /** The current time (a fixed clock in tests); take today's date from here, never from `new Date()`. */
  now: () => Date;
}

export async function buildApp(options: BuildOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Only the proxies in front are believed: `true` would take a client-written X-Forwarded-For as the address.
    trustProxy: config.trustProxy ?? (config.production ? 'loopback,linklocal,uniquelocal' : false),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    },
    ajv: undefined,
    // A malformed or over-long path segment names nothing: answered as a problem like any other refusal.
    frameworkErrors: (error, request, reply) => sendProblem(request, reply, toDomainError(error)),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const ctx: AppContext = { config, database, db: database.db, mailer: options.mailer ?? createMailer(config.smtp), now: options.clock ?? (() => new Date()) };

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'MIC Platform API', version: '0.1.0', description: 'Municipal International Cooperation programme' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(cookie);
  const httpsOnly = config.production || !!config.httpsOnly;
  await app.register(securityHeaders, { hsts: httpsOnly });
  await app.register(authPlugin, {
    db: database.db,
    secret: config.sessionSecret,
    secureCookies: httpsOnly,
    now: options.wallClock,
    idleMs: (config.sessionIdleMinutes ?? 120) * 60_000,
    maxMs: (config.sessionMaxHours ?? 12) * 3_600_000,
  });
  await app.register(textGuard);
  await app.register(readCachePlugin, { db: database.db, now: ctx.now, maxEntries: config.readCacheEntries ?? 2000 });

  await app.register(healthRoutes, { database });
  await app.register(authRoutes, { db: database.db, now: options.wallClock });
  await registerModules(app, ctx);

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const webDist = options.webDist === undefined ? defaultWebDist() : options.webDist;
  const spa = !!webDist && existsSync(path.join(webDist, 'index.html'));
  if (spa) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz beside each asset (apps/web/vite.config.ts): sent as they are.
      preCompressed: true,
      setHeaders: cacheHeaders(webDist),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes: a GET outside /api that names no file gets the app shell.
    const pathname = request.url.split('?')[0] ?? '';
    if (spa && request.method === 'GET' && !pathname.startsWith('/api/') && !path.extname(pathname)) {
      return reply.type('text/html; charset=utf-8').sendFile('index.html');
    }
    return sendProblem(request, reply, new DomainError('NOT_FOUND'));
  });
  return app;
}

/**
 * Hashed assets (/assets/name-<hash>.js) never change under their name: cached for a year. Everything
 * else (index.html above all, which names the current hashes) is revalidated on every load.
 */
function cacheHeaders(root: string) {
  return (reply: FastifyReply, filePath: string): void => {
    const hashed = path.relative(root, filePath).split(path.sep)[0] === 'assets';
    reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

function defaultWebDist(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
}
