import { describe, expect, it } from 'vitest';
import { openDataUrl, iatiActivityUrl } from './public-api';
import { parsePublicFilters } from './url-filters';

describe('the public list as a shared link asks for it', () => {
  it('keeps the filters the API accepts, under the names of the address', () => {
    const { filters, page } = parsePublicFilters(new URLSearchParams('q= Stord &country=gt&region=guatemala&purpose=environment&funding=norad&status=active&year=2025&page=3'));
    expect(filters).toEqual({ q: 'Stord', country: 'GT', region: 'guatemala', purpose: 'environment', funding: 'norad', status: 'active', year: '2025' });
    expect(page).toBe(3);
  });

  it('drops a mistyped year or country and an empty value, so the list shows instead of an error', () => {
    const { filters, page } = parsePublicFilters(new URLSearchParams('year=20x5&country=Guatemala&q=&page=-2'));
    expect(filters).toEqual({});
    expect(page).toBe(1);
  });
});

describe('download addresses', () => {
  it('carry the same filters as the list, and nothing for filters not set', () => {
    expect(openDataUrl('partnerships', 'csv', { country: 'GT', q: 'agua y saneamiento' })).toBe('/api/public/data/partnerships.csv?country=GT&q=agua+y+saneamiento');
    expect(openDataUrl('results', 'json')).toBe('/api/public/data/results.json');
    expect(iatiActivityUrl('8dba1682-181a-4137-8f24-012bc8ae303c')).toBe('/api/iati/activities/8dba1682-181a-4137-8f24-012bc8ae303c.xml');
  });
});
