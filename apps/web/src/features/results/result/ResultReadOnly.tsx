import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize, type IndicatorDto, type ResultDto, type ResultsFrameworkDto } from '@mic/domain';
import { formatDate } from '../../../lib/format';
import { SmartDetails } from '../shared/SmartView';
import { ProgressTag } from '../shared/StatusTags';
import { useResultsLabels } from '../shared/useResultsLabels';
import { statementLanguages } from './result-form';

/** A result as a reader sees it: statements, facts and the SMART check. */
export function ResultReadOnly({ fw, result }: { fw: ResultsFrameworkDto; result: ResultDto }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const langs = statementLanguages(fw.workingLanguage).filter((l) => result.statement[l]?.trim());
  const rows: [string, string][] = [
    [t('results.tree.owner'), labels.owner(result.owner)],
    [t('results.tree.purpose'), result.purpose ? labels.purpose(result.purpose) : t('results.tree.noPurpose')],
    [t('results.resultForm.justification'), result.justification || t('common.none')],
  ];
  if (result.startDate) rows.push([t('results.resultForm.startDate'), formatDate(result.startDate, labels.lang)]);
  if (result.endDate) rows.push([t('results.resultForm.endDate'), formatDate(result.endDate, labels.lang)]);
  return (
    <>
      <dl className="facts">
        {langs.map((l) => (
          <div key={l} className="facts__row">
            <dt>{t('results.resultForm.statementIn', { language: labels.language(l) })}</dt>
            <dd lang={l}>{result.statement[l]}</dd>
          </div>
        ))}
        {rows.map(([term, value]) => (
          <div key={term} className="facts__row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {result.smart && (
        <section aria-labelledby="smart-heading" className="section">
          <Heading level={2} data-size="xs" id="smart-heading">
            {t('results.resultForm.smartHeading')}
          </Heading>
          <SmartDetails check={result.smart} idPrefix="smart" />
        </section>
      )}
    </>
  );
}

/** The indicators that measure a result, each with its progress, and a way to add one. */
export function ResultIndicators({ fw, result, indicators }: { fw: ResultsFrameworkDto; result: ResultDto; indicators: IndicatorDto[] }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const base = `/partnerships/${fw.partnershipId}/results`;
  return (
    <section aria-labelledby="result-indicators-heading" className="section">
      <Heading level={2} data-size="sm" id="result-indicators-heading">
        {t('results.indicators.heading')}
      </Heading>
      {indicators.length === 0 ? (
        <Paragraph>{t('results.indicators.none')}</Paragraph>
      ) : (
        <ul className="plain-list indicator-list">
          {indicators.map((i) => (
            <li key={i.id}>
              <RouterLink to={`${base}/indicators/${i.id}`} className="table-link" lang={i.name[fw.workingLanguage] ? fw.workingLanguage : undefined}>
                {i.name[fw.workingLanguage] || localize(i.name, labels.lang)}
              </RouterLink>{' '}
              <ProgressTag status={i.progress.status} />
            </li>
          ))}
        </ul>
      )}
      {fw.can.edit && (
        <Button asChild variant="secondary" data-size="sm">
          <RouterLink to={`${base}/${result.id}/indicators/new`}>{t('results.tree.addIndicator')}</RouterLink>
        </Button>
      )}
    </section>
  );
}
