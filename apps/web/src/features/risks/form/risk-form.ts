import type { TFunction } from 'i18next';
import {
  isRiskScore,
  type RiskCategory,
  type RiskDetailDto,
  type RiskInput,
  type RiskOrigin,
  type RiskResponseType,
  type RiskStatus,
} from '@mic/domain';

export interface MeasureValues {
  key: string;
  action: string;
  responsible: string;
  dueDate: string;
}

/** What the risk form holds: scores as the chosen radio's value, dates as typed. */
export interface RiskFormValues {
  description: string;
  category: RiskCategory | '';
  resultId: string;
  origin: RiskOrigin | '';
  owner: string;
  status: RiskStatus;
  identifiedOn: string;
  probability: string;
  consequence: string;
  responseType: RiskResponseType | '';
  measures: MeasureValues[];
  documentTolerance: boolean;
  justification: string;
  acceptedBy: string;
  acceptedOn: string;
}

let keySeq = 0;
export const newMeasure = (): MeasureValues => ({ key: `m-${++keySeq}`, action: '', responsible: '', dueDate: '' });

export function emptyRisk(today: string): RiskFormValues {
  return {
    description: '',
    category: '',
    resultId: '',
    origin: '',
    owner: '',
    status: 'open',
    identifiedOn: today,
    probability: '',
    consequence: '',
    responseType: '',
    measures: [],
    documentTolerance: false,
    justification: '',
    acceptedBy: '',
    acceptedOn: today,
  };
}

export function valuesOfRisk(r: RiskDetailDto, today: string): RiskFormValues {
  return {
    description: r.description,
    category: r.category,
    resultId: r.result?.id ?? '',
    origin: r.origin,
    owner: r.owner,
    status: r.status,
    identifiedOn: r.identifiedOn,
    probability: String(r.initial.probability),
    consequence: String(r.initial.consequence),
    responseType: r.response.type ?? '',
    measures: r.response.measures.map((m) => ({ ...newMeasure(), action: m.action, responsible: m.responsible, dueDate: m.dueDate ?? '' })),
    documentTolerance: !!r.tolerance,
    justification: r.tolerance?.justification ?? '',
    acceptedBy: r.tolerance?.acceptedBy ?? '',
    acceptedOn: r.tolerance?.acceptedOn ?? today,
  };
}

/** Measures belong to a response that does something; "no response possible" has none. */
export const takesMeasures = (type: RiskFormValues['responseType']) => type !== '' && type !== 'no_response_possible';

export const score = (s: string): number | null => {
  const n = Number(s);
  return s !== '' && isRiskScore(n) ? n : null;
};

export function toRiskInput(v: RiskFormValues): RiskInput {
  const measures = takesMeasures(v.responseType)
    ? v.measures.map((m) => ({ action: m.action.trim(), responsible: m.responsible.trim(), dueDate: m.dueDate || null }))
    : [];
  return {
    description: v.description.trim(),
    category: v.category as RiskCategory,
    origin: v.origin as RiskOrigin,
    owner: v.owner.trim(),
    status: v.status,
    resultId: v.resultId || null,
    identifiedOn: v.identifiedOn,
    probability: score(v.probability) ?? 0,
    consequence: score(v.consequence) ?? 0,
    response: { type: v.responseType || null, measures },
    tolerance: v.documentTolerance
      ? { justification: v.justification.trim(), acceptedBy: v.acceptedBy.trim(), acceptedOn: v.acceptedOn }
      : null,
  };
}

/** The form's controls by the API's field paths ("response.measures.0.action" → "rf-response-measures-0-action"). */
export const controlId = (path: string) => `rf-${path.replace(/\./g, '-')}`;
/** A radio group is reached through its first radio. */
export const SCORE_TARGETS: Record<string, string> = { probability: 'rf-probability-1', consequence: 'rf-consequence-1' };

/** The nearest control on the page for a server's field path. */
export function targetOf(path: string): string | undefined {
  if (SCORE_TARGETS[path]) return SCORE_TARGETS[path];
  const parts = path.split('.').filter(Boolean);
  while (parts.length) {
    const id = controlId(parts.join('.'));
    if (typeof document === 'undefined' || document.getElementById(id)) return id;
    parts.pop();
  }
  return undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX = { description: 2000, owner: 200, action: 2000, responsible: 200, justification: 2000, acceptedBy: 200 };

/** What the form can tell before asking the server: field path → message, in form order. */
export function validateRisk(t: TFunction, v: RiskFormValues, today: string): Record<string, string> {
  const e: Record<string, string> = {};
  const text = (path: string, value: string, max: number, required: string) => {
    if (!value.trim()) e[path] = t(required);
    else if (value.trim().length > max) e[path] = t('risks.form.tooLong', { max });
  };
  const date = (path: string, value: string) => {
    if (!DATE.test(value)) e[path] = t('risks.form.dateRequired');
    else if (value > today) e[path] = t('risks.form.dateInFuture');
  };
  text('description', v.description, MAX.description, 'risks.form.descriptionRequired');
  if (!v.category) e.category = t('risks.form.categoryRequired');
  if (!v.origin) e.origin = t('risks.form.originRequired');
  text('owner', v.owner, MAX.owner, 'risks.form.ownerRequired');
  date('identifiedOn', v.identifiedOn);
  if (score(v.probability) === null) e.probability = t('risks.form.scoreRequired');
  if (score(v.consequence) === null) e.consequence = t('risks.form.scoreRequired');
  if (takesMeasures(v.responseType)) {
    v.measures.forEach((m, i) => {
      text(`response.measures.${i}.action`, m.action, MAX.action, 'risks.form.actionRequired');
      text(`response.measures.${i}.responsible`, m.responsible, MAX.responsible, 'risks.form.responsibleRequired');
    });
  }
  if (v.documentTolerance) {
    text('tolerance.justification', v.justification, MAX.justification, 'risks.form.justificationRequired');
    text('tolerance.acceptedBy', v.acceptedBy, MAX.acceptedBy, 'risks.form.acceptedByRequired');
    date('tolerance.acceptedOn', v.acceptedOn);
  }
  return e;
}
