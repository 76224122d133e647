import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { idParams, listQuery } from './public.contract';
import { usePublicResponses } from './public.http';
import * as service from './public.service';

/**
 * The public portal's read API: anonymous (no session, GET only so no CSRF token), rate-limited and
 * cacheable. A signed-in caller gets exactly the same answer, so responses are safe in a shared cache.
 */
export async function publicRoutes(app: FastifyInstance, ctx: Pick<AppContext, 'db'>) {
  const { db } = ctx;
  usePublicResponses(app, db);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['public'];

  r.get('/api/public/programme', { schema: { tags }, config: { readCache: 'programme' } }, async () => service.programme(db));

  r.get('/api/public/partnerships', { schema: { tags, querystring: listQuery }, config: { readCache: 'programme' } }, async (request) => service.list(db, request.query));

  r.get('/api/public/partnerships/:id', { schema: { tags, params: idParams }, config: { readCache: 'partnership' } }, async (request) => service.partnership(db, request.params.id));

  // Never rendered inline: an attachment, no sniffing, sandboxed, like the signed-in download.
  r.get('/api/public/documents/:id', { schema: { tags, params: idParams } }, async (request, reply) => {
    const file = await service.documentFile(db, request.params.id);
    return reply
      .type(file.mediaType)
      .header('content-disposition', attachmentHeader(file.fileName, 'document'))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .send(file.content);
  });
}
