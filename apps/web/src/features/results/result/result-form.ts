import type { TFunction } from 'i18next';
import {
  LANGUAGES,
  checkSmart,
  type IndicatorDto,
  type LocalizedText,
  type ResultCreateInput,
  type ResultDto,
  type ResultLevel,
  type ResultOwner,
  type ResultPatchInput,
  type ResultsFrameworkDto,
  type SmartCheck,
} from '@mic/domain';

/** The result form's values, as typed. */
export interface ResultFormValues {
  statement: Record<string, string>;
  owner: ResultOwner | '';
  purpose: string;
  justification: string;
  startDate: string;
  endDate: string;
}

export type ResultField = 'statement' | 'owner' | 'purpose' | 'justification' | 'startDate' | 'endDate';

/** The working language first (required), then the interface languages (optional). */
export function statementLanguages(workingLanguage: string): string[] {
  return [workingLanguage, ...LANGUAGES.filter((l) => l !== workingLanguage)];
}

export const statementId = (lang: string) => `result-statement-${lang}`;

export const RESULT_FIELD_IDS: Record<Exclude<ResultField, 'statement'>, string> = {
  owner: 'result-owner-partner',
  purpose: 'result-purpose',
  justification: 'result-justification',
  startDate: 'result-start',
  endDate: 'result-end',
};

export function emptyResultValues(workingLanguage: string, purposes: string[]): ResultFormValues {
  return {
    statement: Object.fromEntries(statementLanguages(workingLanguage).map((l) => [l, ''])),
    owner: '',
    // With one purpose there is nothing to choose.
    purpose: purposes.length === 1 ? purposes[0]! : '',
    justification: '',
    startDate: '',
    endDate: '',
  };
}

export function resultValuesOf(r: ResultDto, workingLanguage: string): ResultFormValues {
  const statement = Object.fromEntries(statementLanguages(workingLanguage).map((l) => [l, r.statement[l] ?? '']));
  // A language outside the three (e.g. a working language in Bosnian) keeps what it has too.
  for (const [l, text] of Object.entries(r.statement)) if (!(l in statement)) statement[l] = text ?? '';
  return {
    statement,
    owner: r.owner,
    purpose: r.purpose ?? '',
    justification: r.justification ?? '',
    startDate: r.startDate ?? '',
    endDate: r.endDate ?? '',
  };
}

const cleanText = (statement: Record<string, string>): LocalizedText =>
  Object.fromEntries(Object.entries(statement).map(([l, s]) => [l, s.trim()]).filter(([, s]) => s));

const orNull = (s: string) => s.trim() || null;

export function toCreateInput(v: ResultFormValues, level: ResultLevel, parentId: string | null): ResultCreateInput {
  return {
    level,
    parentId,
    statement: cleanText(v.statement),
    owner: v.owner as ResultOwner,
    purpose: v.purpose || null,
    justification: orNull(v.justification),
    startDate: orNull(v.startDate),
    endDate: orNull(v.endDate),
  };
}

export function toPatchInput(v: ResultFormValues, version: number): ResultPatchInput {
  const { level: _level, parentId: _parent, ...rest } = toCreateInput(v, 'impact', null);
  return { ...rest, version };
}

/** What the form can tell before asking the server: field → message. */
export function validateResult(t: TFunction, v: ResultFormValues, workingLanguage: string, languageName: string): Partial<Record<ResultField, string>> {
  const e: Partial<Record<ResultField, string>> = {};
  if (!v.statement[workingLanguage]?.trim()) e.statement = t('results.resultForm.statementRequired', { language: languageName });
  if (!v.owner) e.owner = t('results.resultForm.ownerRequired');
  if (v.startDate && v.endDate && v.endDate < v.startDate) e.endDate = t('results.resultForm.datesInvalid');
  return e;
}

/** A server field path ("statement.es", "endDate") → the form's field, else ''. */
export function resultFieldOf(path: string): ResultField | '' {
  const head = path.split('.')[0];
  return (['statement', 'owner', 'purpose', 'justification', 'startDate', 'endDate'] as const).find((f) => f === head) ?? '';
}

/** The SMART check of the values as typed, with the result's indicators as they are saved. */
export function liveSmart(v: ResultFormValues, level: ResultLevel, indicators: IndicatorDto[], fw: Pick<ResultsFrameworkDto, 'workingLanguage' | 'purposes' | 'startYear' | 'endYear'>): SmartCheck | null {
  return checkSmart(
    {
      level,
      statement: cleanText(v.statement),
      justification: v.justification,
      purpose: v.purpose || null,
      indicators: indicators.map((i) => ({ name: i.name, endTarget: i.endTarget, targets: i.targets })),
    },
    { workingLanguage: fw.workingLanguage, purposes: fw.purposes, startYear: fw.startYear, endYear: fw.endYear },
  );
}
