import { Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RISK_RATING_MAX, type RiskBandRange, type RiskHistoryPointDto } from '@mic/domain';
import { BandTag } from './BandTag';
import { formatDay } from './risk-labels';
import { ScrollRegion } from './ScrollRegion';

const W = 480;
const H = 220;
const PAD = { left: 36, right: 16, top: 12, bottom: 40 };
const TICKS = [0, 5, 10, 15, 20, 25];

const yOf = (v: number) => PAD.top + (1 - v / RISK_RATING_MAX) * (H - PAD.top - PAD.bottom);
// Points stay clear of the plot's edges so that their date labels fit.
const INSET = 32;
const xOf = (i: number, n: number) =>
  n <= 1 ? (PAD.left + W - PAD.right) / 2 : PAD.left + INSET + (i * (W - PAD.left - PAD.right - 2 * INSET)) / (n - 1);

/**
 * The risk's rating over time (identification, then each review) as a line over the band areas,
 * with the same points in a table beside it.
 */
export function RatingHistory({ points, bands }: { points: RiskHistoryPointDto[]; bands: RiskBandRange[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = points.length;
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xOf(i, n).toFixed(1)},${yOf(p.rating).toFixed(1)}`).join(' ');
  const first = points[0];
  const last = points[n - 1];

  return (
    <section aria-labelledby="risk-history-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-history-heading">
        {t('risks.ratingHistory.heading')}
      </Heading>
      <div className="chart-pair">
        {first && last && (
          <svg
            viewBox={`0 0 ${W} ${H}`}
            role="img"
            aria-label={t('risks.ratingHistory.chartLabel', {
              first: `${formatDay(first.on, lang)}: ${first.rating}`,
              last: `${formatDay(last.on, lang)}: ${last.rating}`,
            })}
            focusable="false"
            className="rating-chart"
          >
            {bands.map((b) => (
              <rect
                key={b.band}
                x={PAD.left}
                width={W - PAD.left - PAD.right}
                y={yOf(b.to)}
                height={yOf(b.from - 1) - yOf(b.to)}
                className={`rating-chart__band rating-chart__band--${b.band}`}
              />
            ))}
            {TICKS.map((v) => (
              <g key={v}>
                <line x1={PAD.left} x2={W - PAD.right} y1={yOf(v)} y2={yOf(v)} className="rating-chart__grid" />
                <text x={PAD.left - 6} y={yOf(v)} dy="0.32em" textAnchor="end" className="rating-chart__tick">
                  {v}
                </text>
              </g>
            ))}
            {points.map((p, i) => (
              <text key={`x${i}`} x={xOf(i, n)} y={H - PAD.bottom + 18} textAnchor="middle" className="rating-chart__tick">
                {p.on.slice(0, 7)}
              </text>
            ))}
            <path d={line} className="rating-chart__line" />
            {points.map((p, i) => (
              <circle key={`p${i}`} cx={xOf(i, n)} cy={yOf(p.rating)} r={5} className="rating-chart__point" />
            ))}
          </svg>
        )}
        <ScrollRegion label={t('risks.ratingHistory.caption')}>
          <Table data-size="sm" className="data-table">
            <caption>{t('risks.ratingHistory.caption')}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('risks.ratingHistory.date')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.ratingHistory.kind')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.ratingHistory.probability')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.ratingHistory.consequence')}</Table.HeaderCell>
                <Table.HeaderCell>{t('risks.ratingHistory.rating')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {points.map((p, i) => (
                <Table.Row key={i}>
                  <Table.Cell className="nowrap">{formatDay(p.on, lang)}</Table.Cell>
                  <Table.Cell>{t(`risks.ratingHistory.${p.kind === 'identified' ? 'identified' : 'review'}`)}</Table.Cell>
                  <Table.Cell className="numeric">{p.probability}</Table.Cell>
                  <Table.Cell className="numeric">{p.consequence}</Table.Cell>
                  <Table.Cell className="nowrap">
                    <BandTag band={p.band} rating={p.rating} />
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
