import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, isProgrammeOffice, type Actor, type ApplicationAction } from '@mic/domain';
import type { AppContext } from '../../app';
import { isUuid } from '../../lib/ids';
import { problemOf } from '../../lib/problem';
import { requireActor } from '../../plugins/auth';
import { dispatchOutbox } from '../outbox/outbox.dispatch';
import { canSeePartnership } from '../partnerships/partnerships.access';
import {
  actionBody,
  actionParams,
  applicationDto,
  applicationList,
  applicationOverviewDto,
  applicationParams,
  appraisalBody,
  confirmBody,
  createBody,
  overviewQuery,
  partnershipParams,
  updateBody,
} from './applications.contract';
import { applicationOverview } from './applications.overview';
import { coordinatorSide, mayCreateApplication, mayReadApplications, mayReadOverview, mayTakeAction, mayWriteApplication } from './applications.policy';
import { applicationDetail, applicationsOfPartnership } from './applications.queries';
import { partnershipIdOf } from './applications.repository';
import * as service from './applications.service';
import { ApplicationIncompleteError, saveAppraisal, takeAction } from './applications.workflow';

/** Applications of a partnership and their appraisal by the programme office (issue 6). */
export async function applicationRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['applications'];

  /** A guard on /api/applications/:id: not visible → 404 (like an unknown id); visible but `may` says no → 403. */
  const guard = (may: (actor: Actor, partnershipId: string, request: FastifyRequest) => boolean) => async (request: FastifyRequest) => {
    const actor = requireActor(request);
    const id = (request.params as { id?: string }).id;
    const partnershipId = isUuid(id) ? await partnershipIdOf(db, id) : null;
    if (!partnershipId || !mayReadApplications(actor, partnershipId)) throw new DomainError('NOT_FOUND');
    if (!may(actor, partnershipId, request)) throw new DomainError('FORBIDDEN');
  };
  const canRead = guard(() => true);
  const canWrite = guard(mayWriteApplication);
  const canConfirm = guard((actor, pid) => coordinatorSide(actor, pid) !== null);
  const canAppraise = guard((actor) => isProgrammeOffice(actor));
  const canAct = guard((actor, pid, request) => {
    const action = (request.params as { action?: string }).action as ApplicationAction;
    return actionParams.shape.action.safeParse(action).success ? mayTakeAction(actor, pid, action) : true;
  });
  const canCreate = async (request: FastifyRequest) => {
    await canSeePartnership(request);
    if (!mayCreateApplication(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
  };
  const canOverview = async (request: FastifyRequest) => {
    if (!mayReadOverview(requireActor(request))) throw new DomainError('FORBIDDEN');
  };

  /** Sends what was just written to the outbox, best effort: a failure is logged and retried by the scheduler. */
  const dispatchSoon = async (request: FastifyRequest) => {
    if (!ctx.mailer.enabled) return;
    try {
      await dispatchOutbox(db, ctx.mailer, ctx.now);
    } catch (err) {
      request.log.error({ err }, 'sending application notices failed; the scheduler will retry');
    }
  };

  const detail = (request: FastifyRequest, id: string) => applicationDetail(db, requireActor(request), id);

  r.get(
    '/api/partnerships/:id/applications',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: applicationList } } },
    async (request) => applicationsOfPartnership(db, requireActor(request), request.params.id),
  );

  r.post(
    '/api/partnerships/:id/applications',
    { preValidation: canCreate, schema: { tags, params: partnershipParams, body: createBody, response: { 201: applicationDto } } },
    async (request, reply) => {
      const id = await service.createApplication(db, requireActor(request), request.params.id, request.body);
      return reply.code(201).send(await detail(request, id));
    },
  );

  r.get(
    '/api/applications',
    { preValidation: canOverview, schema: { tags, querystring: overviewQuery, response: { 200: applicationOverviewDto } } },
    async (request) => applicationOverview(db, request.query),
  );

  r.get('/api/applications/:id', { preValidation: canRead, schema: { tags, params: applicationParams, response: { 200: applicationDto } } }, async (request) =>
    detail(request, request.params.id),
  );

  r.put(
    '/api/applications/:id',
    { preValidation: canWrite, schema: { tags, params: applicationParams, body: updateBody, response: { 200: applicationDto } } },
    async (request) => {
      await service.updateApplication(db, requireActor(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );

  r.post(
    '/api/applications/:id/confirm',
    { preValidation: canConfirm, schema: { tags, params: applicationParams, body: confirmBody, response: { 200: applicationDto } } },
    async (request) => {
      await service.confirmApplication(db, requireActor(request), request.params.id, request.body, ctx.now());
      return detail(request, request.params.id);
    },
  );

  r.post(
    '/api/applications/:id/actions/:action',
    { preValidation: canAct, schema: { tags, params: actionParams, body: actionBody, response: { 200: applicationDto } } },
    async (request, reply) => {
      try {
        const { notified } = await takeAction(ctx, requireActor(request), request.params.id, request.params.action, request.body);
        if (notified) await dispatchSoon(request);
      } catch (err) {
        // The problem lists the missing items, each with the path where it is put right (`items`).
        if (err instanceof ApplicationIncompleteError) {
          const body = { ...problemOf(request, err), items: err.items };
          return (reply as FastifyReply).code(body.status).type('application/problem+json; charset=utf-8').send(body);
        }
        throw err;
      }
      return detail(request, request.params.id);
    },
  );

  r.put(
    '/api/applications/:id/appraisal',
    { preValidation: canAppraise, schema: { tags, params: applicationParams, body: appraisalBody, response: { 200: applicationDto } } },
    async (request) => {
      await saveAppraisal(ctx, requireActor(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );
}
