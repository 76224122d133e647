import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  checkCycleDate,
  checkProgrammeCycle,
  daysBetween,
  deadlinesForYear,
  isDue,
  isIsoDate,
  isDeadlineOverdue,
  partnershipDeadlines,
  reminderDue,
} from './cycle';
import { MIC_2013_CYCLE } from './cycle-defaults';
import type { CycleStep, FundingCycle, ProgrammeCycle } from './cycle-types';

const norad = MIC_2013_CYCLE.cycles.find((c) => c.fundingSource === 'norad')!;
const mfa = MIC_2013_CYCLE.cycles.find((c) => c.fundingSource === 'mfa')!;
const year = fc.integer({ min: 2000, max: 2100 });

const stepArb: fc.Arbitrary<CycleStep> = fc
  .record({
    kind: fc.constantFrom('annual_application', 'programme_application', 'instalment', 'annual_report', 'network_meeting' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    tba: fc.boolean(),
    yearOffset: fc.integer({ min: -2, max: 2 }),
    recurrence: fc.constantFrom('every_year', 'programme_application_year' as const),
    audience: fc.constantFrom('partnership', 'programme_office' as const),
  })
  .map((r) => ({
    code: `step-${r.kind}-${r.month}-${r.day}`,
    kind: r.kind,
    name: { en: r.kind },
    day: r.tba ? null : r.day,
    month: r.tba ? null : r.month,
    yearOffset: r.kind === 'annual_report' ? Math.max(1, r.yearOffset) : r.yearOffset,
    recurrence: r.recurrence,
    audience: r.audience,
  }));

describe('the annual cycle', () => {
  it('gives the dates of Appendix 1 for a Norad-funded year', () => {
    const dates = Object.fromEntries(deadlinesForYear(norad, 2027).map((d) => [d.stepCode, d.date]));
    expect(dates).toEqual({
      'annual-application': '2026-10-01',
      'programme-application': '2026-11-01',
      'instalment-1': '2027-03-01',
      'instalment-2': '2027-10-01',
      'annual-report': '2028-04-15',
      'network-meeting': null,
    });
  });

  it('gives the Ministry its applications only in a programme-application year', () => {
    const inYear = deadlinesForYear(mfa, 2027).map((d) => d.stepCode);
    const outYear = deadlinesForYear(mfa, 2028).map((d) => d.stepCode);
    expect(inYear).toContain('annual-application');
    expect(inYear).toContain('programme-application');
    expect(outYear).not.toContain('annual-application');
    expect(outYear).not.toContain('programme-application');
    expect(deadlinesForYear(mfa, 2027).find((d) => d.stepCode === 'annual-report')?.date).toBe('2028-09-01');
  });

  it('uses a date the programme office set for a year, and "to be announced" until then', () => {
    const before = deadlinesForYear(norad, 2027).find((d) => d.stepCode === 'network-meeting')!;
    expect(before).toMatchObject({ date: null, dateSource: 'tba' });
    const set = [{ fundingSource: 'norad', year: 2027, stepCode: 'network-meeting', date: '2027-05-20' }];
    expect(deadlinesForYear(norad, 2027, set).find((d) => d.stepCode === 'network-meeting')).toMatchObject({ date: '2027-05-20', dateSource: 'set' });
    expect(deadlinesForYear(norad, 2028, set).find((d) => d.stepCode === 'network-meeting')?.date).toBeNull();
  });

  it('every computed date is a real date, for any configured cycle and year', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), year, fc.array(year, { maxLength: 3 }), (steps, y, appYears) => {
        const cycle: FundingCycle = { fundingSource: 'x', steps, programmeApplicationYears: appYears };
        for (const d of deadlinesForYear(cycle, y)) {
          if (d.date !== null) expect(isIsoDate(d.date)).toBe(true);
        }
      }),
    );
  });

  it('the report for year Y is always due after year Y ends', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 8 }), year, (steps, y) => {
        const cycle: ProgrammeCycle = { reminderDays: [30], cycles: [{ fundingSource: 'x', steps, programmeApplicationYears: [y] }] };
        expect(checkProgrammeCycle(cycle, ['x']).filter((v) => v.code === 'CYCLE_REPORT_BEFORE_YEAR_END')).toEqual([]);
        for (const d of deadlinesForYear(cycle.cycles[0]!, y)) {
          if (d.kind === 'annual_report' && d.date) expect(d.date > `${y}-12-31`).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(year, (y) => {
        for (const c of MIC_2013_CYCLE.cycles) {
          const report = deadlinesForYear(c, y).find((d) => d.kind === 'annual_report')!;
          expect(report.date! > `${y}-12-31`).toBe(true);
        }
      }),
    );
  });

  it('a Norad partnership gets two instalments a year, a Ministry one gets one', () => {
    fc.assert(
      fc.property(year, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 4 }), (start, length, offset) => {
        const y = start + Math.min(offset, length);
        const instalments = (fundingSource: string) =>
          partnershipDeadlines({ fundingSource, startYear: start, endYear: start + length }, y, MIC_2013_CYCLE).filter((d) => d.kind === 'instalment');
        expect(instalments('norad')).toHaveLength(2);
        expect(instalments('mfa')).toHaveLength(1);
      }),
    );
  });

  it('a partnership has no deadlines outside its project period and none of the programme office', () => {
    const p = { fundingSource: 'norad', startYear: 2026, endYear: 2028 };
    expect(partnershipDeadlines(p, 2025, MIC_2013_CYCLE)).toEqual([]);
    expect(partnershipDeadlines(p, 2029, MIC_2013_CYCLE)).toEqual([]);
    expect(partnershipDeadlines(p, 2027, MIC_2013_CYCLE).map((d) => d.audience)).not.toContain('programme_office');
  });

  it('refuses a report date in its own year and standing dates that do not exist every year', () => {
    const report = norad.steps.find((s) => s.kind === 'annual_report')!;
    expect(checkCycleDate(report, 2027, '2027-12-31')[0]?.code).toBe('CYCLE_REPORT_BEFORE_YEAR_END');
    expect(checkCycleDate(report, 2027, '2028-01-01')).toEqual([]);
    expect(checkCycleDate(report, 2027, '2028-02-30')[0]?.code).toBe('CYCLE_STEP_DATE_INVALID');
    const leap: ProgrammeCycle = { reminderDays: [30, 30], cycles: [{ fundingSource: 'norad', programmeApplicationYears: [], steps: [{ ...report, day: 29, month: 2 }] }] };
    expect(checkProgrammeCycle(leap, ['norad']).map((v) => v.code)).toEqual(['REMINDER_DAYS_INVALID', 'CYCLE_STEP_DATE_INVALID']);
    expect(checkProgrammeCycle(MIC_2013_CYCLE, ['norad', 'mfa'])).toEqual([]);
    expect(checkProgrammeCycle(MIC_2013_CYCLE, ['norad'])[0]?.code).toBe('FUNDING_SOURCE_UNKNOWN');
  });
});

