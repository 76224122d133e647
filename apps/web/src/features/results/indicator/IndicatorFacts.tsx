import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localize, type IndicatorDto } from '@mic/domain';
import { Facts } from '../../../components/Facts';
import { formatDate } from '../../../lib/format';
import { documentUrl } from '../results-api';
import { ProgressTag } from '../shared/StatusTags';
import { useResultsLabels } from '../shared/useResultsLabels';
import { formatPercent, formatValue } from '../value-format';

/** Everything about an indicator as a description list: how it is measured, the baseline, the targets, progress. */
export function IndicatorFacts({ partnershipId, indicator, workingLanguage }: { partnershipId: string; indicator: IndicatorDto; workingLanguage: string }) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const lang = labels.lang;
  const fmt = (n: number) => formatValue(indicator, n, lang);
  const b = indicator.baseline;
  const p = indicator.progress;
  const otherNames = Object.entries(indicator.name).filter(([l, s]) => l !== workingLanguage && s?.trim());
  const rows: [string, ReactNode][] = [
    ...otherNames.map(([l, s]): [string, ReactNode] => [t('results.indicatorForm.nameIn', { language: labels.language(l) }), <span lang={l}>{s}</span>]),
    [t('results.indicatorForm.kind'), t(`resultsRules.kinds.${indicator.kind}`)],
  ];
  if (indicator.kind === 'quantitative') {
    rows.push([t('results.indicatorForm.measure'), t(`resultsRules.measures.${indicator.measure ?? 'number'}`)]);
    if (indicator.unit && indicator.measure !== 'percentage') rows.push([t('results.indicatorForm.unit'), indicator.unit]);
    rows.push([t('results.indicatorForm.aggregation'), t(`resultsRules.aggregations.${indicator.aggregation}`)]);
  } else {
    rows.push([
      t('results.indicatorForm.scale'),
      <ol className="plain-list">
        {(indicator.scale ?? []).map((s) => (
          <li key={s.value}>
            {s.value} – {localize(s.label, lang)}
          </li>
        ))}
      </ol>,
    ]);
  }
  rows.push([t('results.indicatorForm.direction'), t(`resultsRules.directions.${indicator.direction}`)]);
  if (indicator.definition) rows.push([t('results.indicatorForm.definition'), indicator.definition]);
  if (indicator.dataSource) rows.push([t('results.indicatorForm.dataSource'), indicator.dataSource]);
  rows.push([
    t('results.indicatorForm.baselineHeading'),
    b ? (
      <>
        {b.value !== null ? fmt(b.value) : b.description}
        {b.value !== null && b.description && <span className="block subtle">{b.description}</span>}
        <span className="block">
          {t('results.indicator.baselineOn', { date: formatDate(b.date, lang) })}
          {b.source && ` · ${b.source}`}
        </span>
        {b.afterFirstActivity && <span className="block warning-text">{t('results.indicator.baselineLate')}</span>}
        {b.document && (
          <span className="block">
            <a href={documentUrl(partnershipId, b.document.id)} download>
              {t('results.indicator.baselineStudy', { name: b.document.fileName })}
            </a>
          </span>
        )}
      </>
    ) : (
      t('results.indicator.noBaseline')
    ),
  ]);
  rows.push([t('results.indicatorForm.endTarget'), indicator.endTarget === null ? t('results.values.noTarget') : fmt(indicator.endTarget)]);
  rows.push([
    t('results.indicator.progress'),
    <>
      <ProgressTag status={p.status} />
      {p.year !== null && p.percentOfTarget !== null && (
        <span className="block">{t('results.indicator.progressDetail', { year: p.year, percent: formatPercent(p.percentOfTarget, lang) })}</span>
      )}
      {p.percentOfEndTarget !== null && <span className="block">{t('results.indicator.progressEnd', { percent: formatPercent(p.percentOfEndTarget, lang) })}</span>}
    </>,
  ]);
  return <Facts rows={rows} />;
}
