import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canCreatePartnership, canSeePartnership, canWritePartnership, signedIn } from './partnerships.access';
import {
  partnershipCreateBody,
  partnershipDetailDto,
  partnershipListQuery,
  partnershipPage,
  partnershipParams,
  partnershipPatchBody,
  statusBody,
} from './partnerships.contract';
import * as queries from './partnerships.queries';
import * as service from './partnerships.service';

export async function partnershipRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['partnerships'];

  r.get(
    '/api/partnerships',
    { preValidation: signedIn, schema: { tags, querystring: partnershipListQuery, response: { 200: partnershipPage } }, config: { readCache: 'programme' } },
    async (request) => queries.listPartnerships(db, requireActor(request), request.query),
  );

  r.post(
    '/api/partnerships',
    { preValidation: canCreatePartnership, schema: { tags, body: partnershipCreateBody, response: { 201: partnershipDetailDto } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createPartnership(db, actor, request.body);
      return reply.code(201).send(await queries.partnershipDetail(db, actor, id));
    },
  );

  r.get(
    '/api/partnerships/:id',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: partnershipDetailDto } }, config: { readCache: 'partnership' } },
    async (request) => queries.partnershipDetail(db, requireActor(request), request.params.id),
  );

  r.patch(
    '/api/partnerships/:id',
    { preValidation: canWritePartnership, schema: { tags, params: partnershipParams, body: partnershipPatchBody, response: { 200: partnershipDetailDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updatePartnership(db, actor, request.params.id, request.body);
      return queries.partnershipDetail(db, actor, request.params.id);
    },
  );

  r.post(
    '/api/partnerships/:id/status',
    { preValidation: canWritePartnership, schema: { tags, params: partnershipParams, body: statusBody, response: { 200: partnershipDetailDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.changeStatus(db, actor, request.params.id, request.body.status, request.body.version);
      return queries.partnershipDetail(db, actor, request.params.id);
    },
  );
}
