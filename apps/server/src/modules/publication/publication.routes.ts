import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { documentPublicationBody, documentPublicationParams, publicationParams, publicationSettingsBody, publicationSettingsDto } from './publication.contract';
import { mayManagePublication } from './publication.policy';
import * as service from './publication.service';

/** Sees the partnership but is not the programme office: 403, before the body is looked at. */
async function canManagePublication(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayManagePublication(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** What the programme office holds back from a partnership's public page, and which documents it publishes (issue 9). */
export async function publicationRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['publication'];
  const base = '/api/partnerships/:id/publication';

  r.get(base, { preValidation: canManagePublication, schema: { tags, params: publicationParams, response: { 200: publicationSettingsDto } } }, async (request) =>
    service.publicationOf(db, requireActor(request), request.params.id),
  );

  r.put(
    base,
    { preValidation: canManagePublication, schema: { tags, params: publicationParams, body: publicationSettingsBody, response: { 200: publicationSettingsDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updatePublication(db, actor, request.params.id, request.body);
      return service.publicationOf(db, actor, request.params.id);
    },
  );

  r.put(
    '/api/partnerships/:id/documents/:documentId/publication',
    {
      preValidation: canManagePublication,
      schema: { tags, params: documentPublicationParams, body: documentPublicationBody, response: { 200: publicationSettingsDto } },
    },
    async (request) => {
      const actor = requireActor(request);
      await service.setDocumentPublication(db, actor, request.params.id, request.params.documentId, request.body);
      return service.publicationOf(db, actor, request.params.id);
    },
  );
}
