import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app';
import { requireActor } from '../../plugins/auth';
import { membershipBody, membershipParams, userDto, userIdParams, userListQuery, userPage, userPatchBody } from './users.contract';
import { assertCanManageUsers } from './users.policy';
import * as service from './users.service';

/**
 * Runs before the request is validated, so that someone who may not manage users learns nothing
 * from validation errors: 401 when signed out, 403 when not an administrator.
 */
export async function adminOnly(request: FastifyRequest) {
  assertCanManageUsers(requireActor(request));
}

/** User administration: accounts, programme-wide roles and partnership memberships (admin only). */
export async function usersRoutes(app: FastifyInstance, ctx: AppContext) {
  const { db } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];

  r.get('/api/users', { preValidation: adminOnly, schema: { tags, querystring: userListQuery, response: { 200: userPage } } }, async (request) =>
    service.listUsers(db, request.query),
  );

  r.patch(
    '/api/users/:id',
    { preValidation: adminOnly, schema: { tags, params: userIdParams, body: userPatchBody, response: { 200: userDto } } },
    async (request) => service.updateUser(db, requireActor(request), request.params.id, request.body),
  );

  r.put(
    '/api/users/:id/memberships/:partnershipId',
    { preValidation: adminOnly, schema: { tags, params: membershipParams, body: membershipBody, response: { 200: userDto } } },
    async (request) => service.setMembership(db, requireActor(request), request.params.id, request.params.partnershipId, request.body.role),
  );

  r.delete(
    '/api/users/:id/memberships/:partnershipId',
    { preValidation: adminOnly, schema: { tags, params: membershipParams, response: { 200: userDto } } },
    async (request) => service.removeMembership(db, requireActor(request), request.params.id, request.params.partnershipId),
  );
}
