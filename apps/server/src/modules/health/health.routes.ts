import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';

/** 200 when the database answers, 503 when it does not. */
export async function healthRoutes(app: FastifyInstance, opts: { database: Database }) {
  app.get('/healthz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await Promise.race([
        opts.database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database ping timed out')), 2000).unref()),
      ]);
      return { status: 'ok', database: opts.database.kind };
    } catch (err) {
      request.log.warn({ err }, 'health check: database unreachable');
      return reply.code(503).send({ status: 'unavailable', database: opts.database.kind });
    }
  });
}
