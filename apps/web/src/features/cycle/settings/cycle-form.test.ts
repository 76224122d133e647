import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { MIC_2013_CYCLE } from '@mic/domain';
import { translate } from '@mic/i18n';
import { cycleFieldOf, cycleValuesOf, newStep, stepPath, toProgrammeCycle, validateCycle, yearsPath } from './cycle-form';

const t = ((key: string, params?: Record<string, string | number>) => translate('nb', key, params)) as unknown as TFunction;
const dto = { ...MIC_2013_CYCLE, version: 3, updatedAt: '2026-11-27T10:00:00Z' };
const SOURCES = ['norad', 'mfa'];

describe('the cycle settings form', () => {
  it('gives back the cycle it was loaded with', () => {
    const values = cycleValuesOf(dto);
    expect(values.reminderDays).toBe('30, 7, 1');
    expect(values.cycles[1]!.programmeApplicationYears).toBe('2024, 2027, 2030');
    expect(toProgrammeCycle(values)).toEqual(MIC_2013_CYCLE);
    expect(validateCycle(t, values, SOURCES)).toEqual({});
  });

  it('refuses reminder days that are not whole numbers from 0 to 365, in the user’s language', () => {
    const values = cycleValuesOf(dto);
    const message = translate('nb', 'errors.REMINDER_DAYS_INVALID');
    expect(validateCycle(t, { ...values, reminderDays: '30, 7, 400' }, SOURCES)).toEqual({ reminderDays: message });
    expect(validateCycle(t, { ...values, reminderDays: '30, sju' }, SOURCES)).toEqual({ reminderDays: message });
    expect(validateCycle(t, { ...values, reminderDays: '7, 7' }, SOURCES)).toEqual({ reminderDays: message });
    expect(toProgrammeCycle({ ...values, reminderDays: '14;3 1' }).reminderDays).toEqual([14, 3, 1]);
  });

  it('puts each step’s problems at its own field', () => {
    const values = cycleValuesOf(dto);
    const norad = values.cycles[0]!;
    const report = norad.steps.findIndex((s) => s.kind === 'annual_report');
    const steps = norad.steps.map((s, i) => (i === report ? { ...s, yearOffset: '0' } : s));
    steps.push({ ...newStep(), code: 'instalment-1', day: '30', month: '2' });
    const errors = validateCycle(t, { ...values, cycles: [{ ...norad, steps, programmeApplicationYears: '27' }, values.cycles[1]!] }, SOURCES);
    const added = steps.length - 1;
    expect(errors).toEqual({
      [yearsPath(0)]: translate('nb', 'cycle.settings.yearsInvalid'),
      [stepPath(0, report, 'yearOffset')]: translate('nb', 'errors.CYCLE_REPORT_BEFORE_YEAR_END'),
      [stepPath(0, added, 'code')]: translate('nb', 'errors.CYCLE_STEP_INVALID'),
      [stepPath(0, added, 'day')]: translate('nb', 'errors.CYCLE_STEP_DATE_INVALID'),
      [stepPath(0, added, 'name.en')]: translate('nb', 'cycle.settings.nameRequired'),
    });
  });

  it('maps the server’s field paths to the nearest field of the form', () => {
    const values = cycleValuesOf(dto);
    expect(cycleFieldOf(values, 'reminderDays.2')).toBe('reminderDays');
    expect(cycleFieldOf(values, 'cycles.1.steps.0.name')).toBe('cycles.1.steps.0.name.en');
    expect(cycleFieldOf(values, 'cycles.0.steps.3')).toBe('cycles.0.steps.3.code');
    expect(cycleFieldOf(values, 'cycles.0.steps.3.month')).toBe('cycles.0.steps.3.month');
    expect(cycleFieldOf(values, 'cycles.0.fundingSource')).toBe('');
  });
});
