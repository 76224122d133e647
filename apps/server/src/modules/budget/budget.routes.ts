import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership, signedIn } from '../partnerships/partnerships.access';
import { todayOf, yearOf } from '../cycle/cycle.service';
import { XLSX_TYPE } from '../../lib/file-types';
import { approveBody, budgetParams, budgetQuery, budgetRulesBody, budgetRulesDto, budgetYearParams, workPlanBody, workPlanDto } from './budget.contract';
import { mayApproveBudget, mayEditBudgetRules, mayWriteBudget } from './budget.policy';
import { workPlanOf } from './budget.queries';
import { getBudgetRules, updateBudgetRules } from './budget-rules.service';
import * as service from './budget.service';

/** Sees the partnership but may not write its budget: 403, before the body is looked at. */
async function canWriteBudget(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayWriteBudget(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
}

async function canApproveBudget(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayApproveBudget(requireActor(request))) throw new DomainError('FORBIDDEN');
}

async function canEditRules(request: FastifyRequest) {
  if (!mayEditBudgetRules(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** Budget rules (programme configuration) and the yearly work plan and budget of a partnership (issue 7). */
export async function budgetRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['budget'];
  const base = '/api/partnerships/:id/budget';
  const thisYear = () => yearOf(todayOf(ctx.now()));

  r.get('/api/programme/budget-rules', { preValidation: signedIn, schema: { tags, response: { 200: budgetRulesDto } } }, async (request) =>
    getBudgetRules(db, requireActor(request)),
  );

  r.put(
    '/api/programme/budget-rules',
    { preValidation: canEditRules, schema: { tags, body: budgetRulesBody, response: { 200: budgetRulesDto } } },
    async (request) => updateBudgetRules(db, requireActor(request), request.body),
  );

  r.get(
    base,
    { preValidation: canSeePartnership, schema: { tags, params: budgetParams, querystring: budgetQuery, response: { 200: workPlanDto } } },
    async (request) => workPlanOf(db, requireActor(request), request.params.id, request.query.year, thisYear()),
  );

  r.get(`${base}.xlsx`, { preValidation: canSeePartnership, schema: { tags, params: budgetParams, querystring: budgetQuery } }, async (request, reply) => {
    const { exportWorkPlan } = await import('./budget.export');
    const file = await exportWorkPlan(db, requireActor(request), request.params.id, request.query.year, thisYear(), requestLanguage(request));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'budget.xlsx')).send(file.body);
  });

  r.put(
    `${base}/:year`,
    { preValidation: canWriteBudget, schema: { tags, params: budgetYearParams, body: workPlanBody, response: { 200: workPlanDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.saveWorkPlan(db, actor, request.params.id, request.params.year, request.body);
      return workPlanOf(db, actor, request.params.id, request.params.year, thisYear());
    },
  );

  r.post(
    `${base}/:year/approve`,
    { preValidation: canApproveBudget, schema: { tags, params: budgetYearParams, body: approveBody, response: { 200: workPlanDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.approveWorkPlan(db, actor, request.params.id, request.params.year, request.body);
      return workPlanOf(db, actor, request.params.id, request.params.year, thisYear());
    },
  );
}
