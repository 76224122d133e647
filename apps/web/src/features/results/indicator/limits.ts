import type { FrameworkWarning, ResultDto, ResultsFrameworkDto } from '@mic/domain';

/**
 * "Indicators should be limited in number": the warnings one more indicator on `result` would raise
 * (the programme's settings; it never blocks).
 */
export function limitWarnings(fw: Pick<ResultsFrameworkDto, 'indicators' | 'settings'>, result: Pick<ResultDto, 'id' | 'level'>): FrameworkWarning[] {
  const out: FrameworkWarning[] = [];
  const total = fw.indicators.length + 1;
  if (result.level === 'outcome') {
    const own = fw.indicators.filter((i) => i.resultId === result.id).length + 1;
    if (own > fw.settings.maxIndicatorsPerOutcome) {
      out.push({ code: 'TOO_MANY_INDICATORS_OUTCOME', resultId: result.id, params: { count: own, max: fw.settings.maxIndicatorsPerOutcome } });
    }
  }
  if (total > fw.settings.maxIndicatorsPerPartnership) {
    out.push({ code: 'TOO_MANY_INDICATORS_PARTNERSHIP', params: { count: total, max: fw.settings.maxIndicatorsPerPartnership } });
  }
  return out;
}
