import { descendantsOf, parentLevelOf, type IndicatorDto, type ResultDto } from '@mic/domain';

/** What deleting a result would take with it: the results under it, and indicators and values in the whole subtree. */
export function subtreeCounts(results: ResultDto[], indicators: IndicatorDto[], resultId: string) {
  const ids = new Set([resultId, ...descendantsOf(results, resultId).map((r) => r.id)]);
  const own = indicators.filter((i) => ids.has(i.resultId));
  return {
    results: ids.size - 1,
    indicators: own.length,
    values: own.reduce((n, i) => n + i.values.length, 0),
  };
}

/** A delete that needs the user's confirmation first: anything under it, or any indicator or value. */
export function needsConfirmation(counts: { results: number; indicators: number; values: number }): boolean {
  return counts.results + counts.indicators + counts.values > 0;
}

/** The results a result may be moved under: every result of its parent's level (its own parent included). */
export function possibleParents(results: ResultDto[], result: ResultDto): ResultDto[] {
  const level = parentLevelOf(result.level);
  return level === null ? [] : results.filter((r) => r.level === level);
}

/** The result's siblings under a parent, in order (the result itself left out). */
export function childrenOf(results: ResultDto[], parentId: string | null, except?: string): ResultDto[] {
  return results.filter((r) => r.parentId === parentId && r.id !== except).sort((a, b) => a.position - b.position);
}

/** The indicators of one result, in order. */
export function indicatorsOf(indicators: IndicatorDto[], resultId: string): IndicatorDto[] {
  return indicators.filter((i) => i.resultId === resultId).sort((a, b) => a.position - b.position);
}
