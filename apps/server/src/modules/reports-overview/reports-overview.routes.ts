import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import { todayOf } from '../cycle/cycle.service';
import { overviewQuery, reportParams, reportsOverviewDto, reportVersionDto, versionListDto, versionParams } from './reports-overview.contract';
import { mayReadOverview } from './reports-overview.policy';
import { reportVersion, reportVersions, reportsOverview } from './reports-overview.service';

/** Signed in (401 before the parameters are looked at); who may read which report is the service's check. */
async function signedIn(request: FastifyRequest) {
  requireActor(request);
}

async function canReadOverview(request: FastifyRequest) {
  if (!mayReadOverview(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** The programme's view of the annual reports of a year, and a report's submitted versions (issue 8). */
export async function reportsOverviewRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  r.get(
    '/api/programme/reports',
    { preValidation: canReadOverview, schema: { tags, querystring: overviewQuery, response: { 200: reportsOverviewDto } } },
    async (request) => reportsOverview(db, request.query, todayOf(ctx.now())),
  );

  r.get(
    '/api/reports/:id/versions',
    { preValidation: signedIn, schema: { tags, params: reportParams, response: { 200: versionListDto } } },
    async (request) => reportVersions(db, requireActor(request), request.params.id),
  );

  r.get(
    '/api/reports/:id/versions/:number',
    { preValidation: signedIn, schema: { tags, params: versionParams, response: { 200: reportVersionDto } } },
    async (request) => reportVersion(db, requireActor(request), request.params.id, request.params.number),
  );
}
