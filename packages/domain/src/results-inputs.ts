/**
 * The request bodies of the results framework's endpoints (docs/API-results.md); the server's zod
 * contracts accept each of them.
 */
import type { LocalizedText } from './i18n-text';
import type {
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorKind,
  IndicatorMeasure,
  ResultLevel,
  ResultOwner,
  ScaleLevel,
  TargetDto,
} from './results-types';

/** POST /api/partnerships/:id/results */
export interface ResultCreateInput {
  level: ResultLevel;
  /** Null for the impact; otherwise a result one level up. */
  parentId: string | null;
  statement: LocalizedText;
  owner: ResultOwner;
  purpose?: string | null;
  justification?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  /** Where among its siblings (0-based); at the end when absent. */
  position?: number;
}

/** PATCH /api/partnerships/:id/results/:resultId: any field, plus the version it was made on. */
export interface ResultPatchInput {
  statement?: LocalizedText;
  owner?: ResultOwner;
  purpose?: string | null;
  justification?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  version: number;
}

/** POST /api/partnerships/:id/results/:resultId/move: reorder (same parent) or move (another parent of the same level). */
export interface ResultMoveInput {
  parentId: string | null;
  position: number;
  version: number;
}

/** POST /api/partnerships/:id/results/:resultId/indicators */
export interface IndicatorCreateInput {
  name: LocalizedText;
  definition?: string | null;
  kind: IndicatorKind;
  measure?: IndicatorMeasure | null;
  unit?: string | null;
  direction?: IndicatorDirection;
  aggregation?: IndicatorAggregation;
  scale?: ScaleLevel[] | null;
  dataSource?: string | null;
  position?: number;
}

/** PATCH /api/partnerships/:id/indicators/:indicatorId: any create field, `resultId` to move it, and the version. */
export interface IndicatorPatchInput extends Partial<IndicatorCreateInput> {
  resultId?: string;
  version: number;
}

/** PUT /api/partnerships/:id/indicators/:indicatorId/baseline */
export interface BaselineInput {
  value: number | null;
  description?: string | null;
  date: string;
  source?: string | null;
  documentId?: string | null;
  /** The indicator's version. */
  version: number;
}

/** PUT /api/partnerships/:id/indicators/:indicatorId/targets: replaces all targets. */
export interface TargetsInput {
  targets: TargetDto[];
  endTarget: number | null;
  /** The indicator's version. */
  version: number;
}

/** PUT /api/partnerships/:id/indicators/:indicatorId/values/:year: enters or edits the value of a year. */
export interface ActualValueInput {
  value: number;
  comment?: string | null;
  /** Required when the year already has a value (its version); absent to enter a new one. */
  version?: number;
  /** Required to change an approved value (only someone who may approve it can); kept in the audit log. */
  reason?: string;
}

/** POST …/values/:year/submit | approve | return */
export interface ValueActionInput {
  version: number;
  /** Required for `return`: what to fix. */
  comment?: string;
}
