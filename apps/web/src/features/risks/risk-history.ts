/**
 * How the partnership history (HistoryList) reads the risk register's audit entries: their action
 * and field names come from `risks.history.*`, and their values are put in words here.
 */
import type { TFunction } from 'i18next';
import { ASSUMPTION_STATUSES, RISK_CATEGORIES, RISK_ORIGINS, RISK_REGISTER_STATES, RISK_RESPONSE_TYPES, ratingOf } from '@mic/domain';

const RISK_ENTITIES = new Set(['risk', 'risk_register', 'risk_settings']);

/** Whether an audit entry is the risk register's. */
export const isRiskEntry = (entityType: string) => RISK_ENTITIES.has(entityType);

/** The keys to try for an action or a field: a risk entry's own first, then the history's. */
export const historyKeys = (entityType: string, kind: 'actions' | 'fields', name: string) =>
  isRiskEntry(entityType) ? [`risks.history.${kind}.${name}`, `history.${kind}.${name}`] : `history.${kind}.${name}`;

const record = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const among = (list: readonly string[], v: unknown): v is string => typeof v === 'string' && list.includes(v);
const score = (p: unknown, c: unknown) =>
  typeof p === 'number' && typeof c === 'number' ? `${p} × ${c} = ${ratingOf(p, c)}` : undefined;

/** A risk entry's value in words; undefined when the field is not the risk register's. */
export function riskHistoryValue(t: TFunction, field: string, v: unknown): string | undefined {
  switch (field) {
    case 'category':
      return among(RISK_CATEGORIES, v) ? t(`risks.categories.${v}`) : undefined;
    case 'origin':
      return among(RISK_ORIGINS, v) ? t(`risks.origins.${v}`) : undefined;
    case 'status':
      return v === 'open' ? t('risks.statuses.open') : undefined;
    case 'state':
      return among(RISK_REGISTER_STATES, v) ? t(`risks.history.states.${v}`) : undefined;
    case 'because':
      return Array.isArray(v) ? t('risks.history.because', { count: v.length }) : undefined;
    case 'current': {
      const r = record(v);
      return r ? score(r.probability, r.consequence) : undefined;
    }
    case 'response': {
      const r = record(v);
      if (!r) return undefined;
      const type = among(RISK_RESPONSE_TYPES, r.type) ? t(`risks.responseTypes.${r.type}`) : t('risks.noResponse');
      const measures = Array.isArray(r.measures) ? r.measures.map((m) => String(record(m)?.action ?? '')).filter(Boolean) : [];
      return measures.length ? `${type}: ${measures.join('; ')}` : type;
    }
    case 'tolerance': {
      const r = record(v);
      if (v === null) return '—';
      return r ? `${String(r.justification ?? '')} (${String(r.acceptedBy ?? '')}, ${String(r.acceptedOn ?? '')})` : undefined;
    }
    case 'review': {
      const r = record(v);
      if (!r) return undefined;
      const assumption = among(ASSUMPTION_STATUSES, r.assumptionStatus) ? t(`risks.assumptions.${r.assumptionStatus}`) : '';
      return [String(r.reviewedOn ?? ''), score(r.probability, r.consequence), assumption, r.correctiveAction ? String(r.correctiveAction) : '']
        .filter(Boolean)
        .join(' · ');
    }
    default:
      return undefined;
  }
}
