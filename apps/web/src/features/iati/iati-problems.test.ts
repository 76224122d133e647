import { describe, expect, it } from 'vitest';
import { IATI_PROBLEM_CODES } from '@mic/domain';
import { fixPath } from './iati-problems';

describe('where an IATI problem is fixed', () => {
  it('leads every problem somewhere: a page of the partnership, the programme settings or the sectors on the check page', () => {
    for (const code of IATI_PROBLEM_CODES) expect(fixPath(code, 'p1')).toMatch(/^(\/partnerships\/p1(\/|$)|\/programme$|#iati-settings)/);
  });

  it('sends each to the page that holds the missing part', () => {
    expect(fixPath('no_budget', 'p1')).toBe('/partnerships/p1/budget');
    expect(fixPath('no_transactions', 'p1')).toBe('/partnerships/p1/payments');
    expect(fixPath('no_results', 'p1')).toBe('/partnerships/p1/results');
    expect(fixPath('no_partner_country', 'p1')).toBe('/partnerships/p1/edit');
    expect(fixPath('no_purpose_sector', 'p1', { purpose: 'environment' })).toBe('#iati-settings-heading');
  });

  it('opens the indicator itself when the check says which one, else the results framework', () => {
    expect(fixPath('indicator_without_target', 'p1', { indicator: 'Waste collected', indicatorId: 'i 9' })).toBe('/partnerships/p1/results/indicators/i%209/edit');
    expect(fixPath('indicator_without_baseline', 'p1', { indicator: 'Waste collected' })).toBe('/partnerships/p1/results');
  });
});
