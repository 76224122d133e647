import type { TFunction } from 'i18next';
import {
  baselineAfterFirstActivity,
  checkBaseline,
  checkScale,
  checkTargets,
  normaliseIndicator,
  type BaselineDto,
  type DocumentRef,
  type IndicatorAggregation,
  type IndicatorCreateInput,
  type IndicatorDirection,
  type IndicatorDto,
  type IndicatorFacts,
  type IndicatorKind,
  type IndicatorMeasure,
  type LocalizedText,
  type Period,
  type ScaleLevel,
  type TargetDto,
} from '@mic/domain';
import { numberText, parseNumber } from '../value-format';
import { statementLanguages } from '../result/result-form';

export interface ScaleRow {
  key: string;
  value: string;
  /** The step's description, per language (the working language at least). */
  label: Record<string, string>;
}

/** The indicator form's values, as typed: definition, baseline and targets. */
export interface IndicatorFormValues {
  name: Record<string, string>;
  definition: string;
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  unit: string;
  direction: IndicatorDirection;
  aggregation: IndicatorAggregation;
  scale: ScaleRow[];
  dataSource: string;
  baselineValue: string;
  baselineDescription: string;
  baselineDate: string;
  baselineSource: string;
  baselineDocument: DocumentRef | null;
  /** Year → target as typed. */
  targets: Record<number, string>;
  endTarget: string;
}

let keySeq = 0;
export const newScaleKey = () => `step-${++keySeq}`;

export const IDS = {
  name: (lang: string) => `ind-name-${lang}`,
  definition: 'ind-definition',
  kind: 'ind-kind-quantitative',
  measure: 'ind-measure',
  unit: 'ind-unit',
  direction: 'ind-direction',
  aggregation: 'ind-aggregation',
  scale: 'ind-scale',
  scaleValue: (i: number) => `ind-scale-${i}-value`,
  scaleLabel: (i: number) => `ind-scale-${i}-label`,
  dataSource: 'ind-data-source',
  baselineValue: 'ind-baseline-value',
  baselineDescription: 'ind-baseline-description',
  baselineDate: 'ind-baseline-date',
  baselineSource: 'ind-baseline-source',
  baselineDocument: 'ind-baseline-document',
  target: (year: number) => `ind-target-${year}`,
  endTarget: 'ind-end-target',
};

const texts = (langs: string[], t: LocalizedText | undefined): Record<string, string> => {
  const out = Object.fromEntries(langs.map((l) => [l, t?.[l] ?? '']));
  for (const [l, s] of Object.entries(t ?? {})) if (!(l in out)) out[l] = s ?? '';
  return out;
};

const DEFAULT_SCALE = [1, 2, 3, 4];

export function emptyIndicatorValues(workingLanguage: string): IndicatorFormValues {
  const langs = statementLanguages(workingLanguage);
  return {
    name: texts(langs, undefined),
    definition: '',
    kind: 'quantitative',
    measure: 'number',
    unit: '',
    direction: 'ascending',
    aggregation: 'per_year',
    scale: DEFAULT_SCALE.map((v) => ({ key: newScaleKey(), value: String(v), label: { [workingLanguage]: '' } })),
    dataSource: '',
    baselineValue: '',
    baselineDescription: '',
    baselineDate: '',
    baselineSource: '',
    baselineDocument: null,
    targets: {},
    endTarget: '',
  };
}

export function indicatorValuesOf(i: IndicatorDto, workingLanguage: string, lang: string): IndicatorFormValues {
  const empty = emptyIndicatorValues(workingLanguage);
  const b = i.baseline;
  return {
    name: texts(statementLanguages(workingLanguage), i.name),
    definition: i.definition ?? '',
    kind: i.kind,
    measure: i.measure ?? 'number',
    unit: i.measure === 'percentage' ? '' : (i.unit ?? ''),
    direction: i.direction,
    aggregation: i.aggregation,
    scale: i.scale ? i.scale.map((s) => ({ key: newScaleKey(), value: String(s.value), label: texts([workingLanguage], s.label) })) : empty.scale,
    dataSource: i.dataSource ?? '',
    baselineValue: numberText(b?.value, lang),
    baselineDescription: b?.description ?? '',
    baselineDate: b?.date ?? '',
    baselineSource: b?.source ?? '',
    baselineDocument: b?.document ?? null,
    targets: Object.fromEntries(i.targets.map((t) => [t.year, numberText(t.value, lang)])),
    endTarget: numberText(i.endTarget, lang),
  };
}

