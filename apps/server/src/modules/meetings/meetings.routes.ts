import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { createMeetingBody, meetingDto, meetingPage, meetingParams, meetingsParams, meetingsQuery, updateMeetingBody } from './meetings.contract';
import { mayWriteMeetings } from './meetings.policy';
import { meetingDetail, meetingsOf } from './meetings.queries';
import * as service from './meetings.service';
import { deleteVersionQuery } from '../../lib/version-conflict';

/** Sees the partnership but may not record its meetings: 403, before the body is looked at. */
async function canWriteMeetings(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayWriteMeetings(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
}

/** The annual meetings of a partnership (issue 6): date, place, participants, progress, decisions, minutes. */
export async function meetingRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['meetings'];
  const base = '/api/partnerships/:id/meetings';

  r.get(
    base,
    { preValidation: canSeePartnership, schema: { tags, params: meetingsParams, querystring: meetingsQuery, response: { 200: meetingPage } } },
    async (request) => meetingsOf(db, requireActor(request), request.params.id, request.query),
  );

  r.post(
    base,
    { preValidation: canWriteMeetings, schema: { tags, params: meetingsParams, body: createMeetingBody, response: { 201: meetingDto } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createMeeting(db, actor, request.params.id, request.body);
      return reply.code(201).send(await meetingDetail(db, actor, request.params.id, id));
    },
  );

  r.get(
    `${base}/:meetingId`,
    { preValidation: canSeePartnership, schema: { tags, params: meetingParams, response: { 200: meetingDto } } },
    async (request) => meetingDetail(db, requireActor(request), request.params.id, request.params.meetingId),
  );

  r.put(
    `${base}/:meetingId`,
    { preValidation: canWriteMeetings, schema: { tags, params: meetingParams, body: updateMeetingBody, response: { 200: meetingDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updateMeeting(db, actor, request.params.id, request.params.meetingId, request.body);
      return meetingDetail(db, actor, request.params.id, request.params.meetingId);
    },
  );

  r.delete(`${base}/:meetingId`, { preValidation: canWriteMeetings, schema: { tags, params: meetingParams, querystring: deleteVersionQuery } }, async (request, reply) => {
    await service.deleteMeeting(db, requireActor(request), request.params.id, request.params.meetingId, request.query.version);
    return reply.code(204).send();
  });
}
