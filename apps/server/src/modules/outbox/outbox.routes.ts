import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { adminOnly } from '../users/users.routes';
import { outboxListQuery, outboxPage } from './outbox.contract';
import * as service from './outbox.service';

/** The mail outbox, for administrators: every reminder the platform wrote, sent or held (no SMTP). */
export async function outboxRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outbox'];

  r.get('/api/admin/outbox', { preValidation: adminOnly, schema: { tags, querystring: outboxListQuery, response: { 200: outboxPage } } }, async (request) =>
    service.listOutbox(db, request.query),
  );
}
