import { useRef } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PaginationNav } from '../../../components/PaginationNav';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { usePartnership } from '../../partnerships/api';
import { axisOf, chartPoints } from '../chart/chart-points';
import { ProgressChart } from '../chart/ProgressChart';
import { useTracking } from '../results-api';
import { Downloads } from '../shared/Downloads';
import { ResultsFrame } from '../shared/ResultsFrame';
import { useResultsLabels } from '../shared/useResultsLabels';
import { formatValue } from '../value-format';
import { TrackingFilters } from './TrackingFilters';
import { TrackingTable } from './TrackingTable';
import { useTrackingUrlFilters } from './url-filters';

/** The tracking table (indicator × year) with a progress chart per indicator; filters live in the address. */
export function TrackingPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const labels = useResultsLabels();
  const partnership = usePartnership(id);
  const { filters, page, update, setPage, clear, active } = useTrackingUrlFilters();
  const tracking = useTracking(id, filters, page);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const data = tracking.data;
  const wl = partnership.data?.workingLanguage ?? 'en';

  const notFound = (q: { isError: boolean; error: unknown }) => q.isError && isApiError(q.error) && q.error.status === 404;
  if (notFound(partnership) || notFound(tracking)) return <NotFoundPage />;

  const goToPage = (p: number) => {
    setPage(p);
    summaryRef.current?.focus();
  };

  return (
    <ResultsFrame partnershipId={id} heading={t('results.tracking.heading')} views>
      <Paragraph>{t('results.tracking.intro')}</Paragraph>
      <TrackingFilters filters={filters} purposes={partnership.data?.purposes ?? []} active={active} onChange={update} onClear={clear} />
      <p ref={summaryRef} tabIndex={-1} className="results-summary" role="status">
        {data && data.total > 0
          ? t('results.tracking.showing', {
              from: (data.page - 1) * data.pageSize + 1,
              to: (data.page - 1) * data.pageSize + data.items.length,
              total: data.total,
            })
          : ''}
      </p>
      {tracking.isPending && <Loading />}
      {tracking.isError && <ErrorAlert error={tracking.error} onRetry={() => void tracking.refetch()} />}
      {data && data.items.length === 0 && (
        <div className="empty-state">
          <Paragraph>{active ? t('results.tracking.emptyFiltered') : t('results.tracking.empty')}</Paragraph>
          {active && (
            <Button variant="secondary" onClick={clear}>
              {t('results.tracking.clear')}
            </Button>
          )}
        </div>
      )}
      {data && data.items.length > 0 && (
        <div aria-busy={tracking.isFetching}>
          <TrackingTable partnershipId={id} rows={data.items} workingLanguage={wl} />
          <Paragraph data-size="sm" className="subtle">
            {t('results.tracking.interpolatedNote')}
          </Paragraph>
          <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={goToPage} label={t('results.tracking.pagination')} />
          <section aria-labelledby="charts-heading" className="section">
            <Heading level={2} data-size="sm" id="charts-heading">
              {t('results.tracking.chartsHeading')}
            </Heading>
            {data.items.map((row) => {
              const name = row.indicatorName[wl] || localize(row.indicatorName, labels.lang);
              return (
                <ProgressChart
                  key={row.indicatorId}
                  title={`${labels.resultName({ level: row.resultLevel, number: row.resultNumber })} – ${name}`}
                  points={chartPoints(row.baseline, row.years, t('results.chart.baseline'))}
                  format={(n) => formatValue(row, n, labels.lang)}
                  axis={axisOf(row, labels.lang)}
                />
              );
            })}
          </section>
        </div>
      )}
      <Downloads partnershipId={id} filters={filters} views={['tracking', 'all']} />
    </ResultsFrame>
  );
}
