import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DOCUMENT_MAX_BYTES } from '@mic/domain';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { pagingQuery } from '../../lib/paging';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { canUploadDocuments } from '../results/results.access';
import { documentDto, documentPage } from '../results/results.dto';
import { documentParams, listQuery, metadataBody, params, replaceQuery, uploadQuery } from './documents.contract';
import { updateMetadata } from './documents.metadata';
import * as service from './documents.service';

const tags = ['documents'];
const base = '/api/partnerships/:id/documents';

/**
 * Documents of a partnership (council decisions, Codes of Ethics, agreements, baseline studies …), each
 * with its versions: reading, downloading and editing what they are; uploads are in their own scope.
 */
export async function documentRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const maxBytes = ctx.config.documentMaxBytes ?? DOCUMENT_MAX_BYTES;
  const r = app.withTypeProvider<ZodTypeProvider>();
  await app.register(async (raw) => uploadRoutes(raw, ctx, maxBytes));

  r.get(base, { preValidation: canSeePartnership, schema: { tags, params, querystring: listQuery, response: { 200: documentPage } } }, async (request) =>
    service.listDocuments(db, request.params.id, request.query),
  );

  r.get(`${base}/:documentId`, { preValidation: canSeePartnership, schema: { tags, params: documentParams, response: { 200: documentDto } } }, async (request) =>
    service.getDocument(db, request.params.id, request.params.documentId),
  );

  r.patch(
    `${base}/:documentId`,
    { preValidation: canUploadDocuments, schema: { tags, params: documentParams, body: metadataBody, response: { 200: documentDto } } },
    async (request) => updateMetadata(db, requireActor(request), request.params.id, request.params.documentId, request.body),
  );

  r.get(
    `${base}/:documentId/versions`,
    { preValidation: canSeePartnership, schema: { tags, params: documentParams, querystring: pagingQuery, response: { 200: documentPage } } },
    async (request) => service.listVersions(db, request.params.id, request.params.documentId, request.query),
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

/**
 * Uploading a document or a new version. Registered in its own scope: here, and only here, a request
 * body is taken as raw bytes whatever its Content-Type, up to DOCUMENT_MAX_MB (a larger one is 413
 * before it is read, and nothing is kept).
 */
async function uploadRoutes(app: FastifyInstance, ctx: AppContext, maxBytes: number) {
  const { db } = ctx;
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const fileOf = (request: FastifyRequest, fileName: string) => service.checkFile(fileName, Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0), maxBytes);

  r.post(
    base,
    { preValidation: canUploadDocuments, bodyLimit: maxBytes, schema: { tags, params, querystring: uploadQuery, response: { 201: documentDto } } },
    async (request, reply) => {
      const file = await fileOf(request, request.query.fileName);
      return reply.code(201).send(await service.uploadDocument(db, requireActor(request), request.params.id, request.query, file));
    },
  );

  r.post(
    `${base}/:documentId/versions`,
    { preValidation: canUploadDocuments, bodyLimit: maxBytes, schema: { tags, params: documentParams, querystring: replaceQuery, response: { 201: documentDto } } },
    async (request, reply) => {
      const file = await fileOf(request, request.query.fileName);
      const { id, documentId } = request.params;
      return reply.code(201).send(await service.replaceDocument(db, requireActor(request), id, documentId, request.query, file, ctx.now()));
    },
  );
}
