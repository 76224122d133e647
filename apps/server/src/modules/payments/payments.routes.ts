import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { todayOf, yearOf } from '../cycle/cycle.service';
import { canSeePartnership } from '../partnerships/partnerships.access';
import {
  actionBody,
  fundsBody,
  fundsExportQuery,
  fundsParams,
  fundsQuery,
  fundsSourceDto,
  instalmentParams,
  partnershipParams,
  partnershipPaymentsDto,
  paymentsPlanDto,
  planFilters,
  planQuery,
  programmeFundsDto,
  splitBody,
  yearParams,
} from './payments.contract';
import { XLSX_TYPE } from '../../lib/file-types';
const writers = () => import('./payments.export');
import { paymentsPlan } from './payments-plan.service';
import { mayManagePayments, mayReadFunds } from './payments.policy';
import { programmeFunds, setProgrammeFunds } from './funds.service';
import { generateInstalments, partnershipPayments, splitInstalments, takeInstalmentAction } from './instalments.service';

async function canReadFunds(request: FastifyRequest) {
  if (!mayReadFunds(requireActor(request))) throw new DomainError('FORBIDDEN');
}

async function canManageFunds(request: FastifyRequest) {
  if (!mayManagePayments(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** Sees the partnership (else 404) but is not the programme office: 403, before the body is looked at. */
async function canManagePayments(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayManagePayments(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** Programme funds, grants, instalments and the payments plan (issue 7). */
export async function paymentRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['payments'];
  const thisYear = () => yearOf(todayOf(ctx.now()));
  const payments = (request: FastifyRequest, id: string) => partnershipPayments(db, requireActor(request), id, todayOf(ctx.now()));

  r.get(
    '/api/programme/funds',
    { preValidation: canReadFunds, schema: { tags, querystring: fundsQuery, response: { 200: programmeFundsDto } }, config: { readCache: 'programme' } },
    async (request) => programmeFunds(db, requireActor(request), { ...request.query, year: request.query.year ?? thisYear() }),
  );

  r.get('/api/programme/funds.xlsx', { preValidation: canReadFunds, schema: { tags, querystring: fundsExportQuery } }, async (request, reply) => {
    const year = request.query.year ?? thisYear();
    const file = await (await writers()).exportFunds(db, { year, funding: request.query.funding }, requestLanguage(request));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'funds.xlsx')).send(file.body);
  });

  r.put(
    '/api/programme/funds/:year/:funding',
    { preValidation: canManageFunds, schema: { tags, params: fundsParams, body: fundsBody, response: { 200: fundsSourceDto } } },
    async (request) => setProgrammeFunds(db, requireActor(request), request.params.year, request.params.funding, request.body),
  );

  r.get(
    '/api/programme/payments-plan',
    { preValidation: canReadFunds, schema: { tags, querystring: planQuery, response: { 200: paymentsPlanDto } } },
    async (request) => paymentsPlan(db, request.query, ctx.now()),
  );

  r.get('/api/programme/payments-plan.xlsx', { preValidation: canReadFunds, schema: { tags, querystring: planFilters } }, async (request, reply) => {
    const file = await (await writers()).exportPaymentsPlan(db, request.query, ctx.now(), requestLanguage(request));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'payments-plan.xlsx')).send(file.body);
  });

  r.get(
    '/api/partnerships/:id/instalments',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: partnershipPaymentsDto } } },
    async (request) => payments(request, request.params.id),
  );

  r.post(
    '/api/partnerships/:id/instalments/:instalmentId/actions/:action',
    { preValidation: canManagePayments, schema: { tags, params: instalmentParams, body: actionBody, response: { 200: partnershipPaymentsDto } } },
    async (request) => {
      const { id, instalmentId, action } = request.params;
      await takeInstalmentAction(db, requireActor(request), id, instalmentId, action, request.body, ctx.now());
      return payments(request, id);
    },
  );

  r.put(
    '/api/partnerships/:id/instalments/:year/split',
    { preValidation: canManagePayments, schema: { tags, params: yearParams, body: splitBody, response: { 200: partnershipPaymentsDto } } },
    async (request) => {
      await splitInstalments(db, requireActor(request), request.params.id, request.params.year, request.body);
      return payments(request, request.params.id);
    },
  );

  r.post(
    '/api/partnerships/:id/instalments/:year/generate',
    { preValidation: canManagePayments, schema: { tags, params: yearParams, response: { 200: partnershipPaymentsDto } } },
    async (request) => {
      await generateInstalments(db, requireActor(request), request.params.id, request.params.year);
      return payments(request, request.params.id);
    },
  );
}
