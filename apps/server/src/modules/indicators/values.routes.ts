import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, VALUE_ACTIONS, type ValueAction } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canApproveValues, canEditResults, canEnterValues } from '../results/results.access';
import { versionQuery } from '../results/results.contract';
import { actualValueDto } from '../results/results.dto';
import { presentValue } from '../results/results.present';
import { valueActionBody, valueBody, valueParams } from './indicators.contract';
import * as repo from './indicators.repository';
import * as service from './values.service';

async function valueDto(db: Executor, partnershipId: string, id: string) {
  const row = await repo.findValueById(db, partnershipId, id);
  if (!row) throw new DomainError('NOT_FOUND');
  return presentValue(row);
}

/** Actual values per indicator and year and their workflow (docs/API-results.md). */
export async function valueRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['results'];
  const path = '/api/partnerships/:id/indicators/:indicatorId/values/:year';

  r.put(
    path,
    { preValidation: canEnterValues, schema: { tags, params: valueParams, body: valueBody, response: { 200: actualValueDto, 201: actualValueDto } } },
    async (request, reply) => {
      const { id, indicatorId, year } = request.params;
      const done = await service.putValue(db, requireActor(request), id, indicatorId, year, request.body);
      return reply.code(done.created ? 201 : 200).send(await valueDto(db, id, done.id));
    },
  );

  r.delete(path, { preValidation: canEditResults, schema: { tags, params: valueParams, querystring: versionQuery } }, async (request, reply) => {
    const { id, indicatorId, year } = request.params;
    await service.deleteValue(db, requireActor(request), id, indicatorId, year, request.query.version);
    return reply.code(204).send();
  });

  for (const action of VALUE_ACTIONS) {
    r.post(
      `${path}/${action}`,
      {
        preValidation: action === 'submit' ? canEditResults : canApproveValues,
        schema: { tags, params: valueParams, body: valueActionBody, response: { 200: actualValueDto } },
      },
      async (request) => {
        const { id, indicatorId, year } = request.params;
        const valueId = await service.actOnValue(db, requireActor(request), id, indicatorId, year, action as ValueAction, request.body);
        return valueDto(db, id, valueId);
      },
    );
  }
}
