import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { commentBody, commentDto, commentListQuery, commentPage, commentParams } from './comments.contract';
import { mayComment } from './comments.policy';
import * as service from './comments.service';

async function canComment(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayComment(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
}

export async function commentRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['comments'];

  r.get(
    '/api/partnerships/:id/comments',
    { preValidation: canSeePartnership, schema: { tags, params: commentParams, querystring: commentListQuery, response: { 200: commentPage } } },
    async (request) => service.listComments(db, request.params.id, request.query),
  );

  r.post(
    '/api/partnerships/:id/comments',
    { preValidation: canComment, schema: { tags, params: commentParams, body: commentBody, response: { 201: commentDto } } },
    async (request, reply) => reply.code(201).send(await service.addComment(db, requireActor(request), request.params.id, request.body)),
  );
}
