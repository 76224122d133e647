import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORIES, localize, percentOf, sumMoney, type AnnualReportDto, type FinancialSummary } from '@mic/domain';
import { useBudgetText } from '../../budget/budget-labels';
import { ProgressTag } from '../../results/shared/StatusTags';
import { useNumberText } from '../report-labels';
import { ScrollRegion } from '../../risks/ScrollRegion';

/** A bar's width as an exact percent of the largest amount (string arithmetic, no floating point on money). */
const width = (amount: number, max: number) => `${percentOf(Math.max(0, amount), max) ?? '0'}%`;

/** Budget against actual per budget category: bars, and the same figures in a table beside them. */
export function BudgetChart({ financial }: { financial: FinancialSummary }) {
  const { t } = useTranslation();
  const f = useBudgetText();
  const categories = BUDGET_CATEGORIES.map((category) => {
    const rows = financial.rows.filter((r) => r.category === category);
    return { category, budget: sumMoney(rows.map((r) => r.budget)), actual: sumMoney(rows.map((r) => r.actual ?? 0)), count: rows.length };
  }).filter((c) => c.count > 0);
  if (categories.length === 0) return null;
  const max = Math.max(1, ...categories.flatMap((c) => [c.budget, c.actual]));
  return (
    <section aria-labelledby="report-budget-chart-heading" className="section">
      <Heading level={2} data-size="sm" id="report-budget-chart-heading">
        {t('reports.charts.budgetHeading')}
      </Heading>
      <div className="report-chart-pair">
        <div role="img" aria-label={t('reports.charts.budgetLabel')} className="report-bars">
          {categories.map((c) => (
            <div key={c.category} className="report-bars__group" aria-hidden="true">
              <span className="report-bars__label">{f.category(c.category)}</span>
              <span className="report-bars__row">
                <span className="report-bars__track">
                  <span className="report-bars__bar report-bars__bar--budget" style={{ width: width(c.budget, max) }} />
                </span>
                <span className="report-bars__value">{f.money(c.budget)}</span>
              </span>
              <span className="report-bars__row">
                <span className="report-bars__track">
                  <span className="report-bars__bar report-bars__bar--actual" style={{ width: width(c.actual, max) }} />
                </span>
                <span className="report-bars__value">{f.money(c.actual)}</span>
              </span>
            </div>
          ))}
          <p className="report-bars__legend" aria-hidden="true">
            <span className="report-bars__key report-bars__bar--budget" /> {t('reports.financial.budget')}{' '}
            <span className="report-bars__key report-bars__bar--actual" /> {t('reports.financial.actual')}
          </p>
        </div>
        <ScrollRegion label={t('reports.charts.budgetCaption')}>
          <Table data-size="sm" className="data-table">
            <caption>{t('reports.charts.budgetCaption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reports.charts.category')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.budget')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.actual')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.financial.variance')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {categories.map((c) => {
                const pct = percentOf(c.actual - c.budget, c.budget);
                return (
                  <Table.Row key={c.category}>
                    <Table.HeaderCell scope="row">{f.category(c.category)}</Table.HeaderCell>
                    <Table.Cell className="numeric">{f.money(c.budget)}</Table.Cell>
                    <Table.Cell className="numeric">{f.money(c.actual)}</Table.Cell>
                    <Table.Cell className="numeric">
                      {f.money(c.actual - c.budget)}
                      {pct !== null && ` (${f.percent(pct)})`}
                    </Table.Cell>
                  </Table.Row>
                );
              })}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </div>
    </section>
  );
}

/** Each indicator's progress towards the year's target: bars, and the table beside them. */
export function IndicatorChart({ report }: { report: AnnualReportDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const numbers = useNumberText();
  if (report.indicators.length === 0) return null;
  return (
    <section aria-labelledby="report-indicator-chart-heading" className="section">
      <Heading level={2} data-size="sm" id="report-indicator-chart-heading">
        {t('reports.charts.indicatorsHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('reports.charts.indicatorsIntro')}</Paragraph>
      <div className="report-chart-pair">
        <div role="img" aria-label={t('reports.charts.indicatorsLabel')} className="report-bars">
          {report.indicators.map((ind) => (
            <div key={ind.id} className="report-bars__group" aria-hidden="true">
              <span className="report-bars__label">{localize(ind.name, lang)}</span>
              <span className="report-bars__row">
                <span className="report-bars__track report-bars__track--target">
                  <span className={`report-bars__bar report-bars__bar--${ind.progress}`} style={{ width: `${Math.min(100, Math.max(0, ind.percent ?? 0))}%` }} />
                </span>
                <span className="report-bars__value">{numbers.percent(ind.percent)}</span>
              </span>
            </div>
          ))}
        </div>
        <ScrollRegion label={t('reports.charts.indicatorsCaption', { year: report.year })}>
          <Table data-size="sm" className="data-table">
            <caption>{t('reports.charts.indicatorsCaption', { year: report.year })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reports.indicators.indicator')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.charts.percent')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('reports.indicators.progress')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {report.indicators.map((ind) => (
                <Table.Row key={ind.id}>
                  <Table.HeaderCell scope="row">{localize(ind.name, lang)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{numbers.percent(ind.percent)}</Table.Cell>
                  <Table.Cell>
                    <ProgressTag status={ind.progress} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </div>
    </section>
  );
}
