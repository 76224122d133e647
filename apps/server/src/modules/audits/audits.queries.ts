import { auditComplete, DomainError, isAuditOpinion, type Actor, type AuditDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { mayReadAudits, mayWriteAudits } from './audits.policy';
import * as repo from './audits.repository';

export function present(actor: Actor, row: repo.AuditRow, status: string): AuditDto {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    year: row.year,
    firm: row.firm,
    auditorName: row.auditorName,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    standard: row.standard,
    opinion: isAuditOpinion(row.opinion) ? row.opinion : null,
    reasonableAssurance: row.reasonableAssurance,
    termsKept: row.termsKept,
    reportDocumentId: row.reportDocumentId,
    managementLetterDocumentId: row.managementLetterDocumentId,
    findings: row.findings,
    complete: auditComplete(row),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
    // Nothing changes in a closed partnership.
    can: { edit: status !== 'closed' && mayWriteAudits(actor, row.partnershipId) },
  };
}

/** GET /api/partnerships/:id/audits: one audit per year at most, so the whole list, oldest year first. */
export async function auditsOf(db: Executor, actor: Actor, partnershipId: string): Promise<{ items: AuditDto[] }> {
  if (!isUuid(partnershipId) || !mayReadAudits(actor, partnershipId)) throw new DomainError('NOT_FOUND');
  const [partnership, rows] = await Promise.all([repo.findPartnership(db, partnershipId), repo.auditsOf(db, partnershipId)]);
  if (!partnership) throw new DomainError('NOT_FOUND');
  return { items: rows.map((r) => present(actor, r, partnership.status)) };
}

/** GET /api/audits/:id: an audit of a partnership the actor does not see does not exist for them. */
export async function auditDetail(db: Executor, actor: Actor, auditId: string): Promise<AuditDto> {
  const row = isUuid(auditId) ? await repo.findAudit(db, auditId) : null;
  if (!row || !mayReadAudits(actor, row.partnershipId)) throw new DomainError('NOT_FOUND');
  const partnership = await repo.findPartnership(db, row.partnershipId);
  return present(actor, row, partnership?.status ?? 'closed');
}
