import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { auditFieldOf, auditTarget, emptyAudit, newFinding, toAuditInput, validateAudit } from './audit-form';
import { unauditedYears } from './AuditsPage';

const t = ((key: string) => key) as unknown as TFunction;

describe('the audit form', () => {
  it('lets an incomplete audit be saved, but not one without its year or with a period ending before it starts', () => {
    expect(validateAudit(t, emptyAudit('2025'), true)).toEqual({});
    expect(validateAudit(t, emptyAudit(), true)).toEqual({ year: 'audits.form.yearRequired' });
    expect(validateAudit(t, emptyAudit(), false)).toEqual({});
    const v = { ...emptyAudit('2025'), periodStart: '2025-12-31', periodEnd: '2025-01-01' };
    expect(validateAudit(t, v, true)).toEqual({ periodEnd: 'audits.form.periodInvalid' });
  });

  it('refuses a finding without its text and leads the summary to it', () => {
    const empty = newFinding();
    const v = { ...emptyAudit('2025'), findings: [{ ...newFinding(), finding: 'Receipts missing' }, empty] };
    expect(validateAudit(t, v, true)).toEqual({ findings: 'audits.form.findingsInvalid' });
    expect(auditTarget(v, t)('findings')).toBe('audit-finding-1-finding');
  });

  it('sends empty choices as null and trims the texts', () => {
    const v = {
      ...emptyAudit('2025'),
      firm: ' Revisjon Vest AS ',
      opinion: 'qualified' as const,
      findings: [{ id: 'f1', finding: ' Receipts missing ', action: '', due: '', status: 'open' as const }],
    };
    expect(toAuditInput(v)).toEqual({
      firm: 'Revisjon Vest AS',
      auditorName: '',
      periodStart: null,
      periodEnd: null,
      standard: 'ISA 805',
      opinion: 'qualified',
      reasonableAssurance: false,
      termsKept: false,
      reportDocumentId: null,
      managementLetterDocumentId: null,
      findings: [{ id: 'f1', finding: 'Receipts missing', action: '', due: null, status: 'open' }],
    });
  });

  it('puts a server error on its field', () => {
    expect(auditFieldOf('findings.3.due')).toBe('findings');
    expect(auditFieldOf('reportDocumentId')).toBe('reportDocumentId');
    expect(auditFieldOf('')).toBe('');
  });
});

describe('the years still to audit', () => {
  it('are the project years without an audit, latest first', () => {
    expect(unauditedYears(2023, 2026, [{ year: 2024 }, { year: 2026 }])).toEqual([2025, 2023]);
  });
});