describe('what is due and what to remind of', () => {
  const report = { kind: 'annual_report' as const, date: '2027-04-15' };
  const instalment = { kind: 'instalment' as const, date: '2027-03-01' };

  it('is overdue only for things to do, after the day, while not met', () => {
    expect(isDeadlineOverdue(report, '2027-04-15', false)).toBe(false);
    expect(isDeadlineOverdue(report, '2027-04-16', false)).toBe(true);
    expect(isDeadlineOverdue(report, '2027-04-16', true)).toBe(false);
    expect(isDeadlineOverdue(instalment, '2027-05-01', false)).toBe(false);
  });

  it('shows in the due panel within 90 days ahead or when overdue', () => {
    expect(isDue(report, '2027-01-15', false)).toBe(true);
    expect(isDue(report, '2027-01-14', false)).toBe(false);
    expect(isDue(report, '2027-09-01', false)).toBe(true);
    expect(isDue({ kind: 'network_meeting', date: null }, '2027-01-01', false)).toBe(false);
  });

  it('reminds on the nearest configured day reached, and once overdue within the window', () => {
    const days = [30, 7, 1];
    expect(reminderDue(report, '2027-03-15', days, false)).toBeNull();
    expect(reminderDue(report, '2027-03-16', days, false)).toBe('before-30');
    expect(reminderDue(report, '2027-04-10', days, false)).toBe('before-7');
    expect(reminderDue(report, '2027-04-15', days, false)).toBe('before-1');
    expect(reminderDue(report, '2027-04-16', days, false)).toBe('overdue');
    expect(reminderDue(report, '2027-06-01', days, false)).toBeNull();
    expect(reminderDue(report, '2027-04-16', days, true)).toBeNull();
    expect(reminderDue(instalment, '2027-03-05', days, false)).toBeNull();
  });

  it('date arithmetic agrees with itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -3_000, max: 3_000 }), (base, n) => {
        const from = addDays('1990-01-01', base);
        expect(daysBetween(from, addDays(from, n))).toBe(n);
        expect(isIsoDate(addDays(from, n))).toBe(true);
      }),
    );
  });
});
