import { describe, expect, it } from 'vitest';
import { parseTrackingFilters } from './url-filters';

describe('tracking filters in the query string', () => {
  it('keeps what the API accepts', () => {
    expect(parseTrackingFilters(new URLSearchParams('level=outcome&purpose=environment&owner=home&page=2'))).toEqual({
      filters: { level: 'outcome', purpose: 'environment', owner: 'home' },
      page: 2,
    });
  });

  it('drops activities (they have no indicators), unknown values and bad pages', () => {
    expect(parseTrackingFilters(new URLSearchParams('level=activity&purpose=%3Cscript%3E&owner=ks&page=-1'))).toEqual({ filters: {}, page: 1 });
  });
});
