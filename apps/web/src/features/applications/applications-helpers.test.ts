import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { ApplicationDto } from '@mic/domain';
import { applicationFieldOf, budgetYears, parseNok, toContent, validateApplication, valuesOfApplication } from './form/application-form';
import { parseOverviewFilters } from './overview/overview-filters';
import { nextApplicationYear } from './PartnershipApplications';

const t = ((key: string) => key) as unknown as TFunction;

const app = (over: Partial<ApplicationDto> = {}) =>
  ({
    year: 2027,
    content: {
      summary: 'Waste',
      purposes: ['p1'],
      coreTasks: { home: '', partner: 'Waste collection' },
      principles: { sustainability: '', coherence: '', recipientResponsibility: '', nationalMobilisation: '', ownCompetence: '', otherDonors: [{ donor: 'UNDP', area: 'Waste', amount: 12_345_050 }] },
      strategicGoals: '',
      budgetRequested: [{ year: 2027, amount: 15_000_000 }],
    },
    missing: [{ code: 'budget_missing', section: 'budget', target: { area: 'application', section: 'budget' }, params: { year: 2028 }, path: '' }],
    ...over,
  }) as ApplicationDto;

describe('amounts in NOK', () => {
  it('reads kroner as people type them and gives øre', () => {
    expect(parseNok('150000')).toBe(15_000_000);
    expect(parseNok('150 000')).toBe(15_000_000);
    expect(parseNok('150,000')).toBe(15_000_000);
    expect(parseNok('1.250.000')).toBe(125_000_000);
    expect(parseNok('1500,50')).toBe(150_050);
    expect(parseNok('kr 2 000')).toBe(200_000);
    expect(parseNok('')).toBeNull();
    expect(parseNok('-5')).toBeNull();
    expect(parseNok('ten')).toBeNull();
  });
});

describe('application form', () => {
  it('asks a budget for every year applied for or still missing, and sends øre back', () => {
    expect(budgetYears(app())).toEqual([2027, 2028]);
    const values = valuesOfApplication(app());
    expect(values.budget).toEqual([{ year: 2027, amount: '150000' }, { year: 2028, amount: '' }]);
    expect(values.otherDonors[0]).toMatchObject({ donor: 'UNDP', amount: '123450.50' });
    const content = toContent({ ...values, summary: '  Waste  ' });
    expect(content.summary).toBe('Waste');
    expect(content.budgetRequested).toEqual([{ year: 2027, amount: 15_000_000 }]);
    expect(content.principles.otherDonors).toEqual([{ donor: 'UNDP', area: 'Waste', amount: 12_345_050 }]);
  });

  it('holds to the purpose limit and readable amounts; missing answers are left to the completeness check', () => {
    const values = valuesOfApplication(app());
    expect(validateApplication(t, values, 2)).toEqual({});
    const wrong = { ...values, purposes: ['a', 'b', 'c'], budget: [{ year: 2027, amount: 'lots' }], otherDonors: [{ ...values.otherDonors[0]!, donor: ' ' }] };
    expect(Object.keys(validateApplication(t, wrong, 2)).sort()).toEqual(['budget.2027', 'principles.otherDonors.0.donor', 'purposes']);
  });

  it('puts the server’s field errors on the form’s fields, a budget line by the year it was sent for', () => {
    const fieldOf = applicationFieldOf(valuesOfApplication(app()));
    expect(fieldOf('content.summary')).toBe('summary');
    expect(fieldOf('content.budgetRequested.0.amount')).toBe('budget.2027');
    expect(fieldOf('principles.otherDonors.0.amount')).toBe('principles.otherDonors.0.amount');
    expect(fieldOf('version')).toBe('');
  });
});

describe('overview filters and the next year to apply for', () => {
  it('keeps only values the API accepts and opens on next year', () => {
    const now = new Date('2026-05-01T12:00:00Z');
    expect(parseOverviewFilters(new URLSearchParams('status=nonsense&year=20x6&q=%20Stord%20'), now)).toEqual({ filters: { year: '2027', q: 'Stord' }, page: 1 });
    expect(parseOverviewFilters(new URLSearchParams('status=returned&funding=mfa&year=2026&page=3'), now)).toEqual({
      filters: { year: '2026', status: 'returned', funding: 'mfa' },
      page: 3,
    });
  });

  it('offers the first year of the period from now on without an application', () => {
    expect(nextApplicationYear({ startYear: 2025, endYear: 2028 }, [{ year: 2026 }], 2026)).toBe(2027);
    expect(nextApplicationYear({ startYear: 2027, endYear: 2028 }, [], 2026)).toBe(2027);
    expect(nextApplicationYear({ startYear: 2024, endYear: 2026 }, [{ year: 2026 }], 2026)).toBeNull();
  });
});
