import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../ScrollRegion';
import { RISK_BANDS, RISK_CATEGORIES, type ProgrammeRiskOverviewDto, type RiskBand, type RiskCategory } from '@mic/domain';

type Counts = ProgrammeRiskOverviewDto['countsByCategoryAndBand'];

const countOf = (counts: Counts, category: RiskCategory, band?: RiskBand) =>
  counts.filter((c) => c.category === category && (!band || c.band === band)).reduce((s, c) => s + c.count, 0);

/** Open risks by category, each bar split by band, with a table of the same numbers. */
export function CategoryChart({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...RISK_CATEGORIES.map((c) => countOf(counts, c)));
  return (
    <section aria-labelledby="risk-by-category-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-by-category-heading">
        {t('risks.programme.byCategory.heading')}
      </Heading>
      <div className="chart-pair">
        <div role="img" aria-label={t('risks.programme.byCategory.chartLabel')} className="bar-chart">
          {RISK_CATEGORIES.map((category) => (
            <div key={category} className="bar-chart__row" aria-hidden="true">
              <span className="bar-chart__label">{t(`risks.categories.${category}`)}</span>
              <span className="bar-chart__track">
                {RISK_BANDS.map((band) => {
                  const n = countOf(counts, category, band);
                  return n ? <span key={band} className={`bar-chart__bar bar--${band}`} style={{ width: `${(n / max) * 100}%` }} /> : null;
                })}
              </span>
              <span className="bar-chart__value">{countOf(counts, category)}</span>
            </div>
          ))}
          <BandLegend />
        </div>
        <ScrollRegion label={t('risks.programme.byCategory.caption')}>
          <Table data-size="sm" className="data-table">
            <caption>{t('risks.programme.byCategory.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('risks.programme.byCategory.category')}</Table.HeaderCell>
                {RISK_BANDS.map((b) => (
                  <Table.HeaderCell key={b} scope="col">
                    {t(`risks.bands.${b}`)}
                  </Table.HeaderCell>
                ))}
                <Table.HeaderCell scope="col">{t('risks.programme.byCategory.total')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {RISK_CATEGORIES.map((category) => (
                <Table.Row key={category}>
                  <Table.HeaderCell scope="row">{t(`risks.categories.${category}`)}</Table.HeaderCell>
                  {RISK_BANDS.map((b) => (
                    <Table.Cell key={b} className="numeric">
                      {countOf(counts, category, b)}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="numeric">{countOf(counts, category)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </div>
    </section>
  );
}

/** Open risks by band, as bars and as a table. */
export function BandChart({ totals }: { totals: ProgrammeRiskOverviewDto['totals'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...RISK_BANDS.map((b) => totals[b]));
  return (
    <section aria-labelledby="risk-by-band-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-by-band-heading">
        {t('risks.programme.byBand.heading')}
      </Heading>
      <div className="chart-pair">
        <div role="img" aria-label={t('risks.programme.byBand.chartLabel')} className="bar-chart">
          {RISK_BANDS.map((band) => (
            <div key={band} className="bar-chart__row" aria-hidden="true">
              <span className="bar-chart__label">{t(`risks.bands.${band}`)}</span>
              <span className="bar-chart__track">
                {totals[band] > 0 && <span className={`bar-chart__bar bar--${band}`} style={{ width: `${(totals[band] / max) * 100}%` }} />}
              </span>
              <span className="bar-chart__value">{totals[band]}</span>
            </div>
          ))}
        </div>
        <ScrollRegion label={t('risks.programme.byBand.caption')}>
          <Table data-size="sm" className="data-table">
            <caption>{t('risks.programme.byBand.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t('risks.programme.byBand.band')}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t('risks.programme.byBand.count')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {RISK_BANDS.map((b) => (
                <Table.Row key={b}>
                  <Table.HeaderCell scope="row">{t(`risks.bands.${b}`)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{totals[b]}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      </div>
    </section>
  );
}

function BandLegend() {
  const { t } = useTranslation();
  return (
    <ul className="bar-chart__legend" aria-hidden="true">
      {RISK_BANDS.map((b) => (
        <li key={b}>
          <span className={`bar-chart__key bar--${b}`} /> {t(`risks.bands.${b}`)}
        </li>
      ))}
    </ul>
  );
}
