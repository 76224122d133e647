import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSmart, findDoubleObjective, smartSummary, type SmartContext, type SmartInput } from './smart';

const ctx: SmartContext = { workingLanguage: 'es', purposes: ['environment', 'participation'], startYear: 2025, endYear: 2027 };

const good: SmartInput = {
  level: 'outcome',
  statement: { es: 'Aumenta la proporción de hogares con recolección semanal de residuos', en: 'More households have weekly waste collection' },
  justification: 'El municipio ya tiene dos camiones y presupuesto aprobado.',
  purpose: 'environment',
  indicators: [{ name: { es: 'Hogares con recolección semanal' }, endTarget: 80, targets: [{ year: 2025 }, { year: 2026 }] }],
};

const reasons = (input: SmartInput) => {
  const check = checkSmart(input, ctx)!;
  return Object.fromEntries(Object.entries(check.letters).map(([l, c]) => [l, c.reasons.map((r) => r.code)]));
};

describe('findDoubleObjective', () => {
  it.each([
    ['Train 20 municipal staff in waste sorting so that household waste collected rises to 80 %', 'so that'],
    ['Establish a complaints desk in order to increase citizens’ trust in the council', 'in order to'],
    ['Reduce illegal dumping in the town centre by training staff in enforcement procedures', 'by …ing'],
    ['Capacitar a 20 funcionarios municipales para que la recolección de residuos llegue al 80 %', 'para que'],
    ['Capacitar a 20 funcionarios municipales para mejorar la recolección de residuos sólidos', 'para + infinitivo'],
    ['Mejorar la participación de las mujeres mediante la creación de tres comités comunitarios', 'mediante'],
    ['Lære opp 20 ansatte i kildesortering for å øke andelen husholdninger med henting', 'for å'],
    ['Opprette et servicetorg i rådhuset slik at innbyggerne får svar innen fem dager', 'slik at'],
  ])('flags “%s” at “%s”', (text, connector) => {
    const found = findDoubleObjective(text);
    expect(found?.connector).toBe(connector);
    expect(found!.first.length).toBeGreaterThan(0);
    expect(found!.second.length).toBeGreaterThan(0);
    expect(text).toContain(found!.first);
  });

  it.each([
    'More households have weekly waste collection by 2027',
    'Aumenta la proporción de hogares con recolección semanal de residuos',
    'Flere kvinner deltar i folkemøter',
    'Waste collected through new routes',
    'Training for staff',
    'Bolsas para hogar',
  ])('leaves the single-level “%s” alone', (text) => {
    expect(findDoubleObjective(text)).toBeNull();
  });

  it('property: a statement without any linking phrase is never flagged', () => {
    const word = fc.constantFrom('waste', 'households', 'collection', 'weekly', 'more', 'women', 'council', 'meetings', 'attend', 'increase');
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), (ws) => findDoubleObjective(ws.join(' ')) === null));
  });

  it('property: two substantial clauses joined by "in order to" are always flagged, whatever their words', () => {
    const clause = fc.array(fc.constantFrom('train', 'staff', 'council', 'the', 'waste', 'citizens', 'trust', 'grows'), { minLength: 3, maxLength: 8 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(clause, clause, (a, b) => {
        const found = findDoubleObjective(`${a} in order to ${b}`);
        return found !== null && found.first === a && found.second === b;
      }),
    );
  });
});

describe('checkSmart', () => {
  it('passes an objective that keeps every letter', () => {
    const check = checkSmart(good, ctx)!;
    expect(check.pass).toBe(true);
    expect(Object.values(check.letters).every((l) => l.pass && l.reasons.length === 0)).toBe(true);
  });

  it('does not check activities', () => {
    expect(checkSmart({ ...good, level: 'activity' }, ctx)).toBeNull();
  });

  it('Specific: wants the working language and one level only', () => {
    expect(reasons({ ...good, statement: { en: 'More households have weekly waste collection' } }).specific).toEqual(['STATEMENT_MISSING']);
    const double = checkSmart({ ...good, statement: { es: 'Capacitar a 20 funcionarios municipales para que la recolección de residuos llegue al 80 %' } }, ctx)!;
    expect(double.letters.specific.reasons[0]).toMatchObject({ code: 'DOUBLE_OBJECTIVE', params: { connector: 'para que' } });
    expect(double.pass).toBe(false);
  });

  it('Measurable: an indicator, each with an end target (named)', () => {
    expect(reasons({ ...good, indicators: [] }).measurable).toEqual(['NO_INDICATOR']);
    const check = checkSmart({ ...good, indicators: [{ name: { es: 'Comités activos' }, endTarget: null, targets: [] }] }, ctx)!;
    expect(check.letters.measurable.reasons).toEqual([{ code: 'INDICATOR_WITHOUT_TARGET', params: { indicator: 'Comités activos' } }]);
  });

  it('Achievable: a justification of a few words', () => {
    expect(reasons({ ...good, justification: null }).achievable).toEqual(['NO_JUSTIFICATION']);
    expect(reasons({ ...good, justification: 'Sí' }).achievable).toEqual(['NO_JUSTIFICATION']);
  });

  it('Relevant: one of the partnership’s purposes', () => {
    expect(reasons({ ...good, purpose: null }).relevant).toEqual(['NO_PURPOSE']);
    expect(reasons({ ...good, purpose: 'accountability' }).relevant).toEqual(['PURPOSE_NOT_OF_PARTNERSHIP']);
  });

  it('Time-bound: targets, within the project years, each offending year named', () => {
    expect(reasons({ ...good, indicators: [] }).timeBound).toEqual(['NO_TARGET_YEARS']);
    const check = checkSmart({ ...good, indicators: [{ name: { es: 'X' }, endTarget: 5, targets: [{ year: 2024 }, { year: 2026 }, { year: 2028 }] }] }, ctx)!;
    expect(check.letters.timeBound.reasons.map((r) => r.params?.year)).toEqual([2024, 2028]);
  });

  it('summarises passes and failures per letter', () => {
    const summary = smartSummary([checkSmart(good, ctx), checkSmart({ ...good, purpose: null, justification: null }, ctx), null]);
    expect(summary).toEqual({
      checked: 2,
      passing: 1,
      failingByLetter: { specific: 0, measurable: 0, achievable: 1, relevant: 1, timeBound: 0 },
    });
  });
});
