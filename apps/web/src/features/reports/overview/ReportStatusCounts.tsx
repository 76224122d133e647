import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ReportsOverviewDto } from '@mic/domain';
import { OVERVIEW_STATUSES } from './overview-filters';

/**
 * The year's reports by status, and how many are overdue or were late, as bars with a table of the same
 * numbers beside them. Overdue and late overlap the statuses (a returned report may be overdue).
 */
export function ReportStatusCounts({ counts, year }: { counts: ReportsOverviewDto['counts']; year: number }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...OVERVIEW_STATUSES.map((s) => counts[s] ?? 0));
  const caption = t('reportsOverview.counts.caption', { year });
  return (
    <section aria-labelledby="reports-counts-heading" className="section">
      <Heading level={2} data-size="sm" id="reports-counts-heading">
        {t('reportsOverview.counts.heading', { year })}
      </Heading>
      <div className="report-chart-pair">
        <div role="img" aria-label={t('reportsOverview.counts.chartLabel', { year })} className="status-chart">
          {OVERVIEW_STATUSES.map((s) => (
            <div key={s} className="status-chart__row" aria-hidden="true">
              <span className="status-chart__label">{t(`reportsOverview.statuses.${s}`)}</span>
              <span className="status-chart__track">
                {(counts[s] ?? 0) > 0 && <span className={`status-chart__bar status-chart__bar--${s}`} style={{ width: `${((counts[s] ?? 0) / max) * 100}%` }} />}
              </span>
              <span className="status-chart__value">{counts[s] ?? 0}</span>
            </div>
          ))}
        </div>
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <Table data-size="sm" className="data-table">
            <caption>{caption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('reportsOverview.fields.status')}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {t('reportsOverview.counts.count')}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {OVERVIEW_STATUSES.map((s) => (
                <Table.Row key={s}>
                  <Table.HeaderCell scope="row">{t(`reportsOverview.statuses.${s}`)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{counts[s] ?? 0}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
    </section>
  );
}
