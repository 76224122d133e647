import { useId } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_LAYOUT as L, linePath, stepAxis, valueAxis, xOf, yOf, type ChartPoint } from './chart-scale';
import '../results.css';
import './progress-chart.css';

interface Props {
  /** Names the chart and its table: the indicator's statement. */
  title: string;
  points: ChartPoint[];
  /** A value as people read it: "42 %", "1 200 households". */
  format: (value: number) => string;
  /** The value axis: a short form of a value for the ticks, what the values are in, and, for a scale, its steps. */
  axis: { format: (value: number) => string; unit?: string; steps?: number[] };
}

/**
 * An indicator's targets and actual values over the project years as a line chart, with the same
 * figures in a table beside it (the chart is a picture of the table, never the only way to read it).
 */
export function ProgressChart({ title, points, format, axis: axisProps }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const values = points.flatMap((p) => [p.target, p.actual]).filter((v): v is number => v !== null);
  const axis = axisProps.steps ? stepAxis(axisProps.steps) : valueAxis(values);
  const targets = points.map((p) => p.target);
  const actuals = points.map((p) => p.actual);
  const n = points.length;
  const captionId = `${id}-caption`;

  return (
    <figure className="progress-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="progress-chart__caption">
        {t('results.chart.caption', { title })}
      </figcaption>
      <div className="progress-chart__body">
        <div className="progress-chart__picture">
          <svg
            viewBox={`0 0 ${L.width} ${L.height}`}
            role="img"
            aria-label={t('results.chart.imageLabel', { title })}
            className="progress-chart__svg"
            focusable="false"
          >
            {axisProps.unit && (
              <text x={4} y={10} className="progress-chart__tick">
                {axisProps.unit}
              </text>
            )}
            {axis.ticks.map((tick) => (
              <g key={tick}>
                <line x1={L.left} x2={L.width - L.right} y1={yOf(tick, axis)} y2={yOf(tick, axis)} className="progress-chart__grid" />
                <text x={L.left - 6} y={yOf(tick, axis)} dy="0.32em" textAnchor="end" className="progress-chart__tick">
                  {axisProps.format(tick)}
                </text>
              </g>
            ))}
            {points.map((p, i) => (
              <text key={p.label} x={xOf(i, n)} y={L.height - L.bottom + 20} textAnchor="middle" className="progress-chart__tick">
                {p.label}
              </text>
            ))}
            <path d={linePath(targets, axis)} className="progress-chart__target" />
            <path d={linePath(actuals, axis)} className="progress-chart__actual" />
            {targets.map((v, i) =>
              v === null ? null : <rect key={`t${i}`} x={xOf(i, n) - 4} y={yOf(v, axis) - 4} width={8} height={8} className="progress-chart__target-mark" />,
            )}
            {actuals.map((v, i) => (v === null ? null : <circle key={`a${i}`} cx={xOf(i, n)} cy={yOf(v, axis)} r={5} className="progress-chart__actual-mark" />))}
          </svg>
          <ul className="progress-chart__legend" aria-hidden="true">
            <li>
              <span className="progress-chart__key progress-chart__key--target" /> {t('results.chart.target')}
            </li>
            <li>
              <span className="progress-chart__key progress-chart__key--actual" /> {t('results.chart.actual')}
            </li>
          </ul>
        </div>
        <div className="table-scroll progress-chart__table">
          <Table data-size="sm" className="data-table">
            <caption className="visually-hidden">{t('results.chart.tableCaption', { title })}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('results.chart.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('results.chart.target')}</Table.HeaderCell>
                <Table.HeaderCell>{t('results.chart.actual')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {points.map((p) => (
                <Table.Row key={p.label}>
                  <Table.HeaderCell scope="row">{p.label}</Table.HeaderCell>
                  <Table.Cell className="num">{p.target === null ? '—' : format(p.target)}</Table.Cell>
                  <Table.Cell className="num">{p.actual === null ? '—' : format(p.actual)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </div>
    </figure>
  );
}
