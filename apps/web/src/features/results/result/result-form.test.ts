import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { translate } from '@mic/i18n';
import { emptyResultValues, liveSmart, resultFieldOf, toCreateInput, toPatchInput, validateResult } from './result-form';

const t = ((key: string, params?: Record<string, string | number>) => translate('es', key, params)) as unknown as TFunction;
const fw = { workingLanguage: 'es', purposes: ['environment', 'participation'], startYear: 2025, endYear: 2027 };

describe('the result form', () => {
  it('needs the statement in the working language and whose result it is', () => {
    const v = emptyResultValues('es', fw.purposes);
    expect(Object.keys(validateResult(t, v, 'es', 'español'))).toEqual(['statement', 'owner']);
    expect(validateResult(t, { ...v, statement: { ...v.statement, es: 'Algo' }, owner: 'home' }, 'es', 'español')).toEqual({});
    expect(validateResult(t, { ...v, statement: { es: 'x' }, owner: 'both', startDate: '2025-05-01', endDate: '2025-04-01' }, 'es', 'es').endDate).toBeTruthy();
  });

  it('runs the domain’s SMART check on the values as typed', () => {
    const v = { ...emptyResultValues('es', fw.purposes), owner: 'partner' as const, statement: { es: 'Capacitar a 20 funcionarios en residuos para que los hogares separen más' } };
    const check = liveSmart(v, 'outcome', [], fw)!;
    expect(check.letters.specific.reasons[0]).toMatchObject({ code: 'DOUBLE_OBJECTIVE', params: { connector: 'para que' } });
    expect(check.letters.measurable.reasons[0]!.code).toBe('NO_INDICATOR');
    const fixed = liveSmart({ ...v, statement: { es: 'El 80 % de los hogares separa sus residuos' }, purpose: 'environment', justification: 'Hay camiones y un centro de acopio.' }, 'outcome', [], fw)!;
    expect([fixed.letters.specific.pass, fixed.letters.achievable.pass, fixed.letters.relevant.pass]).toEqual([true, true, true]);
    expect(liveSmart(v, 'activity', [], fw)).toBeNull();
  });

  it('sends only the languages written, and nulls for empty optional fields', () => {
    const v = { ...emptyResultValues('es', ['environment']), owner: 'home' as const, statement: { es: ' Algo ', en: '', nb: '' } };
    expect(v.purpose).toBe('environment');
    expect(toCreateInput(v, 'outcome', 'p1')).toEqual({
      level: 'outcome',
      parentId: 'p1',
      statement: { es: 'Algo' },
      owner: 'home',
      purpose: 'environment',
      justification: null,
      startDate: null,
      endDate: null,
    });
    expect(toPatchInput(v, 4)).not.toHaveProperty('level');
    expect(toPatchInput(v, 4).version).toBe(4);
    expect(resultFieldOf('statement.es')).toBe('statement');
    expect(resultFieldOf('parentId')).toBe('');
  });
});
