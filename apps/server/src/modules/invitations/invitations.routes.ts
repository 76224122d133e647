import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import { sessionResponse } from '../auth/auth.contract';
import { signInUser } from '../auth/sign-in';
import { adminOnly } from '../users/users.routes';
import {
  acceptBody,
  invitationBody,
  invitationDto,
  invitationIdParams,
  invitationListQuery,
  invitationPage,
  tokenInfo,
  tokenParams,
} from './invitations.contract';
import * as service from './invitations.service';

/** Invitations: administrators invite; the invitee opens the link and accepts it without an account. */
export async function invitationsRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['invitations'];

  r.get(
    '/api/invitations',
    { preValidation: adminOnly, schema: { tags, querystring: invitationListQuery, response: { 200: invitationPage } } },
    async (request) => service.listPending(db, request.query),
  );

  r.post(
    '/api/invitations',
    { preValidation: adminOnly, schema: { tags, body: invitationBody, response: { 201: invitationDto } } },
    async (request, reply) => {
      const invitation = await service.createInvitation({ ...ctx, log: request.log }, requireActor(request), request.body);
      return reply.code(201).send(invitation);
    },
  );

  r.delete(
    '/api/invitations/:id',
    { preValidation: adminOnly, schema: { tags, params: invitationIdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await service.revokeInvitation(db, requireActor(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  r.get('/api/invitations/token/:token', { schema: { tags, params: tokenParams, response: { 200: tokenInfo } } }, async (request) =>
    service.lookupToken(db, request.params.token),
  );

  r.post(
    '/api/invitations/token/:token/accept',
    { schema: { tags, params: tokenParams, body: acceptBody, response: { 200: sessionResponse } } },
    async (request, reply) => {
      const user = await service.acceptInvitation(db, request.params.token, request.body);
      // Whoever was signed in on this browser before is signed out, as on login.
      return signInUser(app, db, request, reply, user);
    },
  );
}
