import { describe, expect, it } from 'vitest';
import { parseReportsFilters } from './overview-filters';

const parse = (qs: string) => parseReportsFilters(new URLSearchParams(qs), new Date('2026-03-01T12:00:00Z'));

describe('the reports overview filters from the address', () => {
  it('opens on last year, the first page, no filters', () => {
    expect(parse('')).toEqual({ filters: { year: '2025' }, page: 1 });
  });

  it('keeps a known status, a funding code, a search and the page', () => {
    expect(parse('year=2024&status=overdue&funding=norad&q=%20Stord%20&page=3')).toEqual({
      filters: { year: '2024', status: 'overdue', funding: 'norad', q: 'Stord' },
      page: 3,
    });
  });

  it('drops what the API would refuse', () => {
    expect(parse('year=24&status=lost&funding=no%20rad')).toEqual({ filters: { year: '2025' }, page: 1 });
  });
});
