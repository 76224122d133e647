import { DomainError, type Actor, type IndicatorDto, type Page, type ResultDto, type ResultsFrameworkDto, type TrackingRowDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { offsetOf } from '../../lib/paging';
import type { TrackingQuery } from './results.contract';
import { loadFramework } from './results.framework';

/** One result as the framework shows it (number, SMART check): read with the framework after a change. */
export async function resultDto(db: Executor, actor: Actor, partnershipId: string, resultId: string): Promise<ResultDto> {
  const found = (await loadFramework(db, actor, partnershipId)).results.find((r) => r.id === resultId);
  if (!found) throw new DomainError('NOT_FOUND');
  return found;
}

export async function indicatorDto(db: Executor, actor: Actor, partnershipId: string, indicatorId: string): Promise<IndicatorDto> {
  const found = (await loadFramework(db, actor, partnershipId)).indicators.find((i) => i.id === indicatorId);
  if (!found) throw new DomainError('NOT_FOUND');
  return found;
}

export interface TrackingFilter {
  level?: string;
  purpose?: string;
  owner?: string;
}

/** The tracking table's rows (one per indicator, with its years) in tree order, filtered by its result's level, purpose and owner. */
export function trackingRows(framework: ResultsFrameworkDto, filter: TrackingFilter): TrackingRowDto[] {
  const results = new Map(framework.results.map((r) => [r.id, r]));
  return framework.indicators.flatMap((i) => {
    const r = results.get(i.resultId);
    if (!r) return [];
    if ((filter.level && r.level !== filter.level) || (filter.purpose && r.purpose !== filter.purpose) || (filter.owner && r.owner !== filter.owner)) return [];
    return [
      {
        indicatorId: i.id,
        indicatorName: i.name,
        resultId: r.id,
        resultNumber: r.number,
        resultLevel: r.level,
        resultStatement: r.statement,
        purpose: r.purpose,
        owner: r.owner,
        kind: i.kind,
        measure: i.measure,
        unit: i.unit,
        direction: i.direction,
        aggregation: i.aggregation,
        scale: i.scale,
        baseline: i.baseline?.value ?? null,
        baselineDate: i.baseline?.date ?? null,
        endTarget: i.endTarget,
        years: i.tracking,
        progress: i.progress,
      },
    ];
  });
}

/** A page of the tracking table: the framework's six queries, then filtered and paged. */
export async function trackingPage(db: Executor, actor: Actor, partnershipId: string, query: TrackingQuery): Promise<Page<TrackingRowDto>> {
  const rows = trackingRows(await loadFramework(db, actor, partnershipId), query);
  const offset = offsetOf(query);
  return { items: rows.slice(offset, offset + query.pageSize), total: rows.length, page: query.page, pageSize: query.pageSize };
}
