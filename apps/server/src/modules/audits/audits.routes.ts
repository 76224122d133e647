import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { DomainError } from '@mic/domain';
import type { Db } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { requireActor } from '../../plugins/auth';
import { canSeePartnership } from '../partnerships/partnerships.access';
import { auditDto, auditList, auditParams, createAuditBody, partnershipParams, updateAuditBody } from './audits.contract';
import { mayReadAudits, mayWriteAudits } from './audits.policy';
import { auditDetail, auditsOf } from './audits.queries';
import * as repo from './audits.repository';
import * as service from './audits.service';

/**
 * Audits of a partnership's accounts (issue 8): firm, auditor, period, opinion, the audit report and
 * management letter, and findings with their follow-up. Recorded by the partnership's auditor or the
 * programme office, read by everyone who sees the partnership.
 */
export async function auditRoutes(app: FastifyInstance, opts: { db: Db }) {
  const { db } = opts;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audits'];

  /** Sees the partnership but may not record its audits: 403, before the body is looked at. */
  async function canWriteAudits(request: FastifyRequest) {
    await canSeePartnership(request);
    if (!mayWriteAudits(requireActor(request), (request.params as { id: string }).id)) throw new DomainError('FORBIDDEN');
  }

  /** The same for an audit named by its own id: its partnership decides (404 when not seen, 403 when not a writer). */
  async function canWriteAudit(request: FastifyRequest) {
    const actor = requireActor(request);
    const id = (request.params as { id: string }).id;
    const partnershipId = isUuid(id) ? await repo.partnershipOfAudit(db, id) : null;
    if (!partnershipId || !mayReadAudits(actor, partnershipId)) throw new DomainError('NOT_FOUND');
    if (!mayWriteAudits(actor, partnershipId)) throw new DomainError('FORBIDDEN');
  }

  r.get(
    '/api/partnerships/:id/audits',
    { preValidation: canSeePartnership, schema: { tags, params: partnershipParams, response: { 200: auditList } } },
    async (request) => auditsOf(db, requireActor(request), request.params.id),
  );

  r.post(
    '/api/partnerships/:id/audits',
    { preValidation: canWriteAudits, schema: { tags, params: partnershipParams, body: createAuditBody, response: { 201: auditDto } } },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await service.createAudit(db, actor, request.params.id, request.body);
      return reply.code(201).send(await auditDetail(db, actor, id));
    },
  );

  r.get('/api/audits/:id', { schema: { tags, params: auditParams, response: { 200: auditDto } } }, async (request) =>
    auditDetail(db, requireActor(request), request.params.id),
  );

  r.put(
    '/api/audits/:id',
    { preValidation: canWriteAudit, schema: { tags, params: auditParams, body: updateAuditBody, response: { 200: auditDto } } },
    async (request) => {
      const actor = requireActor(request);
      await service.updateAudit(db, actor, request.params.id, request.body);
      return auditDetail(db, actor, request.params.id);
    },
  );
}
