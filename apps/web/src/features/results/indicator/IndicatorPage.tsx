import { useEffect, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { axisOf, chartPoints } from '../chart/chart-points';
import { ProgressChart } from '../chart/ProgressChart';
import type { SavedState } from '../framework/FrameworkPage';
import { useFramework } from '../results-api';
import { Comments } from '../shared/Comments';
import { ResultsFrame } from '../shared/ResultsFrame';
import { useResultsLabels } from '../shared/useResultsLabels';
import { formatValue } from '../value-format';
import { DeleteIndicatorDialog } from './DeleteIndicatorDialog';
import { IndicatorFacts } from './IndicatorFacts';
import { ValuesSection } from './ValuesSection';

/** One indicator: how it is measured, its baseline and targets, each year's value and its workflow, its chart, comments. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { id = '', indicatorId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const labels = useResultsLabels();
  const framework = useFramework(id);
  const [deleting, setDeleting] = useState(false);
  const [saved] = useState((location.state as SavedState | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  const fw = framework.data;
  const indicator = fw?.indicators.find((i) => i.id === indicatorId);
  const result = indicator && fw ? fw.results.find((r) => r.id === indicator.resultId) : undefined;
  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  if (fw && (!indicator || !result)) return <NotFoundPage />;

  const wl = fw?.workingLanguage ?? 'en';
  const name = indicator ? indicator.name[wl] || localize(indicator.name, labels.lang) : t('common.loading');
  const base = `/partnerships/${id}/results`;

  return (
    <ResultsFrame
      partnershipId={id}
      heading={name}
      headingLang={indicator?.name[wl] ? wl : undefined}
      back={{ to: base, label: t('results.backToFramework') }}
      actions={
        indicator &&
        fw?.can.edit && (
          <div className="button-row">
            <Button asChild variant="secondary">
              <RouterLink to={`${base}/indicators/${indicator.id}/edit`}>{t('results.indicator.edit')}</RouterLink>
            </Button>
            <Button variant="tertiary" data-color="danger" onClick={() => setDeleting(true)}>
              {t('results.indicator.delete')}
            </Button>
          </div>
        )
      }
    >
      {framework.isPending && <Loading />}
      {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
      {fw && indicator && result && (
        <div aria-busy={framework.isFetching}>
          {saved && <SuccessAlert focus={false}>{saved}</SuccessAlert>}
          <Paragraph>
            {t('results.indicator.measures')}{' '}
            <RouterLink to={`${base}/${result.id}`}>{labels.resultName(result)}</RouterLink>
            {': '}
            <span lang={wl}>{result.statement[wl] || localize(result.statement, labels.lang)}</span>
          </Paragraph>
          <IndicatorFacts partnershipId={id} indicator={indicator} workingLanguage={wl} />
          <ValuesSection fw={fw} result={result} indicator={indicator} />
          <section aria-labelledby="chart-heading" className="section">
            <Heading level={2} data-size="sm" id="chart-heading">
              {t('results.indicator.chartHeading')}
            </Heading>
            <ProgressChart
              title={name}
              points={chartPoints(indicator.baseline?.value ?? null, indicator.tracking, t('results.chart.baseline'))}
              format={(n) => formatValue(indicator, n, labels.lang)}
              axis={axisOf(indicator, labels.lang)}
            />
          </section>
          <div className="section">
            <Comments
              partnershipId={id}
              entityType="indicator"
              entityId={indicator.id}
              canComment={fw.can.comment}
              title={t('results.indicator.commentsHeading')}
              idPrefix="indicator-comments"
            />
          </div>
          {deleting && (
            <DeleteIndicatorDialog
              partnershipId={id}
              indicator={indicator}
              name={name}
              onClose={() => setDeleting(false)}
              onDeleted={() =>
                navigate(base, { state: { saved: t('results.indicator.deleted', { name }) } satisfies SavedState })
              }
            />
          )}
        </div>
      )}
    </ResultsFrame>
  );
}
