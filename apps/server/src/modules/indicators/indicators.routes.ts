import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canEditResults } from '../results/results.access';
import { deleteQuery, resultParams, versionQuery } from '../results/results.contract';
import { indicatorDto as indicatorSchema } from '../results/results.dto';
import { indicatorDto } from '../results/results.queries';
import { baselineBody, indicatorCreateBody, indicatorParams, indicatorPatchBody, targetsBody } from './indicators.contract';
import * as service from './indicators.service';

/** Indicators of a partnership's results, their baselines and targets (docs/API-results.md). */
export async function indicatorRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['results'];
  const ok = { 200: indicatorSchema };

  r.post(
    '/api/partnerships/:id/results/:resultId/indicators',
    { preValidation: canEditResults, schema: { tags, params: resultParams, body: indicatorCreateBody, response: { 201: indicatorSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createIndicator(db, actor, request.params.id, request.params.resultId, request.body);
      return reply.code(201).send(await indicatorDto(db, actor, request.params.id, id));
    },
  );

  r.patch(
    '/api/partnerships/:id/indicators/:indicatorId',
    { preValidation: canEditResults, schema: { tags, params: indicatorParams, body: indicatorPatchBody, response: ok } },
    async (request) => {
      const actor = requireActor(request);
      await service.updateIndicator(db, actor, request.params.id, request.params.indicatorId, request.body);
      return indicatorDto(db, actor, request.params.id, request.params.indicatorId);
    },
  );

  r.delete(
    '/api/partnerships/:id/indicators/:indicatorId',
    { preValidation: canEditResults, schema: { tags, params: indicatorParams, querystring: deleteQuery } },
    async (request, reply) => {
      await service.deleteIndicator(db, requireActor(request), request.params.id, request.params.indicatorId, request.query.confirm, request.query.version);
      return reply.code(204).send();
    },
  );

  r.put(
    '/api/partnerships/:id/indicators/:indicatorId/baseline',
    { preValidation: canEditResults, schema: { tags, params: indicatorParams, body: baselineBody, response: ok } },
    async (request) => {
      const actor = requireActor(request);
      await service.setBaseline(db, actor, request.params.id, request.params.indicatorId, request.body);
      return indicatorDto(db, actor, request.params.id, request.params.indicatorId);
    },
  );

  r.delete(
    '/api/partnerships/:id/indicators/:indicatorId/baseline',
    { preValidation: canEditResults, schema: { tags, params: indicatorParams, querystring: versionQuery, response: ok } },
    async (request) => {
      const actor = requireActor(request);
      await service.removeBaseline(db, actor, request.params.id, request.params.indicatorId, request.query.version);
      return indicatorDto(db, actor, request.params.id, request.params.indicatorId);
    },
  );

  r.put(
    '/api/partnerships/:id/indicators/:indicatorId/targets',
    { preValidation: canEditResults, schema: { tags, params: indicatorParams, body: targetsBody, response: ok } },
    async (request) => {
      const actor = requireActor(request);
      await service.setTargets(db, actor, request.params.id, request.params.indicatorId, request.body);
      return indicatorDto(db, actor, request.params.id, request.params.indicatorId);
    },
  );
}
