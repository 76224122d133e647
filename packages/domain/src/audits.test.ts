import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditComplete, auditFlagOf, auditMissingFields, auditPeriodValid, isFlaggedOpinion, latestAuditFlag, openFindings, type AuditCompletenessFields } from './audits';
import { AUDIT_OPINIONS, type AuditFlag } from './reports-types';

const complete: AuditCompletenessFields = {
  firm: 'Revisjon Vest AS',
  auditorName: 'Ingrid Revisor',
  periodStart: '2027-01-01',
  periodEnd: '2029-12-31',
  opinion: 'qualified',
  reasonableAssurance: true,
  termsKept: true,
  reportDocumentId: '6f1c1f0e-8a4b-4d0e-9a57-6d7c2b0f1a11',
};

describe('auditComplete', () => {
  it('holds for an audit with everything the programme needs, whatever the opinion', () => {
    for (const opinion of AUDIT_OPINIONS) expect(auditComplete({ ...complete, opinion })).toBe(true);
    expect(auditMissingFields(complete)).toEqual([]);
  });

  it('fails, naming the field, when any one thing is missing', () => {
    const cases: [Partial<AuditCompletenessFields>, keyof AuditCompletenessFields][] = [
      [{ firm: '  ' }, 'firm'],
      [{ auditorName: '' }, 'auditorName'],
      [{ periodStart: null }, 'periodStart'],
      [{ periodEnd: null }, 'periodEnd'],
      [{ periodEnd: '2026-12-31' }, 'periodEnd'],
      [{ opinion: null }, 'opinion'],
      [{ opinion: 'clean' }, 'opinion'],
      [{ reasonableAssurance: false }, 'reasonableAssurance'],
      [{ termsKept: false }, 'termsKept'],
      [{ reportDocumentId: null }, 'reportDocumentId'],
    ];
    for (const [over, field] of cases) {
      expect(auditComplete({ ...complete, ...over })).toBe(false);
      expect(auditMissingFields({ ...complete, ...over })).toEqual([field]);
    }
  });

  it('is complete exactly when nothing is missing (property)', () => {
    const audit = fc.record({
      firm: fc.constantFrom('', ' ', 'Firm'),
      auditorName: fc.constantFrom('', 'Auditor'),
      periodStart: fc.constantFrom(null, '2027-01-01', '2028-06-30'),
      periodEnd: fc.constantFrom(null, '2027-12-31', '2028-01-01'),
      opinion: fc.constantFrom(null, 'unmodified', 'qualified', 'adverse', 'disclaimer', 'other'),
      reasonableAssurance: fc.boolean(),
      termsKept: fc.boolean(),
      reportDocumentId: fc.constantFrom(null, 'doc'),
    });
    fc.assert(fc.property(audit, (a) => auditComplete(a) === (auditMissingFields(a).length === 0)));
  });
});

describe('audit flags', () => {
  it('are raised by qualified, adverse and disclaimer opinions only', () => {
    expect(AUDIT_OPINIONS.filter(isFlaggedOpinion)).toEqual(['qualified', 'adverse', 'disclaimer']);
    expect(auditFlagOf({ id: 'a1', year: 2029, opinion: 'adverse' })).toEqual({ year: 2029, opinion: 'adverse', auditId: 'a1' });
    expect(auditFlagOf({ id: 'a1', year: 2029, opinion: 'unmodified' })).toBeNull();
    expect(auditFlagOf({ id: 'a1', year: 2029, opinion: null })).toBeNull();
  });

  it('the latest is the one of the highest year, whatever the order', () => {
    const flags: AuditFlag[] = [
      { year: 2028, opinion: 'adverse', auditId: 'b' },
      { year: 2027, opinion: 'qualified', auditId: 'a' },
    ];
    expect(latestAuditFlag(flags)).toEqual(flags[0]);
    expect(latestAuditFlag([...flags].reverse())).toEqual(flags[0]);
    expect(latestAuditFlag([])).toBeNull();
  });
});

describe('findings and periods', () => {
  it('counts the findings not closed', () => {
    const f = (status: 'open' | 'in_progress' | 'closed') => ({ id: status, finding: 'x', action: 'y', due: null, status });
    expect(openFindings([f('open'), f('in_progress'), f('closed')])).toBe(2);
  });

  it('accepts a period of one day and refuses one that ends before it starts', () => {
    expect(auditPeriodValid('2029-01-01', '2029-01-01')).toBe(true);
    expect(auditPeriodValid('2029-01-02', '2029-01-01')).toBe(false);
    expect(auditPeriodValid(null, '2029-01-01')).toBe(true);
  });
});
