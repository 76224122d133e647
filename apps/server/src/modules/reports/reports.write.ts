import { DomainError, type Actor, type ReportStatus } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import * as appRepo from '../applications/applications.repository';
import { mayReadReport } from './reports.policy';
import * as repo from './reports.repository';
import { staleVersion } from '../../lib/version-conflict';

export interface OpenReport {
  row: repo.ReportRow;
  partnership: appRepo.PartnershipFacts;
}

/** 409 CONFLICT on `version`, with the version the object has now. */
export const stale = staleVersion;
export const locked = (status: string) => new DomainError('REPORT_LOCKED', { violations: [{ code: 'REPORT_LOCKED', field: 'status', params: { status } }] });
export const invalid = (field: string) => new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field }] });

/**
 * The report, locked for the rest of the transaction, and its partnership share-locked: not readable →
 * 404 (as an unknown id); readable but `may` refuses → 403.
 */
export async function openReport(tx: Executor, actor: Actor, id: string, may: (partnershipId: string) => boolean): Promise<OpenReport> {
  const row = isUuid(id) ? await repo.findReport(tx, id, true) : null;
  if (!row || !mayReadReport(actor, row.partnershipId, row.status as ReportStatus)) throw new DomainError('NOT_FOUND');
  if (!may(row.partnershipId)) throw new DomainError('FORBIDDEN');
  const partnership = await appRepo.findPartnership(tx, row.partnershipId, true);
  if (!partnership) throw new DomainError('NOT_FOUND');
  return { row, partnership };
}

/** What the audit log keeps of a report: its status and bookkeeping, not the whole text on every change. */
export const audited = (row: repo.ReportRow) => ({
  year: row.year,
  status: row.status,
  version: row.version,
  submissionCount: row.submissionCount,
  auditRequired: row.auditRequired,
  homeConfirmed: row.homeConfirmedAt !== null,
  partnerConfirmed: row.partnerConfirmedAt !== null,
});
