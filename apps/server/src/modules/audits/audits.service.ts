import { randomUUID } from 'node:crypto';
import { auditPeriodValid, DomainError, type Actor, type AuditFinding, type Violation } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { AuditFieldsInput, CreateAuditBody, UpdateAuditBody } from './audits.contract';
import { mayReadAudits, mayWriteAudits } from './audits.policy';
import * as repo from './audits.repository';
import { staleVersion } from '../../lib/version-conflict';

const audited = (row: repo.AuditRow) => ({
  year: row.year,
  firm: row.firm,
  auditorName: row.auditorName,
  periodStart: row.periodStart,
  periodEnd: row.periodEnd,
  standard: row.standard,
  opinion: row.opinion,
  reasonableAssurance: row.reasonableAssurance,
  termsKept: row.termsKept,
  reportDocumentId: row.reportDocumentId,
  managementLetterDocumentId: row.managementLetterDocumentId,
  findings: row.findings,
  version: row.version,
});

type Period = NonNullable<Awaited<ReturnType<typeof repo.findPartnership>>>;

/** The partnership, share-locked: not visible → 404; visible but not a writer → 403; closed → 409. */
async function openPartnership(tx: Executor, actor: Actor, partnershipId: string): Promise<Period> {
  const period = isUuid(partnershipId) && mayReadAudits(actor, partnershipId) ? await repo.findPartnership(tx, partnershipId, true) : null;
  if (!period) throw new DomainError('NOT_FOUND');
  if (!mayWriteAudits(actor, partnershipId)) throw new DomainError('FORBIDDEN');
  if (period.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
  return period;
}

/** Findings keep their ids; a new one gets one. Two findings with one id would make the list ambiguous. */
function withIds(findings: AuditFieldsInput['findings'], v: Violation[]): AuditFinding[] {
  const seen = new Set<string>();
  return findings.map((f, i) => {
    const id = f.id ?? randomUUID();
    if (seen.has(id)) v.push({ code: 'VALIDATION_FAILED', field: `findings.${i}.id` });
    seen.add(id);
    return { id, finding: f.finding, action: f.action, due: f.due, status: f.status };
  });
}

/** The year (when new) within the project period, the period in order, the documents this partnership's audit papers: every violation at once. */
async function check(tx: Executor, partnershipId: string, period: Period, year: number | null, fields: Partial<AuditFieldsInput>, v: Violation[]) {
  if (year !== null && (year < period.startYear || year > period.endYear)) {
    v.push({ code: 'YEAR_OUTSIDE_PERIOD', field: 'year', params: { year, startYear: period.startYear, endYear: period.endYear } });
  }
  if (!auditPeriodValid(fields.periodStart ?? null, fields.periodEnd ?? null)) v.push({ code: 'DATES_INVALID', field: 'periodEnd' });
  const wanted = (Object.keys(repo.AUDIT_DOCUMENT_CATEGORIES) as (keyof typeof repo.AUDIT_DOCUMENT_CATEGORIES)[]).filter((k) => fields[k]);
  const found = await repo.documentsIn(tx, partnershipId, wanted.map((k) => fields[k]!));
  for (const field of wanted) {
    if (found.get(fields[field]!) !== repo.AUDIT_DOCUMENT_CATEGORIES[field]) v.push({ code: 'DOCUMENT_NOT_FOUND', field });
  }
  if (v.length) throw new DomainError(v[0]!.code, { violations: v });
}

export async function createAudit(db: Executor, actor: Actor, partnershipId: string, body: CreateAuditBody): Promise<string> {
  return db.transaction(async (tx) => {
    const period = await openPartnership(tx, actor, partnershipId);
    const v: Violation[] = [];
    const { year, findings, ...fields } = body;
    const withFindingIds = findings ? withIds(findings, v) : [];
    await check(tx, partnershipId, period, year, body, v);
    const row = await repo.insertAudit(tx, {
      partnershipId,
      year,
      ...fields,
      findings: withFindingIds,
      updatedBy: actor.userId,
      updatedByName: actor.name,
    });
    if (!row) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'year' }] });
    await recordChange(tx, actor, { action: 'audit.created', entityType: 'audit', entityId: row.id, partnershipId, after: audited(row) });
    return row.id;
  });
}

export async function updateAudit(db: Executor, actor: Actor, auditId: string, body: UpdateAuditBody): Promise<void> {
  await db.transaction(async (tx) => {
    const before = isUuid(auditId) ? await repo.findAudit(tx, auditId, true) : null;
    if (!before) throw new DomainError('NOT_FOUND');
    const period = await openPartnership(tx, actor, before.partnershipId);
    if (before.version !== body.version) throw staleVersion(before.version);
    const { version, findings, ...fields } = body;
    const v: Violation[] = [];
    const withFindingIds = withIds(findings, v);
    // The year is fixed at creation; a later change of the project period does not block correcting the audit.
    await check(tx, before.partnershipId, period, null, fields, v);
    const after = await repo.updateAudit(tx, auditId, {
      ...fields,
      findings: withFindingIds,
      version: version + 1,
      updatedBy: actor.userId,
      updatedByName: actor.name,
      updatedAt: new Date(),
    });
    await recordChange(tx, actor, { action: 'audit.updated', entityType: 'audit', entityId: auditId, partnershipId: before.partnershipId, before: audited(before), after: audited(after) });
  });
}
