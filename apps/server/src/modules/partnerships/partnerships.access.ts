import type { FastifyRequest } from 'fastify';
import { DomainError } from '@mic/domain';
import { isUuid } from '../../lib/ids';
import { requireActor } from '../../plugins/auth';
import { mayCreate, mayView, mayWrite } from './partnerships.policy';

/**
 * Route guards, run before the body is validated. Not allowed to see a partnership answers exactly
 * like an unknown (or malformed) id: 404 NOT_FOUND. Allowed to see it but not to change it: 403.
 */
function idOf(request: FastifyRequest): string {
  return (request.params as { id?: string }).id ?? '';
}

export async function canSeePartnership(request: FastifyRequest) {
  const actor = requireActor(request);
  const id = idOf(request);
  if (!isUuid(id) || !mayView(actor, id)) throw new DomainError('NOT_FOUND');
}

export async function canWritePartnership(request: FastifyRequest) {
  await canSeePartnership(request);
  if (!mayWrite(requireActor(request), idOf(request))) throw new DomainError('FORBIDDEN');
}

export async function canCreatePartnership(request: FastifyRequest) {
  if (!mayCreate(requireActor(request))) throw new DomainError('FORBIDDEN');
}

export async function signedIn(request: FastifyRequest) {
  requireActor(request);
}
