import { describe, expect, it } from 'vitest';
import { parseFundsFilters, parsePlanFilters, planStartMonths } from './payments-filters';

const now = new Date(2027, 2, 15);
const q = (s: string) => new URLSearchParams(s);

describe('payments filters from the query string', () => {
  it('opens the funds on this year and keeps a valid funding code and page', () => {
    expect(parseFundsFilters(q(''), now)).toEqual({ filters: { year: '2027' }, page: 1 });
    expect(parseFundsFilters(q('year=2026&funding=norad&page=3'), now)).toEqual({ filters: { year: '2026', funding: 'norad' }, page: 3 });
  });

  it('ignores a year or funding code the API would refuse', () => {
    expect(parseFundsFilters(q('year=26&funding=%3Cscript%3E'), now).filters).toEqual({ year: '2027' });
  });

  it('starts the plan this month for six months unless asked otherwise', () => {
    expect(parsePlanFilters(q(''), now).filters).toEqual({ from: '2027-03', months: '6' });
    expect(parsePlanFilters(q('from=2026-11&months=12&status=withheld&funding=ministry'), now).filters).toEqual({
      from: '2026-11',
      months: '12',
      status: 'withheld',
      funding: 'ministry',
    });
  });

  it('drops a month, a number of months or a status out of range', () => {
    expect(parsePlanFilters(q('from=2027-13&months=25&status=lost'), now).filters).toEqual({ from: '2027-03', months: '6' });
    expect(parsePlanFilters(q('months=0'), now).filters.months).toBe('6');
  });

  it('offers start months from a year back to two years ahead', () => {
    const months = planStartMonths(now);
    expect(months[0]).toBe('2026-03');
    expect(months).toContain('2027-03');
    expect(months.at(-1)).toBe('2029-03');
  });
});
