import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRY_CODES, isCountryCode } from './countries';
import { isNorwegianOrgNumber, municipalityKind } from './municipality';
import { MIC_2013 } from './programme';
import { NO_USAGE, checkProgrammeAgainstUse, checkProgrammeConfig } from './programme-rules';

describe('checkProgrammeConfig', () => {
  it('accepts the MIC 2013 programme', () => {
    expect(checkProgrammeConfig(MIC_2013)).toEqual([]);
  });

  it('names repeated codes, unknown or repeated countries and the home country', () => {
    const config = {
      ...MIC_2013,
      purposes: [...MIC_2013.purposes, MIC_2013.purposes[0]!],
      regions: [
        { code: 'a', name: { en: 'A' }, countries: ['GT', 'QQ'] },
        { code: 'b', name: { en: 'B' }, countries: ['GT', 'NO'] },
      ],
    };
    expect(checkProgrammeConfig(config).map((v) => v.field)).toEqual(['purposes.4.code', 'regions.0.countries.1', 'regions.1.countries.0', 'regions.1.countries.1']);
  });
});

describe('checkProgrammeAgainstUse', () => {
  it('accepts any change when no partnership uses anything', () => {
    expect(checkProgrammeAgainstUse({ ...MIC_2013, purposes: [], regions: [], fundingSources: [], maxPurposes: 1, projectYears: 1 }, NO_USAGE)).toEqual([]);
  });

  it('refuses taking away exactly the used values that the new configuration lacks', () => {
    const allPurposes = MIC_2013.purposes.map((p) => p.code);
    fc.assert(
      fc.property(fc.subarray(allPurposes), fc.subarray(allPurposes), (used, kept) => {
        const next = { ...MIC_2013, purposes: MIC_2013.purposes.filter((p) => kept.includes(p.code)) };
        const refused = checkProgrammeAgainstUse(next, { ...NO_USAGE, purposes: used }).map((v) => v.params?.value);
        expect(refused.sort()).toEqual(used.filter((u) => !kept.includes(u)).sort());
      }),
    );
  });

  it('refuses limits below what a partnership has', () => {
    const usage = { ...NO_USAGE, mostPurposes: 2, longestPeriod: 3 };
    expect(checkProgrammeAgainstUse({ ...MIC_2013, maxPurposes: 1, projectYears: 2 }, usage)).toEqual([
      { code: 'LIMIT_BELOW_EXISTING', field: 'maxPurposes', params: { needed: 2 } },
      { code: 'LIMIT_BELOW_EXISTING', field: 'projectYears', params: { needed: 3 } },
    ]);
    expect(checkProgrammeAgainstUse({ ...MIC_2013, maxPurposes: 2, projectYears: 3 }, usage)).toEqual([]);
  });
});

describe('countries and municipalities', () => {
  it('knows the ISO 3166-1 codes the programme uses, and no made-up ones', () => {
    expect(COUNTRY_CODES).toHaveLength(250);
    for (const c of ['NO', 'GT', 'UG', 'BA', 'UA', 'XK']) expect(isCountryCode(c)).toBe(true);
    for (const c of ['UK', 'QQ', 'no', 'NOR', '']) expect(isCountryCode(c)).toBe(false);
  });

  it('checks the Norwegian organisation number check digit', () => {
    expect(isNorwegianOrgNumber('971032146')).toBe(true); // KS
    expect(isNorwegianOrgNumber('971277882')).toBe(true); // Norad
    expect(isNorwegianOrgNumber('971032147')).toBe(false);
    expect(isNorwegianOrgNumber('97103214')).toBe(false);
  });

  it('changing any one digit of a valid organisation number makes it invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const digits = [...'971032146'].map(Number);
        digits[position] = (digits[position]! + delta) % 10;
        expect(isNorwegianOrgNumber(digits.join(''))).toBe(false);
      }),
    );
  });

  it('calls Norwegian municipalities home and all others partner', () => {
    expect(municipalityKind('NO')).toBe('home');
    expect(municipalityKind('GT')).toBe('partner');
  });
});
