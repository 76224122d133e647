import {
  checkSmart,
  indicatorProgress,
  indicatorTracking,
  type ActualValueDto,
  type DocumentMediaType,
  type IndicatorAggregation,
  type IndicatorDirection,
  type IndicatorDto,
  type IndicatorKind,
  type IndicatorMeasure,
  type Numbered,
  type ResultDto,
  type ResultLevel,
  type ResultOwner,
  type ResultsSettingsDto,
  type SmartCheck,
  type ValueStatus,
} from '@mic/domain';
import type { IndicatorRow, IndicatorWithDocument, TargetRow, ValueRow } from '../indicators/indicators.repository';
import type { PartnershipFacts, ResultRow } from './results.repository';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const userRef = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export function presentValue(row: ValueRow): ActualValueDto {
  return {
    id: row.id,
    indicatorId: row.indicatorId,
    year: row.year,
    value: row.value,
    comment: row.comment,
    status: row.status as ValueStatus,
    returnComment: row.returnComment,
    enteredBy: userRef(row.enteredBy, row.enteredByName),
    enteredAt: row.enteredAt.toISOString(),
    submittedAt: iso(row.submittedAt),
    approvedBy: userRef(row.approvedBy, row.approvedByName),
    approvedAt: iso(row.approvedAt),
    returnedBy: userRef(row.returnedBy, row.returnedByName),
    returnedAt: iso(row.returnedAt),
    version: row.version,
  };
}

export function presentResult(row: Numbered<ResultRow>, smart: SmartCheck | null): ResultDto {
  return {
    id: row.id,
    partnershipId: row.partnershipId,
    parentId: row.parentId,
    level: row.level as ResultLevel,
    position: row.position,
    depth: row.depth,
    number: row.number,
    statement: row.statement,
    owner: row.owner as ResultOwner,
    purpose: row.purpose,
    justification: row.justification,
    startDate: row.startDate,
    endDate: row.endDate,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    smart,
  };
}

/** What presenting an indicator needs besides its own rows. */
export interface IndicatorContext {
  facts: Pick<PartnershipFacts, 'startYear' | 'endYear'>;
  settings: ResultsSettingsDto;
  firstActivityDate: string;
}

export function presentIndicator(row: IndicatorWithDocument, targets: TargetRow[], values: ValueRow[], ctx: IndicatorContext): IndicatorDto {
  const period = { startYear: ctx.facts.startYear, endYear: ctx.facts.endYear };
  const sortedTargets = targets.map((t) => ({ year: t.year, value: t.value })).sort((a, b) => a.year - b.year);
  const sortedValues = [...values].sort((a, b) => a.year - b.year);
  const hasBaseline = row.baselineDate !== null;
  const progressInput = {
    direction: row.direction as IndicatorDirection,
    baseline: hasBaseline ? row.baselineValue : null,
    targets: sortedTargets,
    endTarget: row.endTarget,
    values: sortedValues.map((v) => ({ year: v.year, value: v.value, status: v.status as ValueStatus })),
  };
  return {
    id: row.id,
    resultId: row.resultId,
    position: row.position,
    name: row.name,
    definition: row.definition,
    kind: row.kind as IndicatorKind,
    measure: row.measure as IndicatorMeasure | null,
    unit: row.unit,
    direction: row.direction as IndicatorDirection,
    aggregation: row.aggregation as IndicatorAggregation,
    scale: row.scale,
    dataSource: row.dataSource,
    baseline: hasBaseline
      ? {
          value: row.baselineValue,
          description: row.baselineDescription,
          date: row.baselineDate!,
          source: row.baselineSource,
          document: row.document ? { ...row.document, mediaType: row.document.mediaType as DocumentMediaType } : null,
          afterFirstActivity: row.baselineDate! > ctx.firstActivityDate,
        }
      : null,
    targets: sortedTargets,
    endTarget: row.endTarget,
    values: sortedValues.map(presentValue),
    tracking: indicatorTracking(progressInput, period, ctx.settings),
    progress: indicatorProgress(progressInput, period, ctx.settings),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The SMART check of a result from its rows and its own indicators' targets. */
export function smartOf(result: ResultRow, own: IndicatorRow[], targets: TargetRow[], facts: PartnershipFacts): SmartCheck | null {
  return checkSmart(
    {
      level: result.level as ResultLevel,
      statement: result.statement,
      justification: result.justification,
      purpose: result.purpose,
      indicators: own.map((i) => ({ name: i.name, endTarget: i.endTarget, targets: targets.filter((t) => t.indicatorId === i.id) })),
    },
    { workingLanguage: facts.workingLanguage, purposes: facts.purposes, startYear: facts.startYear, endYear: facts.endYear },
  );
}

/** What the audit log keeps of a result. */
export function resultSnapshot(r: ResultRow) {
  return {
    parentId: r.parentId,
    level: r.level,
    position: r.position,
    statement: r.statement,
    owner: r.owner,
    purpose: r.purpose,
    justification: r.justification,
    startDate: r.startDate,
    endDate: r.endDate,
    version: r.version,
  };
}
