import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { ICAL_CONTENT_TYPE } from '../../lib/ical';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership, signedIn } from '../partnerships/partnerships.access';
import { calendarFeedDto, feedParams, partnershipIcsParams, partnershipIcsQuery } from './calendar.contract';
import * as service from './calendar.service';

/** Each user's private calendar feed, and a partnership's deadlines as an .ics download. */
export async function calendarRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cycle'];

  r.get('/api/me/calendar-feed', { preValidation: signedIn, schema: { tags, response: { 200: calendarFeedDto } } }, async (request) =>
    service.feedStatus(db, requireActor(request).userId),
  );

  r.post('/api/me/calendar-feed', { preValidation: signedIn, schema: { tags, response: { 201: calendarFeedDto } } }, async (request, reply) =>
    reply.code(201).header('cache-control', 'no-store').send(await service.createFeed(ctx, requireActor(request))),
  );

  r.delete('/api/me/calendar-feed', { preValidation: signedIn, schema: { tags } }, async (request, reply) => {
    await service.revokeFeed(db, requireActor(request));
    return reply.code(204).send();
  });

  // No session: the secret in the URL is the key (calendar programs send no cookies). GET, so no CSRF token either.
  r.get('/api/calendar/:file', { schema: { tags, params: feedParams } }, async (request, reply) => {
    const body = await service.feedCalendar(ctx, request.params.file);
    return reply.type(ICAL_CONTENT_TYPE).header('cache-control', 'private, no-store').send(body);
  });

  r.get(
    '/api/partnerships/:id/deadlines.ics',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipIcsParams, querystring: partnershipIcsQuery } },
    async (request, reply) => {
      const file = await service.partnershipCalendar(ctx, request.params.id, request.query.year, requestLanguage(request));
      return reply
        .type(ICAL_CONTENT_TYPE)
        .header('content-disposition', attachmentHeader(file.fileName, 'deadlines.ics'))
        .header('cache-control', 'private, no-store')
        .send(file.body);
    },
  );
}
