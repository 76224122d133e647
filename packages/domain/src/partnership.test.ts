import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_YEAR,
  MIN_YEAR,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TRANSITIONS,
  canTransition,
  checkPartnership,
  checkPeriod,
  defaultEndYear,
  type PartnershipDraft,
} from './partnership';
import { MIC_2013, type ProgrammeConfig } from './programme';

const valid: PartnershipDraft = {
  title: 'Stord – San Juan Comalapa',
  homeMunicipality: { id: 'h', country: 'NO' },
  partnerMunicipality: { id: 'p', country: 'GT' },
  fundingSource: 'norad',
  startYear: 2025,
  endYear: 2027,
  workingLanguage: 'es',
  purposes: ['service-delivery'],
};

const codes = (draft: PartnershipDraft, config: ProgrammeConfig = MIC_2013) => checkPartnership(draft, config).map((v) => v.code);

/** A programme with `n` purposes, at most `maxPurposes` of them per partnership. */
const programmeOf = (n: number, maxPurposes: number): ProgrammeConfig => ({
  ...MIC_2013,
  maxPurposes,
  purposes: Array.from({ length: n }, (_, i) => ({ code: `purpose-${i}`, name: { en: `Purpose ${i}` } })),
});

const programmeWithPurposes = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.integer({ min: 1, max: n }).map((maxPurposes) => programmeOf(n, maxPurposes)));

describe('checkPartnership', () => {
  it('accepts a partnership that keeps every rule', () => {
    expect(checkPartnership(valid, MIC_2013)).toEqual([]);
  });

  it('refuses any set of more than maxPurposes distinct known purposes', () => {
    const overLimit = fc
      .integer({ min: 2, max: 12 })
      .chain((n) => fc.integer({ min: 1, max: n - 1 }).map((maxPurposes) => programmeOf(n, maxPurposes)))
      .chain((config) => fc.tuple(fc.constant(config), fc.shuffledSubarray(config.purposes.map((p) => p.code), { minLength: config.maxPurposes + 1 })));
    fc.assert(
      fc.property(overLimit, ([config, purposes]) => {
        const violations = checkPartnership({ ...valid, purposes }, config);
        expect(violations).toEqual([{ code: 'PURPOSE_LIMIT_EXCEEDED', field: 'purposes', params: { max: config.maxPurposes } }]);
      }),
    );
  });

  it('accepts any non-empty set of at most maxPurposes known purposes, repeated or not', () => {
    fc.assert(
      fc.property(
        programmeWithPurposes.chain((config) =>
          fc.tuple(
            fc.constant(config),
            fc.subarray(config.purposes.map((p) => p.code), { minLength: 1, maxLength: config.maxPurposes }),
            fc.nat(3),
          ),
        ),
        ([config, purposes, repeats]) => {
          const withRepeats = [...purposes, ...purposes.slice(0, repeats)];
          expect(checkPartnership({ ...valid, purposes: withRepeats }, config)).toEqual([]);
        },
      ),
    );
  });

  it('names every unknown purpose, and needs at least one', () => {
    expect(checkPartnership({ ...valid, purposes: ['service-delivery', 'tourism'] }, MIC_2013)).toEqual([
      { code: 'PURPOSE_UNKNOWN', field: 'purposes', params: { purpose: 'tourism' } },
    ]);
    expect(codes({ ...valid, purposes: [] })).toEqual(['PURPOSE_REQUIRED']);
  });

  it('accepts a partner in any eligible country and refuses every other country', () => {
    const eligible = new Set(MIC_2013.regions.flatMap((r) => r.countries));
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{2}$/), (country) => {
        const result = codes({ ...valid, partnerMunicipality: { id: 'p', country } });
        if (eligible.has(country)) expect(result).toEqual([]);
        else if (country === 'NO') expect(result).toEqual(['PARTNER_MUNICIPALITY_NORWEGIAN']);
        else expect(result).toEqual(['PARTNER_COUNTRY_NOT_ELIGIBLE']);
      }),
    );
  });

  it('needs a Norwegian home municipality and both municipalities to exist', () => {
    expect(checkPartnership({ ...valid, homeMunicipality: { id: 'h', country: 'SE' } }, MIC_2013)).toEqual([
      { code: 'HOME_MUNICIPALITY_NOT_NORWEGIAN', field: 'homeMunicipalityId' },
    ]);
    expect(checkPartnership({ ...valid, homeMunicipality: null, partnerMunicipality: null }, MIC_2013)).toEqual([
      { code: 'MUNICIPALITY_NOT_FOUND', field: 'homeMunicipalityId' },
      { code: 'MUNICIPALITY_NOT_FOUND', field: 'partnerMunicipalityId' },
    ]);
  });

  it('checks funding source, working language and title against the programme', () => {
    expect(codes({ ...valid, fundingSource: 'sida' })).toEqual(['FUNDING_SOURCE_UNKNOWN']);
    expect(codes({ ...valid, workingLanguage: 'fr' })).toEqual(['LANGUAGE_NOT_SUPPORTED']);
    expect(codes({ ...valid, title: '   ' })).toEqual(['VALIDATION_FAILED']);
  });
});

describe('checkPeriod', () => {
  it('accepts exactly the periods of 1 to projectYears years inside the allowed years', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: MIN_YEAR - 20, max: MAX_YEAR + 20 }),
        fc.integer({ min: -5, max: 15 }),
        (projectYears, startYear, length) => {
          const endYear = startYear + length - 1;
          const ok = length >= 1 && length <= projectYears && startYear >= MIN_YEAR && endYear <= MAX_YEAR;
          expect(checkPeriod(startYear, endYear, projectYears)).toEqual(ok ? [] : [{ code: 'PERIOD_INVALID', field: 'endYear', params: { years: projectYears } }]);
        },
      ),
    );
  });

  it('always accepts the default end year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: MIN_YEAR, max: MAX_YEAR - 10 }), (projectYears, startYear) => {
        expect(checkPeriod(startYear, defaultEndYear(startYear, projectYears), projectYears)).toEqual([]);
      }),
    );
  });

  it('refuses years that are not whole numbers', () => {
    expect(checkPeriod(2025.5, 2026, 3)).toHaveLength(1);
  });
});

describe('the partnership state machine', () => {
  const status = fc.constantFrom(...PARTNERSHIP_STATUSES);

  it('allows exactly the listed transitions (and staying put)', () => {
    fc.assert(
      fc.property(status, status, (from, to) => {
        expect(canTransition(from, to)).toBe(from === to || PARTNERSHIP_TRANSITIONS[from].includes(to));
      }),
    );
  });

  it('reaches every status from draft, and closed is final', () => {
    const seen = new Set(['draft']);
    const queue = ['draft' as const] as (typeof PARTNERSHIP_STATUSES)[number][];
    while (queue.length) for (const next of PARTNERSHIP_TRANSITIONS[queue.shift()!]) if (!seen.has(next)) seen.add(next) && queue.push(next);
    expect([...seen].sort()).toEqual([...PARTNERSHIP_STATUSES].sort());
    expect(PARTNERSHIP_TRANSITIONS.closed).toEqual([]);
  });
});
