import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { attachmentHeader } from '../../lib/attachment';
import { isUuid } from '../../lib/ids';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { registerCommentTarget } from '../comments/comments.targets';
import { canSeePartnership, signedIn } from '../partnerships/partnerships.access';
import {
  programmeRiskOverviewDto,
  programmeRiskQuery,
  registerStateBody,
  registerStatusDto,
  riskCreateBody,
  riskDetailDto,
  riskItemParams,
  riskListQuery,
  riskParams,
  riskPatchBody,
  riskRegisterDto,
  riskReviewBody,
  riskSettingsBody,
  riskSettingsDto,
} from './risks.contract';
import { XLSX_TYPE } from '../../lib/file-types';
import { mayEditRiskSettings, mayReadProgrammeRisks, mayWriteRisks } from './risks.policy';
import * as queries from './risks.queries';
import * as repo from './risks.repository';
import * as service from './risks.service';
import { programmeRisks } from './risks-programme.service';
import { getRiskSettings, updateRiskSettings } from './risks-settings.service';
import { deleteVersionQuery } from '../../lib/version-conflict';

/** Allowed to see the partnership but not to keep its register: 403 (before the body is looked at). */
async function canWriteRisks(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayWriteRisks(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
}

async function canReadProgrammeRisks(request: FastifyRequest) {
  if (!mayReadProgrammeRisks(requireActor(request))) throw new DomainError('FORBIDDEN');
}

async function canEditRiskSettings(request: FastifyRequest) {
  if (!mayEditRiskSettings(requireActor(request))) throw new DomainError('FORBIDDEN');
}

export async function riskRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['risks'];
  // The programme office (and the coordinators and auditor) comment on a risk of the partnership.
  registerCommentTarget('risk', async (executor, partnershipId, riskId) => isUuid(riskId) && repo.riskBelongsTo(executor, partnershipId, riskId));

  const base = '/api/partnerships/:id/risks';

  r.get(
    base,
    { preValidation: canSeePartnership, schema: { tags, params: riskParams, querystring: riskListQuery, response: { 200: riskRegisterDto } }, config: { readCache: 'partnership' } },
    async (request) => queries.riskRegister(db, requireActor(request), request.params.id, request.query, requestLanguage(request)),
  );

  r.post(
    base,
    { preValidation: canWriteRisks, schema: { tags, params: riskParams, body: riskCreateBody, response: { 201: riskDetailDto } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createRisk(db, actor, request.params.id, request.body);
      return reply.code(201).send(await queries.riskDetail(db, actor, request.params.id, id, requestLanguage(request)));
    },
  );

  r.get(
    `${base}/export.xlsx`,
    { preValidation: canSeePartnership, schema: { tags, params: riskParams } },
    async (request, reply) => {
      const { exportRegister } = await import('./risks.export');
      const file = await exportRegister(db, requireActor(request), request.params.id, requestLanguage(request));
      return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'risks.xlsx')).send(file.body);
    },
  );

  r.put(
    `${base}/register`,
    { preValidation: canWriteRisks, schema: { tags, params: riskParams, body: registerStateBody, response: { 200: registerStatusDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.setRegisterState(db, actor, request.params.id, request.body);
      return queries.registerStatusOf(db, actor, request.params.id);
    },
  );

  r.get(
    `${base}/:riskId`,
    { preValidation: canSeePartnership, schema: { tags, params: riskItemParams, response: { 200: riskDetailDto } } },
    async (request) => queries.riskDetail(db, requireActor(request), request.params.id, request.params.riskId, requestLanguage(request)),
  );

  r.patch(
    `${base}/:riskId`,
    { preValidation: canWriteRisks, schema: { tags, params: riskItemParams, body: riskPatchBody, response: { 200: riskDetailDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updateRisk(db, actor, request.params.id, request.params.riskId, request.body);
      return queries.riskDetail(db, actor, request.params.id, request.params.riskId, requestLanguage(request));
    },
  );

  r.delete(
    `${base}/:riskId`,
    { preValidation: canWriteRisks, schema: { tags, params: riskItemParams, querystring: deleteVersionQuery } },
    async (request, reply) => {
      await service.deleteRisk(db, requireActor(request), request.params.id, request.params.riskId, request.query.version);
      return reply.code(204).send();
    },
  );

  r.post(
    `${base}/:riskId/reviews`,
    { preValidation: canWriteRisks, schema: { tags, params: riskItemParams, body: riskReviewBody, response: { 201: riskDetailDto } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await service.addReview(db, actor, request.params.id, request.params.riskId, request.body);
      return reply.code(201).send(await queries.riskDetail(db, actor, request.params.id, request.params.riskId, requestLanguage(request)));
    },
  );

  r.get(
    '/api/programme/risks',
    { preValidation: canReadProgrammeRisks, schema: { tags, querystring: programmeRiskQuery, response: { 200: programmeRiskOverviewDto } }, config: { readCache: 'programme' } },
    async (request) => programmeRisks(db, request.query, requestLanguage(request)),
  );

  r.get(
    '/api/programme/risk-settings',
    { preValidation: signedIn, schema: { tags, response: { 200: riskSettingsDto } } },
    async () => getRiskSettings(db),
  );

  r.put(
    '/api/programme/risk-settings',
    { preValidation: canEditRiskSettings, schema: { tags, body: riskSettingsBody, response: { 200: riskSettingsDto } } },
    async (request) => updateRiskSettings(db, requireActor(request), request.body),
  );
}
