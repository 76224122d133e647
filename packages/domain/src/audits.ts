/** Audits of a partnership's accounts (issue 8): what makes one complete, and which opinions must be seen. */
import { AUDIT_OPINIONS, FINDING_STATUSES, type AuditFinding, type AuditFlag, type AuditOpinion } from './reports-types';

/** Bounds of what an audit holds, shared by the server's validation and the web form. */
export const AUDIT_LIMITS = {
  text: 200,
  finding: 4000,
  findings: 100,
} as const;

/** The fields `auditComplete` looks at; an AuditDto or an audits row both fit. */
export interface AuditCompletenessFields {
  firm: string;
  auditorName: string;
  periodStart: string | null;
  periodEnd: string | null;
  opinion: AuditOpinion | string | null;
  reasonableAssurance: boolean;
  termsKept: boolean;
  reportDocumentId: string | null;
}

/**
 * Everything the programme needs before an annual report that requires an audit can be accepted:
 * the firm and auditor, the audited period, an opinion, reasonable assurance, the terms kept, and the
 * audit report itself. A management letter and findings are optional.
 */
export function auditComplete(a: AuditCompletenessFields): boolean {
  return (
    a.firm.trim() !== '' &&
    a.auditorName.trim() !== '' &&
    a.periodStart !== null &&
    a.periodEnd !== null &&
    a.periodEnd >= a.periodStart &&
    isAuditOpinion(a.opinion) &&
    a.reasonableAssurance &&
    a.termsKept &&
    a.reportDocumentId !== null
  );
}

/** What is still missing for `auditComplete`, as field names of the audit form (in form order). */
export function auditMissingFields(a: AuditCompletenessFields): (keyof AuditCompletenessFields)[] {
  const out: (keyof AuditCompletenessFields)[] = [];
  if (a.firm.trim() === '') out.push('firm');
  if (a.auditorName.trim() === '') out.push('auditorName');
  if (a.periodStart === null) out.push('periodStart');
  if (a.periodEnd === null || (a.periodStart !== null && a.periodEnd < a.periodStart)) out.push('periodEnd');
  if (!isAuditOpinion(a.opinion)) out.push('opinion');
  if (!a.reasonableAssurance) out.push('reasonableAssurance');
  if (!a.termsKept) out.push('termsKept');
  if (a.reportDocumentId === null) out.push('reportDocumentId');
  return out;
}

export function isAuditOpinion(v: unknown): v is AuditOpinion {
  return typeof v === 'string' && (AUDIT_OPINIONS as readonly string[]).includes(v);
}

/** Opinions that are not clean: the partnership's money is shown with a warning. */
export function isFlaggedOpinion(v: unknown): v is AuditFlag['opinion'] {
  return v === 'qualified' || v === 'adverse' || v === 'disclaimer';
}

/** The flag an audit raises, or null for a clean (or not yet given) opinion. */
export function auditFlagOf(a: { id: string; year: number; opinion: AuditOpinion | string | null }): AuditFlag | null {
  return isFlaggedOpinion(a.opinion) ? { year: a.year, opinion: a.opinion, auditId: a.id } : null;
}

/** The most recent flag (highest year), or null. */
export function latestAuditFlag(flags: readonly AuditFlag[]): AuditFlag | null {
  let latest: AuditFlag | null = null;
  for (const f of flags) if (latest === null || f.year > latest.year) latest = f;
  return latest;
}

/** Open findings (not closed): what the consolidated report counts as still to follow up. */
export function openFindings(findings: readonly AuditFinding[]): number {
  return findings.filter((f) => f.status !== 'closed').length;
}

export function isFindingStatus(v: unknown): v is AuditFinding['status'] {
  return typeof v === 'string' && (FINDING_STATUSES as readonly string[]).includes(v);
}

/** The audited period must not end before it starts. */
export function auditPeriodValid(start: string | null, end: string | null): boolean {
  return start === null || end === null || end >= start;
}
