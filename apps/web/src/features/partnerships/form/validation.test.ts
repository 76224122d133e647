import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { MIC_2013, type MunicipalityDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import { formFieldOf, validate } from './validation';
import type { FormValues } from './form-state';

const t = ((key: string, params?: Record<string, string | number>) => translate('en', key, params)) as unknown as TFunction;

const home: MunicipalityDto[] = [{ id: 'h1', name: 'Stord', country: 'NO', orgNumber: null, kind: 'home', region: null, version: 1 }];
const partner: MunicipalityDto[] = [
  { id: 'p1', name: 'San Juan Comalapa', country: 'GT', orgNumber: null, kind: 'partner', region: 'guatemala', version: 1 },
  { id: 'p2', name: 'Lyon', country: 'FR', orgNumber: null, kind: 'partner', region: null, version: 1 },
];

const valid: FormValues = {
  title: 'Stord – San Juan Comalapa',
  homeMunicipalityId: 'h1',
  partnerMunicipalityId: 'p1',
  fundingSource: 'norad',
  startYear: '2027',
  endYear: '2029',
  workingLanguage: 'es',
  purposes: ['environment'],
};

describe('partnership form validation', () => {
  it('finds nothing wrong with a partnership that keeps the rules', () => {
    expect(validate(t, valid, MIC_2013, home, partner)).toEqual({});
  });

  it('puts a third purpose at the purposes field, with the limit in the message', () => {
    const messages = validate(t, { ...valid, purposes: ['environment', 'participation', 'accountability'] }, MIC_2013, home, partner);
    expect(messages.purposes).toBe('A partnership can address at most 2 of the programme purposes.');
    expect(Object.keys(messages)).toEqual(['purposes']);
  });

  it('names the field of each broken rule', () => {
    const messages = validate(
      t,
      { ...valid, title: ' ', partnerMunicipalityId: 'p2', endYear: '2031', workingLanguage: '', startYear: '27' },
      MIC_2013,
      home,
      partner,
    );
    expect(messages.title).toBe('Enter a title.');
    expect(messages.partnerMunicipalityId).toContain('FR is not');
    expect(messages.workingLanguage).toBe('Choose a working language.');
    expect(messages.startYear).toContain('four digits');
    expect(messages.endYear).toBeDefined();
  });

  it('maps server field paths to form fields', () => {
    expect(formFieldOf('purposes.2')).toBe('purposes');
    expect(formFieldOf('endYear')).toBe('endYear');
    expect(formFieldOf('version')).toBe('');
  });
});
