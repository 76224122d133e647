import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { requireActor } from '../../plugins/auth';
import { programmeBody, programmeDto } from './programme.contract';
import * as policy from './programme.policy';
import * as service from './programme.service';

export async function programmeRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/programme', { schema: { tags: ['programme'], response: { 200: programmeDto } } }, async (request) => {
    if (!policy.mayReadProgramme(requireActor(request))) throw new DomainError('FORBIDDEN');
    return service.getProgramme(db);
  });

  r.put(
    '/api/programme',
    { preValidation: mayEdit, schema: { tags: ['programme'], body: programmeBody, response: { 200: programmeDto } } },
    async (request) => service.updateProgramme(db, requireActor(request), request.body),
  );
}

/** Who may edit is answered before the body is looked at. */
async function mayEdit(request: FastifyRequest) {
  if (!policy.mayEditProgramme(requireActor(request))) throw new DomainError('FORBIDDEN');
}
