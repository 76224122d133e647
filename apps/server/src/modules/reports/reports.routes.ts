import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, REPORT_ACTIONS, isProgrammeOffice, type Actor, type ReportAction, type ReportStatus } from '@mic/domain';
import type { AppContext } from '../../app';
import { isUuid } from '../../lib/ids';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import {
  actionBody,
  actionParams,
  annualReportDto,
  auditRequiredBody,
  confirmBody,
  createBody,
  partnershipParams,
  partnershipReportsDto,
  reportParams,
  reportSavedDto,
  saveBody,
} from './reports.contract';
import { mayReadReport, mayTakeReportAction, mayWriteReport, reportSide } from './reports.policy';
import { reportDetail } from './reports.present';
import * as repo from './reports.repository';
import * as service from './reports.service';
import { takeReportAction } from './reports.workflow';

/**
 * Route guards, run before the body is validated: a report the caller may not read answers 404 like
 * an unknown id; one they read but may not change this way, 403. The services check again inside
 * their transactions.
 */
function guard(db: AppContext['db'], may: (actor: Actor, partnershipId: string, request: FastifyRequest) => boolean) {
  return async (request: FastifyRequest) => {
    const actor = requireActor(request);
    const id = (request.params as { id?: string }).id ?? '';
    const row = isUuid(id) ? await repo.findReport(db, id) : null;
    if (!row || !mayReadReport(actor, row.partnershipId, row.status as ReportStatus)) throw new DomainError('NOT_FOUND');
    if (!may(actor, row.partnershipId, request)) throw new DomainError('FORBIDDEN');
  };
}

/** Annual reports (issue 8): the partnership's narrative and financial report of each project year, and its review. */
export async function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];
  const detail = (request: FastifyRequest, id: string) => reportDetail(db, requireActor(request), id);

  const canCreate = async (request: FastifyRequest) => {
    await canSeePartnership(request);
    if (!mayWriteReport(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
  };
  const canRead = guard(db, () => true);
  const canWrite = guard(db, mayWriteReport);
  const canConfirm = guard(db, (actor, pid) => reportSide(actor, pid) !== null);
  const canAct = guard(db, (actor, pid, request) => {
    const action = (request.params as { action: string }).action;
    // An unknown action is left to the schema to refuse.
    return !(REPORT_ACTIONS as readonly string[]).includes(action) || mayTakeReportAction(actor, pid, action as ReportAction);
  });
  const canRequireAudit = guard(db, (actor) => isProgrammeOffice(actor));

  r.get(
    '/api/partnerships/:id/reports',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: partnershipReportsDto } } },
    async (request) => service.reportsOf(db, requireActor(request), request.params.id),
  );

  r.post(
    '/api/partnerships/:id/reports',
    { preValidation: canCreate, schema: { tags, params: partnershipParams, body: createBody, response: { 201: annualReportDto } } },
    async (request, reply) => {
      const id = await service.createReport(db, requireActor(request), request.params.id, request.body.year);
      return reply.code(201).send(await detail(request, id));
    },
  );

  r.get('/api/reports/:id', { preValidation: canRead, schema: { tags, params: reportParams, response: { 200: annualReportDto } } }, async (request) =>
    detail(request, request.params.id),
  );

  r.put(
    '/api/reports/:id/content',
    { preValidation: canWrite, schema: { tags, params: reportParams, body: saveBody, response: { 200: reportSavedDto } } },
    async (request) => service.saveContent(db, requireActor(request), request.params.id, request.body, ctx.now()),
  );

  r.post('/api/reports/:id/confirm', { preValidation: canConfirm, schema: { tags, params: reportParams, body: confirmBody, response: { 200: annualReportDto } } }, async (request) => {
    await service.confirmReport(db, requireActor(request), request.params.id, ctx.now(), request.body?.version);
    return detail(request, request.params.id);
  });

  r.post(
    '/api/reports/:id/actions/:action',
    { preValidation: canAct, schema: { tags, params: actionParams, body: actionBody, response: { 200: annualReportDto } } },
    async (request) => {
      await takeReportAction(db, requireActor(request), request.params.id, request.params.action, request.body, ctx.now());
      return detail(request, request.params.id);
    },
  );

  r.put(
    '/api/reports/:id/audit-required',
    { preValidation: canRequireAudit, schema: { tags, params: reportParams, body: auditRequiredBody, response: { 200: annualReportDto } } },
    async (request) => {
      await service.setAuditRequired(db, requireActor(request), request.params.id, request.body.required, ctx.now(), request.body.version);
      return detail(request, request.params.id);
    },
  );
}
