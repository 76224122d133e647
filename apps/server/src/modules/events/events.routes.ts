import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app';
import { attachmentHeader } from '../../lib/attachment';
import { requestLanguage } from '../../lib/language';
import { requireActor } from '../../plugins/auth';
import { signedIn } from '../partnerships/partnerships.access';
import { eventGuards } from './events.access';
import { eventBody, eventDetailDto, eventListQuery, eventPage, eventParams, eventUpdateBody, participantPage, participantsQuery, registrationBody } from './events.contract';
import { XLSX_TYPE } from '../../lib/file-types';
import * as queries from './events.queries';
import { register, unregister } from './events-registration.service';
import { isoDay } from './events.rules';
import * as service from './events.service';
import { deleteVersionQuery } from '../../lib/version-conflict';

/** Network meetings, capacity building and other programme events (issue 5). */
export async function eventRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['events'];
  const guard = eventGuards(db);
  const today = () => isoDay(ctx.now());
  const detail = (request: FastifyRequest, id: string) => queries.eventDetail(db, requireActor(request), id, today());

  r.get('/api/events', { preValidation: signedIn, schema: { tags, querystring: eventListQuery, response: { 200: eventPage } } }, async (request) =>
    queries.listEvents(db, requireActor(request), request.query, today()),
  );

  r.post(
    '/api/events',
    { preValidation: guard.canManageEvents, schema: { tags, body: eventBody, response: { 201: eventDetailDto } } },
    async (request, reply) => {
      const id = await service.createEvent(db, requireActor(request), request.body);
      return reply.code(201).send(await detail(request, id));
    },
  );

  r.get('/api/events/:id', { preValidation: signedIn, schema: { tags, params: eventParams, response: { 200: eventDetailDto } } }, async (request) => detail(request, request.params.id));

  r.put(
    '/api/events/:id',
    { preValidation: guard.canManageEvents, schema: { tags, params: eventParams, body: eventUpdateBody, response: { 200: eventDetailDto } } },
    async (request) => {
      await service.updateEvent(db, requireActor(request), request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );

  r.delete('/api/events/:id', { preValidation: guard.canManageEvents, schema: { tags, params: eventParams, querystring: deleteVersionQuery } }, async (request, reply) => {
    await service.deleteEvent(db, requireActor(request), request.params.id, request.query.version);
    return reply.code(204).send();
  });

  r.post(
    '/api/events/:id/registration',
    { preValidation: guard.canRegister, schema: { tags, params: eventParams, body: registrationBody.nullish(), response: { 200: eventDetailDto, 201: eventDetailDto } } },
    async (request, reply) => {
      const { created } = await register(db, requireActor(request), request.params.id, request.body ?? {}, today());
      return reply.code(created ? 201 : 200).send(await detail(request, request.params.id));
    },
  );

  r.delete('/api/events/:id/registration', { preValidation: guard.canRegister, schema: { tags, params: eventParams } }, async (request, reply) => {
    await unregister(db, requireActor(request), request.params.id, today());
    return reply.code(204).send();
  });

  r.get(
    '/api/events/:id/participants',
    { preValidation: guard.canSeeParticipants, schema: { tags, params: eventParams, querystring: participantsQuery, response: { 200: participantPage } } },
    async (request) => queries.participants(db, request.params.id, request.query),
  );

  r.get('/api/events/:id/participants.xlsx', { preValidation: guard.canSeeParticipants, schema: { tags, params: eventParams } }, async (request, reply) => {
    const { exportParticipants } = await import('./events.export');
    const file = await exportParticipants(db, await detail(request, request.params.id), requestLanguage(request));
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachmentHeader(file.fileName, 'participants.xlsx')).send(file.body);
  });
}
