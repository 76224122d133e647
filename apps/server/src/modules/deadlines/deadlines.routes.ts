import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import { mayMarkDeadlineMet } from '../cycle/cycle.policy';
import { todayOf } from '../cycle/cycle.service';
import { canSeePartnership, signedIn } from '../partnerships/partnerships.access';
import { deadlineMetBody, deadlineMetParams, deadlinesParams, deadlinesQuery, duePanelDto, partnershipDeadlineDto, partnershipDeadlinesDto } from './deadlines.contract';
import * as service from './deadlines.service';
import { duePanel } from './due.service';

/** Someone who sees the partnership but is not the programme office: 403 (before the body is looked at). */
async function canMarkMet(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayMarkDeadlineMet(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** A partnership's deadlines, recording them as met, and each user's due panel. */
export async function deadlinesRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cycle'];
  const today = () => todayOf(ctx.now());

  r.get(
    '/api/partnerships/:id/deadlines',
    { preValidation: canSeePartnership, schema: { tags, params: deadlinesParams, querystring: deadlinesQuery, response: { 200: partnershipDeadlinesDto } }, config: { readCache: 'partnership' } },
    async (request) => service.partnershipDeadlinesOf(db, requireActor(request), request.params.id, request.query.year, today()),
  );

  r.put(
    '/api/partnerships/:id/deadlines/:year/:stepCode/met',
    { preValidation: canMarkMet, schema: { tags, params: deadlineMetParams, body: deadlineMetBody, response: { 200: partnershipDeadlineDto } } },
    async (request) => {
      const { id, year, stepCode } = request.params;
      return service.setDeadlineMet(db, requireActor(request), id, year, stepCode, request.body, today());
    },
  );

  r.get('/api/me/due', { preValidation: signedIn, schema: { tags, response: { 200: duePanelDto } } }, async (request) =>
    duePanel(db, requireActor(request), today()),
  );
}
