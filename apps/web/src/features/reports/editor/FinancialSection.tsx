import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_MINOR_DIGITS, convertToOre, type FinancialRow, type FinancialSummary, type ReportFinancial } from '@mic/domain';
import { Facts } from '../../../components/Facts';
import { MoneyInput } from '../../../components/MoneyInput';
import { useBudgetText } from '../../budget/budget-labels';
import { fieldId } from '../report-labels';
import { ReportSectionBlock } from '../ReportSectionBlock';
import { liveFinancial, withLine } from './financial-rows';
import { ReportText } from './ReportText';
import type { SectionSlots } from './NarrativeSections';
import { ScrollRegion } from '../../risks/ScrollRegion';

interface Props extends SectionSlots {
  summary: FinancialSummary;
  financial: ReportFinancial;
  /** Absent: read-only. */
  onChange?: (financial: ReportFinancial) => void;
}

/** Budget, actual and variance per budget line of the year's work plan, and what is left unspent. */
export function FinancialSection({ summary, financial, onChange, returnComments, review }: Props) {
  const { t } = useTranslation();
  const f = useBudgetText();
  const live = liveFinancial(summary, financial);

  const actualCell = (row: FinancialRow, i: number) => {
    const label = <span className="visually-hidden">{t('reports.financial.actualOf', { line: row.description })}</span>;
    if (row.currency && row.rate) {
      const digits = CURRENCY_MINOR_DIGITS[row.currency] ?? 2;
      if (!onChange) return row.localActual === null ? '—' : `${f.money(row.localActual, row.currency)} (${f.money(row.actual ?? 0)})`;
      return (
        <MoneyInput
          id={fieldId(`financial.lines.${i}.actual`)}
          label={label}
          value={row.localActual}
          digits={digits}
          currency={row.currency}
          description={
            row.localActual === null
              ? t('reports.financial.rateOnly', { rate: f.rate(row.rate) })
              : t('reports.financial.converted', { amount: f.money(convertToOre(row.localActual, row.currency, row.rate)), rate: f.rate(row.rate) })
          }
          onChange={(localActual) => onChange(withLine(financial, row.lineId, { localActual, actual: null }))}
        />
      );
    }
    if (!onChange) return row.actual === null ? '—' : f.money(row.actual);
    return (
      <MoneyInput
        id={fieldId(`financial.lines.${i}.actual`)}
        label={label}
        value={row.actual}
        onChange={(actual) => onChange(withLine(financial, row.lineId, { actual, localActual: null }))}
      />
    );
  };

  return (
    <ReportSectionBlock section="financial" returnComment={returnComments.financial} review={review?.('financial')}>
      {live.rows.length === 0 ? (
        <Paragraph id={fieldId('financial')}>{t('reports.financial.noLines')}</Paragraph>
      ) : (
        <ScrollRegion label={t('reports.financial.caption', { threshold: live.thresholdPercent })}>
          <Table data-size="sm" className="data-table report-financial">
            <caption>{t('reports.financial.caption', { threshold: live.thresholdPercent })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reports.financial.line')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.budget')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.actual')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.variance')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.explanation')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {live.rows.map((row, i) => (
                <Table.Row key={row.lineId}>
                  <Table.HeaderCell scope="row">
                    {row.description}
                    <span className="report-line-meta">
                      {f.category(row.category)} · {t(`reports.sides.${row.side}`)}
                    </span>
                  </Table.HeaderCell>
                  <Table.Cell className="numeric">
                    {f.money(row.budget)}
                    {row.currency && row.localBudget !== null && <span className="report-line-meta">{f.money(row.localBudget, row.currency)}</span>}
                  </Table.Cell>
                  <Table.Cell className="report-financial__actual">{actualCell(row, i)}</Table.Cell>
                  <Table.Cell className="numeric">
                    {row.variance === null ? '—' : f.money(row.variance)}
                    {row.variancePercent !== null && <span className="report-line-meta">{f.percent(row.variancePercent)}</span>}
                    {row.explanationNeeded && <span className="report-line-meta report-flag">{t('reports.financial.beyondThreshold')}</span>}
                  </Table.Cell>
                  <Table.Cell className="report-financial__explanation">
                    {onChange ? (
                      <ReportText
                        path={`financial.lines.${i}.explanation`}
                        label={row.explanationNeeded ? t('reports.financial.explanationRequiredOf', { line: row.description }) : t('reports.financial.explanationOf', { line: row.description })}
                        value={row.explanation}
                        rows={2}
                        onChange={(explanation) => onChange(withLine(financial, row.lineId, { explanation }))}
                      />
                    ) : (
                      <span className="pre-line">{row.explanation || '—'}</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      <Facts
        rows={[
          [t('reports.financial.totalBudget'), f.money(live.budget)],
          [t('reports.financial.totalActual'), f.money(live.actual)],
          [t('reports.financial.granted'), f.money(live.granted)],
          [t('reports.financial.paid'), f.money(live.paid)],
          [live.unspent < 0 ? t('reports.financial.overspent') : t('reports.financial.unspent'), f.money(Math.abs(live.unspent))],
        ]}
      />
      <ReportText
        path="financial.unspentExplanation"
        label={t('reports.financial.unspentExplanation')}
        description={t('reports.financial.unspentHint')}
        value={financial.unspentExplanation}
        onChange={onChange && ((unspentExplanation) => onChange({ ...financial, unspentExplanation }))}
      />
    </ReportSectionBlock>
  );
}
