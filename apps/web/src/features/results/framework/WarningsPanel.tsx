import { Alert, Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize, type ResultsFrameworkDto } from '@mic/domain';
import { useResultsLabels } from '../shared/useResultsLabels';

/** What the framework should look at again; none of it blocks. */
export function WarningsPanel({ fw }: { fw: ResultsFrameworkDto }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  // An empty framework says so where the chain would be; "no impact yet" would only repeat it.
  const warnings = fw.results.length === 0 ? fw.warnings.filter((w) => w.code !== 'NO_IMPACT') : fw.warnings;
  if (warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-heading" className="section">
      <Alert data-color="warning">
        <Heading level={2} data-size="xs" id="warnings-heading">
          {t('results.framework.warningsHeading', { count: warnings.length })}
        </Heading>
        <ul className="warnings-list">
          {warnings.map((w, i) => {
            const result = w.resultId ? fw.results.find((r) => r.id === w.resultId) : undefined;
            const indicator = w.indicatorId ? fw.indicators.find((x) => x.id === w.indicatorId) : undefined;
            const indicatorName = indicator ? localize(indicator.name, fw.workingLanguage) : '';
            return (
              <li key={`${w.code}-${w.resultId ?? ''}-${w.indicatorId ?? ''}-${i}`}>
                {result && <strong>{labels.resultName(result)}</strong>}
                {result && indicator && ' – '}
                {indicator && (
                  <RouterLink to={`/partnerships/${fw.partnershipId}/results/indicators/${indicator.id}`} lang={fw.workingLanguage}>
                    {indicatorName}
                  </RouterLink>
                )}
                {(result || indicator) && ': '}
                {labels.warning(w)}
              </li>
            );
          })}
        </ul>
      </Alert>
    </section>
  );
}
