import type {
  Actor,
  AppraisalItem,
  AppraisalRecommendation,
  ApplicationDto,
  ApplicationKind,
  ApplicationStatus,
  ApplicationSummaryDto,
  MissingItemDto,
} from '@mic/domain';
import { applicationCan, seesInternalAppraisal } from './applications.policy';
import type { ApplicationRow, AppraisalRow, EventRow } from './applications.repository';

export interface PartnershipRef {
  id: string;
  title: string;
  fundingSource: string;
}

export function presentSummary(row: ApplicationRow, p: PartnershipRef, missingCount: number): ApplicationSummaryDto {
  return {
    id: row.id,
    partnership: { id: p.id, title: p.title, fundingSource: p.fundingSource },
    year: row.year,
    kind: row.kind as ApplicationKind,
    status: row.status as ApplicationStatus,
    missingCount,
    late: row.late,
    deadline: row.deadline,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    requestedTotal: row.requestedTotal,
    grantedTotal: row.grantedTotal,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The appraisal as the actor may see it: whole for the programme office; for everyone else only the items meant for the applicants. */
export function presentAppraisal(row: AppraisalRow | null, actor: Actor): ApplicationDto['appraisal'] {
  if (!row) return null;
  if (seesInternalAppraisal(actor)) {
    return { items: row.items, recommendation: row.recommendation as AppraisalRecommendation | null, internalNote: row.internalNote, version: row.version };
  }
  const shared: AppraisalItem[] = row.items.filter((i) => i.forApplicant);
  return { items: shared, recommendation: null, internalNote: null, version: row.version };
}

export interface DetailParts {
  row: ApplicationRow;
  partnership: PartnershipRef;
  missing: MissingItemDto[];
  events: EventRow[];
  appraisal: AppraisalRow | null;
}

export function presentApplication(actor: Actor, d: DetailParts): ApplicationDto {
  const { row } = d;
  const status = row.status as ApplicationStatus;
  return {
    ...presentSummary(row, d.partnership, d.missing.length),
    content: row.content,
    missing: d.missing,
    confirmations: {
      home: row.homeConfirmedAt ? { byName: row.homeConfirmedByName ?? '', at: row.homeConfirmedAt.toISOString() } : null,
      partner: row.partnerConfirmedAt
        ? { byName: row.partnerConfirmedByName ?? '', at: row.partnerConfirmedAt.toISOString(), partnerLedPrioritisation: row.partnerLedPrioritisation }
        : null,
    },
    granted: row.granted,
    events: d.events.map((e) => ({
      at: e.at.toISOString(),
      from: e.fromStatus as ApplicationStatus | null,
      to: e.toStatus as ApplicationStatus,
      byName: e.byName,
      message: e.message,
    })),
    appraisal: presentAppraisal(d.appraisal, actor),
    version: row.version,
    can: applicationCan(actor, row.partnershipId, status),
  };
}

/** What the audit log keeps of an application: its state, not the whole text twice. */
export function snapshot(row: ApplicationRow) {
  return {
    year: row.year,
    kind: row.kind,
    status: row.status,
    content: row.content,
    requestedTotal: row.requestedTotal,
    confirmations: { home: row.homeConfirmedBy, partner: row.partnerConfirmedBy, partnerLedPrioritisation: row.partnerLedPrioritisation },
    deadline: row.deadline,
    late: row.late,
    granted: row.granted,
    version: row.version,
  };
}