const clean = (t: Record<string, string>): LocalizedText => Object.fromEntries(Object.entries(t).map(([l, s]) => [l, s.trim()]).filter(([, s]) => s));
const orNull = (s: string) => s.trim() || null;

export function scaleOf(v: IndicatorFormValues): ScaleLevel[] {
  return v.scale.map((s) => ({ value: Number(parseNumber(s.value)), label: clean(s.label) }));
}

/** The definition as the API takes it (create or patch). */
export function toDefinitionInput(v: IndicatorFormValues): IndicatorCreateInput {
  const base = {
    name: clean(v.name),
    definition: orNull(v.definition),
    kind: v.kind,
    direction: v.direction,
    dataSource: orNull(v.dataSource),
  };
  if (v.kind === 'qualitative') return { ...base, measure: null, unit: null, aggregation: 'per_year', scale: scaleOf(v) };
  return { ...base, measure: v.measure, unit: v.measure === 'percentage' ? '%' : orNull(v.unit), aggregation: v.aggregation, scale: null };
}

/** The rules' view of the indicator as typed. */
export function factsOf(v: IndicatorFormValues): IndicatorFacts & { unit: string | null } {
  const d = toDefinitionInput(v);
  return normaliseIndicator({
    kind: d.kind,
    measure: d.measure ?? null,
    unit: d.unit ?? null,
    direction: d.direction ?? 'ascending',
    aggregation: d.aggregation ?? 'per_year',
    scale: d.scale ?? null,
  });
}

/** True when any baseline field has been filled in: then it is saved (and checked). */
export function hasBaseline(v: IndicatorFormValues): boolean {
  return !!(v.baselineValue.trim() || v.baselineDescription.trim() || v.baselineDate || v.baselineSource.trim() || v.baselineDocument);
}

export interface BaselineValues {
  value: number | null;
  description: string | null;
  date: string;
  source: string | null;
  documentId: string | null;
}

export function baselineOf(v: IndicatorFormValues): BaselineValues {
  return {
    value: parseNumber(v.baselineValue),
    description: orNull(v.baselineDescription),
    date: v.baselineDate,
    source: orNull(v.baselineSource),
    documentId: v.baselineDocument?.id ?? null,
  };
}

export function sameBaseline(a: BaselineValues, b: BaselineDto | null): boolean {
  if (!b) return false;
  return a.value === b.value && a.description === (b.description ?? null) && a.date === b.date && a.source === (b.source ?? null) && a.documentId === (b.document?.id ?? null);
}

/** The targets as typed, in year order, leaving out empty years. */
export function targetsOf(v: IndicatorFormValues, period: Period): TargetDto[] {
  const out: TargetDto[] = [];
  for (let year = period.startYear; year <= period.endYear; year++) {
    const value = parseNumber(v.targets[year] ?? '');
    if (value !== null) out.push({ year, value });
  }
  return out;
}

export function sameTargets(targets: TargetDto[], endTarget: number | null, i: IndicatorDto | null): boolean {
  if (!i) return targets.length === 0 && endTarget === null;
  const saved = [...i.targets].sort((a, b) => a.year - b.year);
  return endTarget === i.endTarget && saved.length === targets.length && saved.every((t, k) => t.year === targets[k]!.year && t.value === targets[k]!.value);
}

/** Control id → message: everything wrong with the values as typed, in the order of the form. */
export type Messages = Record<string, string>;

export interface FormContext {
  workingLanguage: string;
  languageName: string;
  period: Period;
  firstActivityDate: string;
}

/**
 * What the form can tell before asking the server, with the domain's own checks (scale, baseline,
 * targets: the same the server runs). Keys are control ids, so each message sits at its field.
 */
