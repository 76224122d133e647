import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import {
  cycleDateBody,
  cycleDateParams,
  cycleDatesDto,
  programmeCycleBody,
  programmeCycleDto,
  programmeDeadlinesDto,
  programmeDeadlinesQuery,
  yearQuery,
} from './cycle.contract';
import { mayEditCycle, mayReadCycle } from './cycle.policy';
import * as service from './cycle.service';

async function canReadCycle(request: FastifyRequest) {
  if (!mayReadCycle(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** Who may edit is answered before the body is looked at. */
async function canEditCycle(request: FastifyRequest) {
  if (!mayEditCycle(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** The programme's yearly cycle: its configuration, the dates set per funding year and the deadlines they give. */
export async function cycleRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cycle'];
  const thisYear = () => service.yearOf(service.todayOf(ctx.now()));

  r.get('/api/programme/cycle', { preValidation: canReadCycle, schema: { tags, response: { 200: programmeCycleDto } } }, async () => service.getCycle(db));

  r.put(
    '/api/programme/cycle',
    { preValidation: canEditCycle, schema: { tags, body: programmeCycleBody, response: { 200: programmeCycleDto } } },
    async (request) => service.updateCycle(db, requireActor(request), request.body),
  );

  r.get(
    '/api/programme/cycle-dates',
    { preValidation: canReadCycle, schema: { tags, querystring: yearQuery, response: { 200: cycleDatesDto } } },
    async (request) => service.getCycleDates(db, request.query.year ?? thisYear()),
  );

  r.put(
    '/api/programme/cycle-dates/:year/:fundingSource/:stepCode',
    { preValidation: canEditCycle, schema: { tags, params: cycleDateParams, body: cycleDateBody, response: { 200: cycleDatesDto } } },
    async (request) => service.setCycleDate(db, requireActor(request), request.params, request.body),
  );

  r.get(
    '/api/programme/deadlines',
    { preValidation: canReadCycle, schema: { tags, querystring: programmeDeadlinesQuery, response: { 200: programmeDeadlinesDto } }, config: { readCache: 'programme' } },
    async (request) => service.programmeDeadlines(db, request.query.year ?? thisYear(), request.query.funding),
  );
}
