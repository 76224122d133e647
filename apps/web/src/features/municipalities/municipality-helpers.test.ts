import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { COUNTRY_CODES, MIC_2013 } from '@mic/domain';
import { translate } from '@mic/i18n';
import type { Option, OptionGroup } from '../../components/SelectField';
import { countryName } from '../../lib/format';
import { countryOptions } from './country-options';
import { parseMunicipalityFilters } from './url-filters';
import { municipalityFieldOf, orgNumberTyped, toMunicipalityInput, validateMunicipality } from './validation';

const t = ((key: string, params?: Record<string, string | number>) => translate('en', key, params)) as unknown as TFunction;

describe('country options', () => {
  const names = (lang: string) => ({
    country: (c: string) => countryName(c, lang),
    region: (r: { code: string }) => r.code,
    regionGroup: (r: string) => `Region ${r}`,
    other: 'Other',
    lang,
  });

  it('puts Norway first, then the programme regions, then every other country once', () => {
    const options = countryOptions(MIC_2013.regions, names('es'));
    expect(options[0]).toEqual({ value: 'NO', label: 'Noruega' });
    const groups = options.slice(1) as OptionGroup[];
    expect(groups.map((g) => g.label)).toEqual([...MIC_2013.regions.map((r) => `Region ${r.code}`), 'Other']);
    const values = options.flatMap((o) => ('options' in o ? o.options : [o])).map((o: Option) => o.value);
    expect(new Set(values).size).toBe(values.length);
    expect([...values].sort()).toEqual([...COUNTRY_CODES].sort());
  });

  it('sorts each group by the name in the interface language', () => {
    const other = (countryOptions([], names('nb')).at(-1) as OptionGroup).options.map((o) => o.label);
    expect(other).toEqual([...other].sort((a, b) => a.localeCompare(b, 'nb')));
    expect(other).toContain('Tyskland');
  });
});

describe('municipality form validation', () => {
  it('accepts a Norwegian municipality with a valid organisation number, spaces allowed', () => {
    expect(validateMunicipality(t, { name: 'Oslo', country: 'NO', orgNumber: '958 935 420' })).toEqual({});
  });

  it('checks the organisation number of a Norwegian municipality only', () => {
    expect(validateMunicipality(t, { name: 'Oslo', country: 'NO', orgNumber: '958935421' }).orgNumber).toBe(
      translate('en', 'errors.ORG_NUMBER_INVALID'),
    );
    expect(validateMunicipality(t, { name: 'Comalapa', country: 'GT', orgNumber: 'GT-123' })).toEqual({});
  });

  it('asks for a name and a country', () => {
    const messages = validateMunicipality(t, { name: '  ', country: '', orgNumber: '' });
    expect(messages).toEqual({ name: 'Enter the name of the municipality.', country: 'Choose a country.' });
    expect(validateMunicipality(t, { name: 'x'.repeat(201), country: 'GT', orgNumber: '' }).name).toContain('200');
  });

  it('judges an organisation number once it is typed in full', () => {
    expect(orgNumberTyped('958 93')).toBe(false);
    expect(orgNumberTyped('958 935 42')).toBe(false);
    expect(orgNumberTyped('958 935 420')).toBe(true);
    expect(orgNumberTyped('95-8')).toBe(true);
  });

  it('sends trimmed values and no organisation number as null', () => {
    expect(toMunicipalityInput({ name: ' Stord ', country: 'NO', orgNumber: ' ' })).toEqual({ name: 'Stord', country: 'NO', orgNumber: null });
  });

  it('maps server field paths to form fields', () => {
    expect(municipalityFieldOf('orgNumber')).toBe('orgNumber');
    expect(municipalityFieldOf('name')).toBe('name');
    expect(municipalityFieldOf('id')).toBe('');
  });
});

describe('municipality filters in the query string', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(parseMunicipalityFilters(new URLSearchParams('search=%20sto%20&country=gt&kind=partner&page=3'))).toEqual({
      filters: { search: 'sto', country: 'GT', kind: 'partner' },
      page: 3,
    });
    expect(parseMunicipalityFilters(new URLSearchParams('country=Norway&kind=other&page=-2'))).toEqual({ filters: {}, page: 1 });
  });
});
