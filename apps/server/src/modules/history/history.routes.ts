import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { historyPage, historyParams, historyQuery } from './history.contract';
import * as service from './history.service';

export async function historyRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/partnerships/:id/history',
    { preValidation: canSeePartnership, schema: { tags: ['partnerships'], params: historyParams, querystring: historyQuery, response: { 200: historyPage } } },
    async (request) => service.partnershipHistory(db, requireActor(request), request.params.id, request.query),
  );
}
