import { describe, expect, it } from 'vitest';
import type { FinancialRow, FinancialSummary, ReportFinancial } from '@mic/domain';
import { liveFinancial, withLine } from './financial-rows';

const row = (lineId: string, budget: number, local?: { currency: string; rate: string; amount: number }): FinancialRow => ({
  lineId,
  category: 'travel',
  side: local ? 'partner' : 'home',
  description: lineId,
  currency: local?.currency ?? null,
  rate: local?.rate ?? null,
  budget,
  localBudget: local?.amount ?? null,
  actual: null,
  localActual: null,
  variance: null,
  variancePercent: null,
  explanationNeeded: false,
  explanation: '',
});

const server: FinancialSummary = {
  rows: [row('nok', 100_000_00), row('gtq', 138_740_00, { currency: 'GTQ', rate: '1.3874', amount: 100_000_00 })],
  budget: 238_740_00,
  actual: 0,
  granted: 250_000_00,
  paid: 250_000_00,
  unspent: 250_000_00,
  thresholdPercent: 10,
};

describe('the financial table while typing', () => {
  it('converts a local-currency actual at the line rate and asks for an explanation beyond the threshold', () => {
    let financial: ReportFinancial = { lines: [], unspentExplanation: '' };
    financial = withLine(financial, 'nok', { actual: 111_000_00 });
    financial = withLine(financial, 'gtq', { localActual: 100_000_00 });
    const live = liveFinancial(server, financial);
    expect(live.rows[0]).toMatchObject({ actual: 111_000_00, variance: 11_000_00, variancePercent: '11.0', explanationNeeded: true });
    expect(live.rows[1]).toMatchObject({ actual: 138_740_00, variance: 0, variancePercent: '0.0', explanationNeeded: false });
    expect(live.actual).toBe(249_740_00);
    expect(live.unspent).toBe(260_00);
  });
});
