import {
  convertToOre,
  percentOf,
  sumMoney,
  varianceNeedsExplanation,
  type FinancialRow,
  type FinancialSummary,
  type ReportFinancial,
  type ReportFinancialLine,
} from '@mic/domain';

/**
 * The financial table as it stands with what is being typed: the server's rows give the budget side,
 * the editor's lines the actuals (a local-currency line converted at its recorded rate), in exact øre.
 * The server computes the same after each save; this keeps the variance current between saves.
 */
export function liveFinancial(server: FinancialSummary, financial: ReportFinancial): FinancialSummary {
  const byId = new Map(financial.lines.map((l) => [l.lineId, l]));
  const rows: FinancialRow[] = server.rows.map((row) => {
    const line = byId.get(row.lineId);
    const actual = actualOf(row, line);
    const variance = actual === null ? null : actual - row.budget;
    return {
      ...row,
      actual,
      localActual: row.currency ? (line?.localActual ?? null) : null,
      variance,
      variancePercent: variance === null ? null : percentOf(variance, row.budget),
      explanationNeeded: actual !== null && varianceNeedsExplanation(row.budget, actual, server.thresholdPercent),
      explanation: line?.explanation ?? '',
    };
  });
  const actual = sumMoney(rows.map((r) => r.actual ?? 0));
  return { ...server, rows, actual, unspent: server.paid - actual };
}

function actualOf(row: FinancialRow, line: ReportFinancialLine | undefined): number | null {
  if (!line) return null;
  if (row.currency && row.rate) return line.localActual === null ? null : convertToOre(line.localActual, row.currency, row.rate);
  return line.actual;
}

/** The line's entry in the content, created on first input. */
export function withLine(financial: ReportFinancial, lineId: string, patch: Partial<ReportFinancialLine>): ReportFinancial {
  const exists = financial.lines.some((l) => l.lineId === lineId);
  const lines = exists
    ? financial.lines.map((l) => (l.lineId === lineId ? { ...l, ...patch } : l))
    : [...financial.lines, { lineId, actual: null, localActual: null, explanation: '', ...patch }];
  return { ...financial, lines };
}
