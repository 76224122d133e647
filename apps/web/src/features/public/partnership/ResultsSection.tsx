import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PublicIndicator, PublicPartnershipDto } from '@mic/domain';
import { ProgressChart } from '../../results/chart/ProgressChart';
import type { ChartPoint } from '../../results/chart/chart-scale';
import { formatNumber } from '../../results/value-format';
import type { PublicLabels } from '../labels';

/** The outcomes and outputs, each indicator with its baseline, targets and approved values per year. */
export function ResultsSection({ partnership: p, labels }: { partnership: PublicPartnershipDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  if (!p.results) return null;
  return (
    <section aria-labelledby="public-results-heading" className="section">
      <Heading level={2} data-size="sm" id="public-results-heading">
        {t('public.results.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('public.results.intro')}</Paragraph>
      {p.results.length === 0 && <Paragraph>{t('public.results.none')}</Paragraph>}
      {p.results.map((r) => (
        <section key={r.id} aria-labelledby={`public-result-${r.id}`} className="public-result">
          <Heading level={3} data-size="xs" id={`public-result-${r.id}`}>
            <span className="public-result__level">{t(`resultsRules.levels.${r.level}`)}:</span> {labels.text(r.statement)}
          </Heading>
          {r.indicators.length === 0 && <Paragraph data-size="sm">{t('public.results.noIndicators')}</Paragraph>}
          {r.indicators.map((ind) => (
            <Indicator key={ind.id} indicator={ind} labels={labels} />
          ))}
        </section>
      ))}
    </section>
  );
}

function Indicator({ indicator: ind, labels }: { indicator: PublicIndicator; labels: PublicLabels }) {
  const { t } = useTranslation();
  const name = labels.text(ind.name);
  const unit = ind.unit ? labels.text(ind.unit) : '';
  const plain = (n: number) => formatNumber(n, labels.lang);
  const withUnit = (n: number) => (unit ? `${plain(n)} ${unit}` : plain(n));
  const points: ChartPoint[] = [];
  if (ind.baseline.value !== null) {
    const label = ind.baseline.year ? `${t('results.chart.baseline')} ${ind.baseline.year}` : t('results.chart.baseline');
    points.push({ label, target: null, actual: ind.baseline.value });
  }
  for (const y of [...ind.years].sort((a, b) => a.year - b.year)) points.push({ label: String(y.year), target: y.target, actual: y.actual });
  const approved = ind.years.some((y) => y.actual !== null);
  return (
    <div className="public-indicator">
      <Heading level={4} data-size="2xs">
        {name}
      </Heading>
      <Paragraph data-size="sm" className="subtle">
        {[
          ind.kind === 'qualitative' ? t('public.results.qualitative') : t('public.results.quantitative'),
          ind.ascending ? t('public.results.ascending') : t('public.results.descending'),
          ind.baseline.value === null
            ? t('public.results.noBaseline')
            : ind.baseline.year
              ? t('public.results.baselineIn', { value: withUnit(ind.baseline.value), year: ind.baseline.year })
              : t('public.results.baseline', { value: withUnit(ind.baseline.value) }),
        ].join(' · ')}
      </Paragraph>
      {!approved && <Paragraph data-size="sm">{t('public.results.noValues')}</Paragraph>}
      {points.length > 0 && <ProgressChart title={name} points={points} format={withUnit} axis={{ format: plain, unit: unit || undefined }} />}
    </div>
  );
}
