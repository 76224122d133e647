import { instalmentActionsFrom, type InstalmentAction, type InstalmentDto, type InstalmentStatus, type GrantDto } from '@mic/domain';
import type { GrantRow, InstalmentRow } from './payments.repository';

/** An instalment as the API shows it; `manage` decides whether the caller is offered its actions. */
export function presentInstalment(row: InstalmentRow, manage: boolean): InstalmentDto {
  const status = row.status as InstalmentStatus;
  const actions: InstalmentAction[] = manage ? instalmentActionsFrom(status) : [];
  return { ...instalmentFields(row), actions };
}

export function instalmentFields(row: InstalmentRow): Omit<InstalmentDto, 'actions'> {
  return {
    id: row.id,
    year: row.year,
    fundingSource: row.fundingSource,
    stepCode: row.stepCode,
    seq: row.seq,
    dueDate: row.dueDate,
    amount: Number(row.amount),
    status: row.status as InstalmentStatus,
    version: row.version,
    approved: row.approvedAt ? { at: row.approvedAt.toISOString(), byName: row.approvedByName, overrideReason: row.overrideReason } : null,
    paid: row.paidOn && row.paymentReference ? { on: row.paidOn, reference: row.paymentReference, byName: row.paidByName } : null,
    withheld: row.withheldAt && row.withheldReason ? { at: row.withheldAt.toISOString(), byName: row.withheldByName, reason: row.withheldReason } : null,
  };
}

export function presentGrant(row: GrantRow & { applicationYear?: number | null }): GrantDto {
  return {
    year: row.year,
    amount: Number(row.amount),
    firm: row.firm,
    applicationId: row.applicationId,
    applicationYear: row.applicationYear ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
  };
}

/** What an audit entry keeps of an instalment. */
export function instalmentSnapshot(row: InstalmentRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
