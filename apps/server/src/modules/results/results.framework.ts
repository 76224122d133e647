import {
  DomainError,
  firstActivityDate,
  frameworkWarnings,
  orderTree,
  smartSummary,
  type Actor,
  type PartnershipStatus,
  type ResultLevel,
  type ResultsFrameworkDto,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import * as indicatorsRepo from '../indicators/indicators.repository';
import { resultsCapabilities } from './results.policy';
import { presentIndicator, presentResult, smartOf } from './results.present';
import * as repo from './results.repository';
import { settingsOfPartnership } from './settings.repository';

/**
 * The whole results framework of a partnership in six queries, one per table (partnership, settings,
 * results, indicators with their baseline documents, targets, values), however large it is.
 */
export async function loadFramework(db: Executor, actor: Actor, partnershipId: string): Promise<ResultsFrameworkDto> {
  const [facts, settings, resultRows, indicatorRows, targetRows, valueRows] = await Promise.all([
    repo.partnershipFacts(db, partnershipId),
    settingsOfPartnership(db, partnershipId),
    repo.listResults(db, partnershipId),
    indicatorsRepo.listIndicators(db, partnershipId),
    indicatorsRepo.listTargets(db, partnershipId),
    indicatorsRepo.listValues(db, partnershipId),
  ]);
  if (!facts) throw new DomainError('NOT_FOUND');

  const ordered = orderTree(resultRows.map((r) => ({ ...r, level: r.level as ResultLevel })));
  const first = firstActivityDate(ordered, facts.startYear);
  const targetsBy = groupBy(targetRows, (t) => t.indicatorId);
  const valuesBy = groupBy(valueRows, (v) => v.indicatorId);
  const indicatorsBy = groupBy(indicatorRows, (i) => i.resultId);
  const ctx = { facts, settings, firstActivityDate: first };

  const results = ordered.map((r) => presentResult(r, smartOf(r, indicatorsBy.get(r.id) ?? [], targetRows, facts)));
  const indicators = ordered.flatMap((r) =>
    (indicatorsBy.get(r.id) ?? []).map((i) => presentIndicator(i, targetsBy.get(i.id) ?? [], valuesBy.get(i.id) ?? [], ctx)),
  );
  const warnings = frameworkWarnings({
    results: ordered,
    indicators,
    settings,
    period: { startYear: facts.startYear, endYear: facts.endYear },
    firstActivityDate: first,
  });

  return {
    partnershipId,
    workingLanguage: facts.workingLanguage,
    startYear: facts.startYear,
    endYear: facts.endYear,
    purposes: facts.purposes,
    firstActivityDate: first,
    settings,
    results,
    indicators,
    warnings,
    smartSummary: smartSummary(results.map((r) => r.smart)),
    can: resultsCapabilities(actor, partnershipId, facts.status as PartnershipStatus),
  };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(key(row));
    if (list) list.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}
