import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DOCUMENT_MAX_BYTES } from '@mic/domain';
import type { Db } from '../../db/client';
import { attachmentHeader } from '../../lib/attachment';
import { pagingQuery } from '../../lib/paging';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { canUploadDocuments } from '../results/results.access';
import { documentDto, documentPage } from '../results/results.dto';
import * as service from './documents.service';

const params = z.object({ id: z.string() });
const documentParams = z.object({ id: z.string(), documentId: z.string() });
const uploadQuery = z.object({ fileName: z.string().trim().min(1).max(500) });

/**
 * Documents of a partnership (e.g. a baseline study). Registered in its own scope: here, and only
 * here, a request body is taken as raw bytes whatever its Content-Type, up to DOCUMENT_MAX_BYTES.
 */
export async function documentRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['documents'];
  const base = '/api/partnerships/:id/documents';

  r.post(
    base,
    { preValidation: canUploadDocuments, bodyLimit: DOCUMENT_MAX_BYTES, schema: { tags, params, querystring: uploadQuery, response: { 201: documentDto } } },
    async (request, reply) => {
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      return reply.code(201).send(await service.uploadDocument(db, requireActor(request), request.params.id, request.query.fileName, bytes));
    },
  );

  r.get(base, { preValidation: canSeePartnership, schema: { tags, params, querystring: pagingQuery, response: { 200: documentPage } } }, async (request) =>
    service.listDocuments(db, request.params.id, request.query),
  );

  r.get(`${base}/:documentId`, { preValidation: canSeePartnership, schema: { tags, params: documentParams, response: { 200: documentDto } } }, async (request) =>
    service.getDocument(db, request.params.id, request.params.documentId),
  );

  // Never rendered inline: always an attachment, its type as detected, no sniffing, sandboxed.
  r.get(`${base}/:documentId/content`, { preValidation: canSeePartnership, schema: { tags, params: documentParams } }, async (request, reply) => {
    const doc = await service.documentBytes(db, request.params.id, request.params.documentId);
    return reply
      .header('content-type', doc.mediaType)
      .header('content-disposition', attachmentHeader(doc.fileName, 'document'))
      .header('x-content-type-options', 'nosniff')
      .header('content-security-policy', "sandbox; default-src 'none'")
      .header('cache-control', 'private, no-store')
      .header('content-length', String(doc.content.length))
      .send(doc.content);
  });
}
