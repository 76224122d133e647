import { Paragraph } from '@digdir/designsystemet-react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isObjectiveLevel, localize, type IndicatorDto } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { NotFoundPage } from '../../layout/NotFoundPage';
import type { SavedState } from '../framework/FrameworkPage';
import { useFramework } from '../results-api';
import { ResultsFrame } from '../shared/ResultsFrame';
import { useResultsLabels } from '../shared/useResultsLabels';
import { emptyIndicatorValues, indicatorValuesOf } from './indicator-form';
import { IndicatorForm } from './IndicatorForm';

function useAfterSave(partnershipId: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (saved: IndicatorDto, created: boolean, name: string) =>
    navigate(`/partnerships/${partnershipId}/results/indicators/${saved.id}`, {
      state: { saved: created ? t('results.indicatorForm.created', { name }) : t('results.indicatorForm.saved', { name }) } satisfies SavedState,
    });
}

/** A new indicator for a result (impact, outcome or output). */
export function IndicatorCreatePage() {
  const { t } = useTranslation();
  const { id = '', resultId = '' } = useParams();
  const labels = useResultsLabels();
  const framework = useFramework(id);
  const after = useAfterSave(id);
  const fw = framework.data;
  const result = fw?.results.find((r) => r.id === resultId);
  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  if (fw && (!result || !fw.can.edit || !isObjectiveLevel(result.level))) return <NotFoundPage />;
  const back = `/partnerships/${id}/results`;
  return (
    <div className="form-page wide">
      <ResultsFrame partnershipId={id} heading={t('results.indicatorForm.createHeading')} back={{ to: back, label: t('results.backToFramework') }}>
        {framework.isPending && <Loading />}
        {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
        {fw && result && (
          <>
            <Paragraph className="lead">
              {t('results.indicatorForm.forResult', { name: labels.resultName(result) })}{' '}
              <span lang={fw.workingLanguage}>{result.statement[fw.workingLanguage] || localize(result.statement, labels.lang)}</span>
            </Paragraph>
            <IndicatorForm
              fw={fw}
              result={result}
              indicator={null}
              initial={emptyIndicatorValues(fw.workingLanguage)}
              submitLabel={t('results.indicatorForm.create')}
              cancelTo={back}
              onSaved={(saved) => after(saved, true, saved.name[fw.workingLanguage] ?? localize(saved.name, labels.lang))}
            />
          </>
        )}
      </ResultsFrame>
    </div>
  );
}

/** Change an indicator's definition, baseline and targets. */
export function IndicatorEditPage() {
  const { t } = useTranslation();
  const { id = '', indicatorId = '' } = useParams();
  const labels = useResultsLabels();
  const framework = useFramework(id);
  const after = useAfterSave(id);
  const fw = framework.data;
  const indicator = fw?.indicators.find((i) => i.id === indicatorId);
  const result = indicator && fw?.results.find((r) => r.id === indicator.resultId);
  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  if (fw && (!indicator || !result || !fw.can.edit)) return <NotFoundPage />;
  const back = `/partnerships/${id}/results/indicators/${indicatorId}`;
  const name = indicator && fw ? indicator.name[fw.workingLanguage] || localize(indicator.name, labels.lang) : '';
  return (
    <div className="form-page wide">
      <ResultsFrame partnershipId={id} heading={t('results.indicatorForm.editHeading')} back={{ to: back, label: t('results.indicatorForm.backToIndicator') }}>
        {framework.isPending && <Loading />}
        {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
        {fw && indicator && result && (
          <>
            <Paragraph className="lead" lang={fw.workingLanguage}>
              {name}
            </Paragraph>
            <IndicatorForm
              key={indicator.id}
              fw={fw}
              result={result}
              indicator={indicator}
              initial={indicatorValuesOf(indicator, fw.workingLanguage, labels.lang)}
              submitLabel={t('results.indicatorForm.save')}
              cancelTo={back}
              onSaved={(saved) => after(saved, false, saved.name[fw.workingLanguage] ?? name)}
            />
          </>
        )}
      </ResultsFrame>
    </div>
  );
}