export function validateIndicator(t: TFunction, v: IndicatorFormValues, ctx: FormContext): Messages {
  const m: Messages = {};
  const message = (code: string, params?: Record<string, string | number>) => t(`errors.${code}`, params ?? {});
  const notNumber = (text: string) => Number.isNaN(parseNumber(text));
  if (!v.name[ctx.workingLanguage]?.trim()) m[IDS.name(ctx.workingLanguage)] = t('results.indicatorForm.nameRequired', { language: ctx.languageName });

  const facts = factsOf(v);
  if (v.kind === 'qualitative') {
    v.scale.forEach((s, i) => {
      const n = parseNumber(s.value);
      if (n === null || Number.isNaN(n) || !Number.isInteger(n)) m[IDS.scaleValue(i)] = t('results.indicatorForm.wholeNumber');
      if (!s.label[ctx.workingLanguage]?.trim()) m[IDS.scaleLabel(i)] = t('results.indicatorForm.stepLabelRequired');
    });
    if (checkScale('qualitative', facts.scale).length > 0) m[IDS.scale] = message('SCALE_INVALID', { min: 2, max: 10 });
  }

  if (hasBaseline(v)) {
    if (notNumber(v.baselineValue)) m[IDS.baselineValue] = t('results.indicatorForm.number');
    else {
      for (const x of checkBaseline(facts, { value: parseNumber(v.baselineValue), description: v.baselineDescription })) {
        m[IDS.baselineValue] ??= message(x.code, x.params);
      }
    }
    if (!v.baselineDate) m[IDS.baselineDate] = t('results.indicatorForm.baselineDateRequired');
  }

  const yearsTyped: number[] = [];
  for (let year = ctx.period.startYear; year <= ctx.period.endYear; year++) {
    if (notNumber(v.targets[year] ?? '')) m[IDS.target(year)] = t('results.indicatorForm.number');
    else if (parseNumber(v.targets[year] ?? '') !== null) yearsTyped.push(year);
  }
  if (notNumber(v.endTarget)) m[IDS.endTarget] = t('results.indicatorForm.number');
  const endTarget = Number.isNaN(parseNumber(v.endTarget)) ? null : parseNumber(v.endTarget);
  const targets = targetsOf(v, ctx.period).filter((x) => !Number.isNaN(x.value));
  for (const x of checkTargets(facts, targets, endTarget, ctx.period)) {
    const [, index] = (x.field ?? '').split('.');
    const year = x.field === 'endTarget' ? null : targets[Number(index)]?.year;
    const id = year ? IDS.target(year) : IDS.endTarget;
    m[id] ??= message(x.code, x.params);
  }
  return m;
}

/** Said beside the baseline date, never blocking: a baseline should be known before activities start. */
export function baselineLate(v: IndicatorFormValues, firstActivityDate: string): boolean {
  return !!v.baselineDate && baselineAfterFirstActivity(v.baselineDate, firstActivityDate);
}

/** The server's field path of one of the three calls → the control it belongs to. */
export function controlOf(step: 'definition' | 'baseline' | 'targets', path: string, workingLanguage: string, targets: TargetDto[]): string | undefined {
  const [head, index, sub] = path.split('.');
  if (step === 'definition') {
    if (head === 'name') return IDS.name(index ?? workingLanguage);
    if (head === 'scale') return index !== undefined ? (sub === 'label' ? IDS.scaleLabel(Number(index)) : IDS.scaleValue(Number(index))) : IDS.scale;
    const simple: Record<string, string> = {
      definition: IDS.definition,
      kind: IDS.kind,
      measure: IDS.measure,
      unit: IDS.unit,
      direction: IDS.direction,
      aggregation: IDS.aggregation,
      dataSource: IDS.dataSource,
    };
    return head ? simple[head] : undefined;
  }
  if (step === 'baseline') {
    const simple: Record<string, string> = {
      value: IDS.baselineValue,
      description: IDS.baselineDescription,
      date: IDS.baselineDate,
      source: IDS.baselineSource,
      documentId: IDS.baselineDocument,
    };
    return head ? simple[head] : undefined;
  }
  if (head === 'endTarget') return IDS.endTarget;
  if (head === 'targets' && index !== undefined) {
    const year = targets[Number(index)]?.year;
    return year ? IDS.target(year) : undefined;
  }
  return undefined;
}
