import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import { usePublicResponses } from '../public/public.http';
import { iatiActivityParams, iatiCheckDto, iatiCheckQuery, iatiExportQuery, iatiSettingsBody, iatiSettingsDto } from './iati.contract';
import { iatiCheck } from './iati.check';
import { oneActivity, streamActivities } from './iati.export';
import { getIatiSettings, mayEditIatiSettings, updateIatiSettings } from './iati.settings';

const XML_TYPE = 'application/xml; charset=utf-8';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Settings and the check are the programme office's (administrators included). */
async function programmeOffice(request: FastifyRequest) {
  if (!mayEditIatiSettings(requireActor(request))) throw new DomainError('FORBIDDEN');
}

/** IATI 2.03 publishing (issue 9): the anonymous export, and the office's settings and check page. */
export async function iatiRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['iati'];
  // The export is public: its own plugin, so the shared rate limit and caching apply to it and not to the office's routes.
  await app.register(async (pub) => {
    usePublicResponses(pub, db);
    const p = pub.withTypeProvider<ZodTypeProvider>();

    p.get('/api/iati/activities.xml', { schema: { tags, querystring: iatiExportQuery } }, async (request, reply) => {
      const stream = await streamActivities(db, ctx.config.publicUrl, ctx.now(), request.query);
      return reply.header('content-type', XML_TYPE).send(stream);
    });

    p.get('/api/iati/activities/:id.xml', { schema: { tags, params: iatiActivityParams } }, async (request, reply) => {
      if (!UUID.test(request.params.id)) throw new DomainError('NOT_FOUND');
      const xml = await oneActivity(db, ctx.config.publicUrl, ctx.now(), request.params.id);
      return reply.header('content-type', XML_TYPE).send(xml);
    });
  });

  r.get('/api/programme/iati-settings', { preValidation: programmeOffice, schema: { tags, response: { 200: iatiSettingsDto } } }, async (request) =>
    getIatiSettings(db, requireActor(request)),
  );

  r.put(
    '/api/programme/iati-settings',
    { preValidation: programmeOffice, schema: { tags, body: iatiSettingsBody, response: { 200: iatiSettingsDto } } },
    async (request) => updateIatiSettings(db, requireActor(request), request.body),
  );

  r.get('/api/programme/iati-check', { preValidation: programmeOffice, schema: { tags, querystring: iatiCheckQuery, response: { 200: iatiCheckDto } } }, async (request) =>
    iatiCheck(db, request.query),
  );
}
