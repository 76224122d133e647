import type { TFunction } from 'i18next';
import { AUDIT_LIMITS, isAuditOpinion, type AuditDto, type AuditFinding, type AuditOpinion, type FindingStatus } from '@mic/domain';
import type { FieldErrors } from '../../lib/useFormErrors';
import type { AuditInput } from './audits-api';

export const AUDIT_FIELDS = ['year', 'firm', 'auditorName', 'periodStart', 'periodEnd', 'standard', 'opinion', 'reportDocumentId', 'managementLetterDocumentId', 'findings'] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

export interface FindingValues {
  id: string;
  finding: string;
  action: string;
  due: string;
  status: FindingStatus;
}

export interface AuditFormValues {
  year: string;
  firm: string;
  auditorName: string;
  periodStart: string;
  periodEnd: string;
  standard: string;
  opinion: AuditOpinion | '';
  reasonableAssurance: boolean;
  termsKept: boolean;
  reportDocumentId: string;
  managementLetterDocumentId: string;
  findings: FindingValues[];
}

export const DEFAULT_STANDARD = 'ISA 805';

export const auditControlId = (field: AuditField | 'reasonableAssurance' | 'termsKept') => `audit-${field}`;
export const findingControlId = (index: number, part: 'finding' | 'action' | 'due' | 'status') => `audit-finding-${index}-${part}`;

export function emptyAudit(year = ''): AuditFormValues {
  return {
    year,
    firm: '',
    auditorName: '',
    periodStart: '',
    periodEnd: '',
    standard: DEFAULT_STANDARD,
    opinion: '',
    reasonableAssurance: false,
    termsKept: false,
    reportDocumentId: '',
    managementLetterDocumentId: '',
    findings: [],
  };
}

export function valuesOfAudit(a: AuditDto): AuditFormValues {
  return {
    year: String(a.year),
    firm: a.firm,
    auditorName: a.auditorName,
    periodStart: a.periodStart ?? '',
    periodEnd: a.periodEnd ?? '',
    standard: a.standard || DEFAULT_STANDARD,
    opinion: a.opinion ?? '',
    reasonableAssurance: a.reasonableAssurance,
    termsKept: a.termsKept,
    reportDocumentId: a.reportDocumentId ?? '',
    managementLetterDocumentId: a.managementLetterDocumentId ?? '',
    findings: a.findings.map((f) => ({ ...f, due: f.due ?? '' })),
  };
}

export function newFinding(): FindingValues {
  return { id: crypto.randomUUID(), finding: '', action: '', due: '', status: 'open' };
}

export function toAuditInput(v: AuditFormValues): AuditInput {
  const findings: AuditFinding[] = v.findings.map((f) => ({ id: f.id, finding: f.finding.trim(), action: f.action.trim(), due: f.due || null, status: f.status }));
  return {
    firm: v.firm.trim(),
    auditorName: v.auditorName.trim(),
    periodStart: v.periodStart || null,
    periodEnd: v.periodEnd || null,
    standard: v.standard.trim() || DEFAULT_STANDARD,
    opinion: isAuditOpinion(v.opinion) ? v.opinion : null,
    reasonableAssurance: v.reasonableAssurance,
    termsKept: v.termsKept,
    reportDocumentId: v.reportDocumentId || null,
    managementLetterDocumentId: v.managementLetterDocumentId || null,
    findings,
  };
}

/** What is wrong with one finding row: it needs its text; the texts are bounded. */
export function findingErrors(t: TFunction, f: FindingValues): { finding?: string; action?: string } {
  const out: { finding?: string; action?: string } = {};
  if (!f.finding.trim()) out.finding = t('audits.form.findingRequired');
  else if (f.finding.length > AUDIT_LIMITS.finding) out.finding = t('audits.form.tooLong', { max: AUDIT_LIMITS.finding });
  if (f.action.length > AUDIT_LIMITS.finding) out.action = t('audits.form.tooLong', { max: AUDIT_LIMITS.finding });
  return out;
}

/**
 * What stops a save. An incomplete audit may be saved (and completed later); only what can never be
 * right is refused here: no year for a new audit, texts too long, a period ending before it starts, a
 * finding without its text.
 */
export function validateAudit(t: TFunction, v: AuditFormValues, creating: boolean): FieldErrors<AuditField> {
  const e: FieldErrors<AuditField> = {};
  if (creating && !/^\d{4}$/.test(v.year)) e.year = t('audits.form.yearRequired');
  for (const f of ['firm', 'auditorName', 'standard'] as const) {
    if (v[f].length > AUDIT_LIMITS.text) e[f] = t('audits.form.tooLong', { max: AUDIT_LIMITS.text });
  }
  if (v.periodStart && v.periodEnd && v.periodEnd < v.periodStart) e.periodEnd = t('audits.form.periodInvalid');
  if (v.findings.length > AUDIT_LIMITS.findings) e.findings = t('audits.form.tooManyFindings', { max: AUDIT_LIMITS.findings });
  else if (v.findings.some((f) => Object.keys(findingErrors(t, f)).length)) e.findings = t('audits.form.findingsInvalid');
  return e;
}

/** Where the summary's "findings" message leads: the first row with something wrong, else the add button. */
export function auditTarget(v: AuditFormValues, t: TFunction) {
  return (field: AuditField): string => {
    if (field !== 'findings') return auditControlId(field);
    const i = v.findings.findIndex((f) => Object.keys(findingErrors(t, f)).length);
    if (i < 0) return 'audit-add-finding';
    return findingControlId(i, findingErrors(t, v.findings[i]!).finding ? 'finding' : 'action');
  };
}

/** The form field a server error's path belongs to ("findings.2.finding" → findings; "reasonableAssurance" → none). */
export function auditFieldOf(path: string): AuditField | '' {
  const head = path.split('.')[0] ?? '';
  return (AUDIT_FIELDS as readonly string[]).includes(head) ? (head as AuditField) : '';
}
