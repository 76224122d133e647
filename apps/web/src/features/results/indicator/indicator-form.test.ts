import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { IndicatorDto } from '@mic/domain';
import { translate } from '@mic/i18n';
import { IDS, baselineLate, controlOf, emptyIndicatorValues, indicatorValuesOf, targetsOf, toDefinitionInput, validateIndicator } from './indicator-form';
import { limitWarnings } from './limits';

const t = ((key: string, params?: Record<string, string | number>) => translate('es', key, params)) as unknown as TFunction;
const period = { startYear: 2025, endYear: 2027 };
const ctx = { workingLanguage: 'es', languageName: 'español', period, firstActivityDate: '2025-02-03' };

describe('the indicator form', () => {
  it('asks for a name in the working language and nothing else of a new indicator', () => {
    const v = emptyIndicatorValues('es');
    expect(validateIndicator(t, v, ctx)).toEqual({ [IDS.name('es')]: translate('es', 'results.indicatorForm.nameRequired', { language: 'español' }) });
    expect(validateIndicator(t, { ...v, name: { ...v.name, es: 'Hogares' } }, ctx)).toEqual({});
  });

  it('puts the domain’s target check at the year that passes a cumulative end target', () => {
    const v = { ...emptyIndicatorValues('es'), name: { es: 'Zonas' }, aggregation: 'cumulative' as const, targets: { 2025: '2', 2026: '8' }, endTarget: '6' };
    const m = validateIndicator(t, v, ctx);
    expect(Object.keys(m)).toEqual([IDS.target(2026)]);
    expect(m[IDS.target(2026)]).toContain('La meta de 2026 (8) sobrepasa la meta final del proyecto (6)');
    // Per year, the same figures are fine.
    expect(validateIndicator(t, { ...v, aggregation: 'per_year' }, ctx)).toEqual({});
  });

  it('reads numbers with a decimal comma, and says so when a field is not a number', () => {
    const v = { ...emptyIndicatorValues('es'), name: { es: 'x' }, targets: { 2025: '12,5', 2026: 'doce' } };
    expect(validateIndicator(t, v, ctx)[IDS.target(2026)]).toBe(translate('es', 'results.indicatorForm.number'));
    expect(targetsOf({ ...v, targets: { 2025: '12,5' } }, period)).toEqual([{ year: 2025, value: 12.5 }]);
  });

  it('needs a baseline date once any baseline field is filled, and flags one taken after the first activity', () => {
    const v = { ...emptyIndicatorValues('es'), name: { es: 'x' }, baselineValue: '6' };
    expect(validateIndicator(t, v, ctx)[IDS.baselineDate]).toBeTruthy();
    expect(baselineLate({ ...v, baselineDate: '2025-03-01' }, ctx.firstActivityDate)).toBe(true);
    expect(baselineLate({ ...v, baselineDate: '2025-01-20' }, ctx.firstActivityDate)).toBe(false);
  });

  it('checks a qualitative scale: whole numbers, ascending, each described', () => {
    const v = { ...emptyIndicatorValues('es'), name: { es: 'Nivel' }, kind: 'qualitative' as const };
    const m = validateIndicator(t, v, ctx);
    expect(m[IDS.scaleLabel(0)]).toBe(translate('es', 'results.indicatorForm.stepLabelRequired'));
    const described = { ...v, scale: v.scale.map((s, i) => ({ ...s, label: { es: `Nivel ${i + 1}` } })) };
    expect(validateIndicator(t, described, ctx)).toEqual({});
    expect(toDefinitionInput(described)).toMatchObject({ kind: 'qualitative', measure: null, unit: null, aggregation: 'per_year', scale: [{ value: 1, label: { es: 'Nivel 1' } }, { value: 2 }, { value: 3 }, { value: 4 }] });
    const descending = { ...described, scale: [...described.scale].reverse() };
    expect(validateIndicator(t, descending, ctx)[IDS.scale]).toBeTruthy();
  });

  it('sends a percentage with the unit %, and round-trips an indicator in the interface language', () => {
    const v = { ...emptyIndicatorValues('es'), name: { es: 'Hogares' }, measure: 'percentage' as const, unit: 'ignored' };
    expect(toDefinitionInput(v)).toMatchObject({ measure: 'percentage', unit: '%', scale: null });
    const saved = {
      name: { es: 'Hogares' },
      definition: null,
      kind: 'quantitative',
      measure: 'number',
      unit: 'hogares',
      direction: 'ascending',
      aggregation: 'per_year',
      scale: null,
      dataSource: null,
      baseline: { value: 12.5, description: null, date: '2025-01-15', source: null, document: null, afterFirstActivity: false },
      targets: [{ year: 2026, value: 30 }],
      endTarget: 40,
    } as unknown as IndicatorDto;
    expect(indicatorValuesOf(saved, 'es', 'nb')).toMatchObject({ unit: 'hogares', baselineValue: '12,5', baselineDate: '2025-01-15', targets: { 2026: '30' }, endTarget: '40' });
  });

  it('maps the server’s field paths of each call to the form’s controls', () => {
    const targets = [{ year: 2026, value: 30 }];
    expect(controlOf('targets', 'targets.0.value', 'es', targets)).toBe(IDS.target(2026));
    expect(controlOf('targets', 'endTarget', 'es', targets)).toBe(IDS.endTarget);
    expect(controlOf('baseline', 'documentId', 'es', targets)).toBe(IDS.baselineDocument);
    expect(controlOf('definition', 'name.es', 'es', targets)).toBe(IDS.name('es'));
    expect(controlOf('definition', 'scale.1.label', 'es', targets)).toBe(IDS.scaleLabel(1));
    expect(controlOf('definition', 'version', 'es', targets)).toBeUndefined();
  });
});

describe('the advice to keep indicators few', () => {
  const settings = { maxIndicatorsPerOutcome: 2, maxIndicatorsPerPartnership: 3, onTrackPercent: 90, atRiskPercent: 60, version: 1 };
  const indicators = [{ resultId: 'o1' }, { resultId: 'o1' }, { resultId: 'o2' }] as IndicatorDto[];

  it('warns when one more indicator would pass the outcome’s or the partnership’s limit, never blocking', () => {
    expect(limitWarnings({ indicators, settings }, { id: 'o1', level: 'outcome' }).map((w) => w.code)).toEqual([
      'TOO_MANY_INDICATORS_OUTCOME',
      'TOO_MANY_INDICATORS_PARTNERSHIP',
    ]);
    expect(limitWarnings({ indicators: indicators.slice(0, 1), settings }, { id: 'o2', level: 'outcome' })).toEqual([]);
    // Outputs count toward the partnership only.
    expect(limitWarnings({ indicators: indicators.slice(0, 2), settings }, { id: 'p1', level: 'output' })).toEqual([]);
  });
});
