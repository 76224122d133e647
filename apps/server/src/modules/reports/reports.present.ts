import {
  DomainError,
  auditComplete,
  isAuditOpinion,
  type Actor,
  type AnnualReportDto,
  type ReportConfirmation,
  type ReportSavedDto,
  type ReportStatus,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import * as appRepo from '../applications/applications.repository';
import { auditFlagsOf } from '../audits/audits.check';
import { assess, loadYearFacts, reportDeadline, type Assessed } from './reports.facts';
import { mayReadReport, reportCan } from './reports.policy';
import * as repo from './reports.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function confirmationsOf(row: repo.ReportRow): AnnualReportDto['confirmations'] {
  const of = (at: Date | null, byName: string | null): ReportConfirmation | null => (at ? { at: at.toISOString(), byName } : null);
  return { home: of(row.homeConfirmedAt, row.homeConfirmedByName), partner: of(row.partnerConfirmedAt, row.partnerConfirmedByName) };
}

/** The report as its reader sees it; someone who may not read it gets 404 as for an unknown id. */
export async function reportDetail(db: Executor, actor: Actor, id: string): Promise<AnnualReportDto> {
  const row = isUuid(id) ? await repo.findReport(db, id) : null;
  if (!row || !mayReadReport(actor, row.partnershipId, row.status as ReportStatus)) throw new DomainError('NOT_FOUND');
  const p = await appRepo.findPartnership(db, row.partnershipId);
  if (!p) throw new DomainError('NOT_FOUND');
  const [facts, events, versions, audit, flags, deadline] = await Promise.all([
    loadYearFacts(db, p, row.year),
    repo.eventsOf(db, id),
    repo.versionsOf(db, id),
    repo.auditOfYear(db, p.id, row.year),
    auditFlagsOf(db, [p.id]),
    row.deadline ? Promise.resolve(null) : reportDeadline(db, p, row.year),
  ]);
  const assessed = assess(row.content, facts);
  const finalYear = row.year === p.endYear;
  const status = row.status as ReportStatus;
  const partnershipFlags = flags.get(p.id) ?? [];
  return {
    id: row.id,
    partnershipId: p.id,
    partnershipTitle: p.title,
    fundingSource: p.fundingSource,
    year: row.year,
    status,
    submissionCount: row.submissionCount,
    version: row.version,
    deadline: row.deadline ?? deadline?.date ?? null,
    late: row.late,
    finalYear,
    auditRequired: finalYear || row.auditRequired,
    content: assessed.content,
    outcomes: facts.outcomes,
    indicators: facts.indicators,
    risks: facts.risks,
    financial: assessed.financial,
    missing: assessed.missing,
    confirmations: confirmationsOf(row),
    events: events.map((e) => ({
      from: (e.fromStatus as ReportStatus | null) ?? null,
      to: e.toStatus as ReportStatus,
      at: e.at.toISOString(),
      byName: e.byName,
      message: e.message,
      comments: e.comments,
    })),
    versions: versions.map((v) => ({ number: v.number, submittedAt: v.submittedAt.toISOString(), byName: v.byName })),
    audit: audit ? { id: audit.id, year: audit.year, opinion: isAuditOpinion(audit.opinion) ? audit.opinion : null, complete: auditComplete(audit) } : null,
    auditFlag: partnershipFlags.length ? partnershipFlags[partnershipFlags.length - 1]! : null,
    can: reportCan(actor, p.id, status, finalYear),
  };
}

export function savedDto(row: repo.ReportRow, assessed: Assessed): ReportSavedDto {
  return { version: row.version, savedAt: iso(row.updatedAt)!, missing: assessed.missing, financial: assessed.financial, confirmations: confirmationsOf(row) };
}
