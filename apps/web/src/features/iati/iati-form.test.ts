import { describe, expect, it } from 'vitest';
import { DEFAULT_IATI_SETTINGS } from '@mic/domain';
import { checkIatiForm, parseSectors, toFormValues, toSettings } from './iati-form';

const purposes = ['service-delivery', 'environment', 'participation', 'accountability'];

describe('the IATI settings form', () => {
  it('shows the sectors of each purpose as a comma-separated list and saves them back unchanged', () => {
    const values = toFormValues(DEFAULT_IATI_SETTINGS, purposes);
    expect(values.sectors.environment).toBe('41010, 14050');
    expect(checkIatiForm(values)).toEqual({});
    expect(toSettings(values, DEFAULT_IATI_SETTINGS)).toEqual(DEFAULT_IATI_SETTINGS);
  });

  it('takes DAC codes of five digits only, with spaces and repeats forgiven', () => {
    expect(parseSectors(' 15185 ,41010,, 15185')).toEqual(['15185', '41010']);
    expect(parseSectors('')).toEqual([]);
    expect(parseSectors('1518')).toBeNull();
    expect(parseSectors('15185; 41010')).toBeNull();
    expect(parseSectors('15185, abcde')).toBeNull();
  });

  it('names the fields that cannot be saved', () => {
    const values = { ...toFormValues(DEFAULT_IATI_SETTINGS, purposes), reportingOrgRef: 'KS 971032146', nameEn: ' ', reportingOrgType: '99' };
    values.sectors = { ...values.sectors, participation: '151500' };
    expect(checkIatiForm(values)).toEqual({ reportingOrgRef: 'refInvalid', nameEn: 'required', reportingOrgType: 'typeInvalid', 'sectors.participation': 'sectorsInvalid' });
    expect(checkIatiForm({ ...values, reportingOrgRef: '' }).reportingOrgRef).toBe('required');
    expect(checkIatiForm({ ...values, reportingOrgRef: 'NO-971032146' }).reportingOrgRef).toBe('refInvalid');
    expect(checkIatiForm({ ...values, reportingOrgRef: 'XM-DAC-41114' }).reportingOrgRef).toBeUndefined();
  });

  it('keeps a purpose’s sectors that are no longer in the programme, and leaves out emptied sectors and Norwegian name', () => {
    const before = { ...DEFAULT_IATI_SETTINGS, sectorsByPurpose: { ...DEFAULT_IATI_SETTINGS.sectorsByPurpose, retired: ['99810'] } };
    const values = { ...toFormValues(before, purposes), nameNb: '' };
    values.sectors = { ...values.sectors, participation: ' ' };
    const saved = toSettings(values, before);
    expect(saved.sectorsByPurpose.retired).toEqual(['99810']);
    expect(saved.sectorsByPurpose).not.toHaveProperty('participation');
    expect(saved.reportingOrgName).toEqual({ en: DEFAULT_IATI_SETTINGS.reportingOrgName.en });
  });
});
