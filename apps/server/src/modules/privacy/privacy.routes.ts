import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requireActor } from '../../plugins/auth';
import { userIdParams } from '../users/users.contract';
import { adminOnly } from '../users/users.routes';
import { anonymiseBody, anonymiseResult, personalData } from './privacy.contract';
import * as service from './privacy.service';

/**
 * Personal data: a person downloads what the platform holds about them; an administrator anonymises
 * a person, or deletes one who left no records.
 */
export async function privacyRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['privacy'];

  r.get('/api/me/personal-data', { schema: { tags, response: { 200: personalData } } }, async (request, reply) => {
    const actor = requireActor(request);
    const now = ctx.now();
    const data = await service.exportPersonalData(db, actor, request.session?.id ?? null, now);
    return reply
      .header('content-disposition', attachmentHeader(`personal-data-${now.toISOString().slice(0, 10)}.json`))
      .header('cache-control', 'private, no-store')
      .send(data);
  });

  r.post(
    '/api/users/:id/anonymise',
    { preValidation: adminOnly, schema: { tags, params: userIdParams, body: anonymiseBody, response: { 200: anonymiseResult } } },
    async (request) => service.anonymiseUser(db, requireActor(request), request.params.id, request.body, ctx.now()),
  );

  r.delete('/api/users/:id', { preValidation: adminOnly, schema: { tags, params: userIdParams, response: { 204: z.null() } } }, async (request, reply) => {
    await service.deleteUser(db, requireActor(request), request.params.id);
    return reply.code(204).send(null);
  });
}
