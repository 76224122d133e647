import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { municipalityBody, municipalityDto, municipalityListQuery, municipalityPage, municipalityParams, municipalityUpdateBody } from './municipalities.contract';
import * as policy from './municipalities.policy';
import * as service from './municipalities.service';

export async function municipalityRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['municipalities'];

  r.get('/api/municipalities', { preValidation: mayRead, schema: { tags, querystring: municipalityListQuery, response: { 200: municipalityPage } } }, async (request) =>
    service.listMunicipalities(db, request.query),
  );

  r.get(
    '/api/municipalities/:id',
    { preValidation: mayRead, schema: { tags, params: municipalityParams, response: { 200: municipalityDto } } },
    async (request) => service.getMunicipality(db, request.params.id),
  );

  r.post(
    '/api/municipalities',
    { preValidation: mayManage, schema: { tags, body: municipalityBody, response: { 201: municipalityDto } } },
    async (request, reply) => reply.code(201).send(await service.createMunicipality(db, requireActor(request), request.body)),
  );

  r.put(
    '/api/municipalities/:id',
    { preValidation: mayManage, schema: { tags, params: municipalityParams, body: municipalityUpdateBody, response: { 200: municipalityDto } } },
    async (request) => service.updateMunicipality(db, requireActor(request), request.params.id, request.body),
  );
}

async function mayRead(request: FastifyRequest) {
  if (!policy.mayReadMunicipalities(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** 401 or 403 before the body is looked at. */
async function mayManage(request: FastifyRequest) {
  if (!policy.mayManageMunicipalities(requireActor(request))) throw new DomainError('FORBIDDEN');
}
