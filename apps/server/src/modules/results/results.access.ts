import type { FastifyRequest } from 'fastify';
import { DomainError } from '@mic/domain';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { mayApproveAny, mayEditResults, mayUploadSomeDocument } from './results.policy';

/**
 * Route guards of the results framework, run before the body is validated: not allowed to see the
 * partnership is 404 (canSeePartnership); allowed to see it but not to do this is 403.
 */
const partnershipIdOf = (request: FastifyRequest) => (request.params as { id: string }).id;

async function guard(request: FastifyRequest, allowed: (actor: ReturnType<typeof requireActor>, id: string) => boolean) {
  await canSeePartnership(request);
  if (!allowed(requireActor(request), partnershipIdOf(request))) throw new DomainError('FORBIDDEN');
}

export const canEditResults = (request: FastifyRequest) => guard(request, mayEditResults);

export const canApproveValues = (request: FastifyRequest) => guard(request, mayApproveAny);

/** Entering or editing a value: an editor, or (for an approved value, with a reason) one of its approvers. */
export const canEnterValues = (request: FastifyRequest) => guard(request, (actor, id) => mayEditResults(actor, id) || mayApproveAny(actor, id));

export const canUploadDocuments = (request: FastifyRequest) => guard(request, mayUploadSomeDocument);
