import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError, isAdmin } from '@mic/domain';
import type { Db } from '../../db/client';
import { attachmentHeader } from '../../lib/attachment';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { indicatorRoutes } from '../indicators/indicators.routes';
import { valueRoutes } from '../indicators/values.routes';
import { canSeePartnership, signedIn } from '../partnerships/partnerships.access';
import { canEditResults } from './results.access';
import { registerResultCommentTargets } from './results.comments';
import {
  deleteQuery,
  exportQuery,
  partnershipParams,
  resultCreateBody,
  resultMoveBody,
  resultParams,
  resultPatchBody,
  settingsBody,
  trackingQuery,
} from './results.contract';
import { frameworkDto, resultDto as resultSchema, resultsSettingsDto, trackingPage as trackingPageSchema } from './results.dto';
import { XLSX_TYPE } from '../../lib/file-types';
import { loadFramework } from './results.framework';
import { resultDto, trackingPage } from './results.queries';
import * as service from './results.service';
import * as settings from './settings.service';

async function adminOnly(request: FastifyRequest) {
  if (!isAdmin(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** The results framework of a partnership (docs/API-results.md), its indicators and values, and the programme's results settings. */
export async function resultsRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['results'];
  const base = '/api/partnerships/:id/results';
  registerResultCommentTargets();

  r.get(base, { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: frameworkDto } }, config: { readCache: 'partnership' } }, async (request) =>
    loadFramework(db, requireActor(request), request.params.id),
  );

  r.get(
    `${base}/tracking`,
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, querystring: trackingQuery, response: { 200: trackingPageSchema } } },
    async (request) => trackingPage(db, requireActor(request), request.params.id, request.query),
  );

  r.get(`${base}/export.xlsx`, { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, querystring: exportQuery } }, async (request, reply) => {
    const { exportResults } = await import('./results.export');
    const file = await exportResults(db, requireActor(request), request.params.id, requestLanguage(request), request.query);
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'results.xlsx')).send(file.body);
  });

  r.post(
    base,
    { preValidation: canEditResults, schema: { tags, params: partnershipParams, body: resultCreateBody, response: { 201: resultSchema } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createResult(db, actor, request.params.id, request.body);
      return reply.code(201).send(await resultDto(db, actor, request.params.id, id));
    },
  );

  r.patch(
    `${base}/:resultId`,
    { preValidation: canEditResults, schema: { tags, params: resultParams, body: resultPatchBody, response: { 200: resultSchema } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updateResult(db, actor, request.params.id, request.params.resultId, request.body);
      return resultDto(db, actor, request.params.id, request.params.resultId);
    },
  );

  r.post(
    `${base}/:resultId/move`,
    { preValidation: canEditResults, schema: { tags, params: resultParams, body: resultMoveBody, response: { 200: resultSchema } } },
    async (request) => {
      const actor = requireActor(request);
      await service.moveResult(db, actor, request.params.id, request.params.resultId, request.body);
      return resultDto(db, actor, request.params.id, request.params.resultId);
    },
  );

  r.delete(`${base}/:resultId`, { preValidation: canEditResults, schema: { tags, params: resultParams, querystring: deleteQuery } }, async (request, reply) => {
    await service.deleteResult(db, requireActor(request), request.params.id, request.params.resultId, request.query.confirm, request.query.version);
    return reply.code(204).send();
  });

  r.get('/api/programme/results-settings', { preValidation: signedIn, schema: { tags, response: { 200: resultsSettingsDto } } }, async () => settings.getSettings(db));

  r.put(
    '/api/programme/results-settings',
    { preValidation: adminOnly, schema: { tags, body: settingsBody, response: { 200: resultsSettingsDto } } },
    async (request) => settings.updateSettings(db, requireActor(request), request.body),
  );

  await app.register(indicatorRoutes, { db });
  await app.register(valueRoutes, { db });
}
