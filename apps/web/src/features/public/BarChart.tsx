import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { percentOf } from '@mic/domain';
import { ScrollRegion } from '../risks/ScrollRegion';

export interface BarSeries {
  name: string;
  tone: 'primary' | 'secondary' | 'neutral';
}

export interface BarRow {
  key: string;
  label: string;
  /** One value per series; null where there is none. Whole numbers (øre, counts). */
  values: (number | null)[];
}

interface Props {
  /** The table's caption; the chart's spoken name says it holds the same figures. */
  caption: string;
  chartLabel: string;
  rowHeader: string;
  series: BarSeries[];
  rows: BarRow[];
  format: (value: number) => string;
  /** A footer row of totals, when the figures add up. */
  foot?: { label: string; values: (number | null)[] };
  /** What a row header shows (a link, say) instead of its plain label. */
  renderLabel?: (row: BarRow) => ReactNode;
}

/** Exact percent of the largest value as a CSS width (string arithmetic on whole numbers, no floats on money). */
const width = (value: number, max: number) => `${percentOf(Math.max(0, Math.round(value)), max) ?? '0'}%`;

/**
 * Horizontal bars, and the same figures in a table beside them: the chart is a picture of the table,
 * never the only way to read it. Plain HTML and CSS, so the public pages stay small.
 */
export function BarChart({ caption, chartLabel, rowHeader, series, rows, format, foot, renderLabel }: Props) {
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  return (
    <div className="public-chart-pair">
      <div role="img" aria-label={chartLabel} className="public-bars">
        {rows.map((row) => (
          <div key={row.key} className="public-bars__group" aria-hidden="true">
            <span className="public-bars__label">{row.label}</span>
            {series.map((s, i) => {
              const value = row.values[i] ?? null;
              return (
                <span key={s.name} className="public-bars__row">
                  <span className="public-bars__track">
                    <span className={`public-bars__bar public-bars__bar--${s.tone}`} style={{ width: width(value ?? 0, max) }} />
                  </span>
                  <span className="public-bars__value">{value === null ? '—' : format(value)}</span>
                </span>
              );
            })}
          </div>
        ))}
        {series.length > 1 && (
          <p className="public-bars__legend" aria-hidden="true">
            {series.map((s) => (
              <span key={s.name}>
                <span className={`public-bars__key public-bars__bar--${s.tone}`} /> {s.name}
              </span>
            ))}
          </p>
        )}
      </div>
      <ScrollRegion label={caption}>
        <Table data-size="sm" className="data-table">
          <caption>{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{rowHeader}</Table.HeaderCell>
              {series.map((s) => (
                <Table.HeaderCell key={s.name} scope="col" className="numeric">
                  {s.name}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.key}>
                <Table.HeaderCell scope="row">{renderLabel ? renderLabel(row) : row.label}</Table.HeaderCell>
                {row.values.map((v, i) => (
                  <Table.Cell key={series[i]?.name ?? i} className="numeric nowrap">
                    {v === null ? '—' : format(v)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
          {foot && (
            <Table.Foot>
              <Table.Row>
                <Table.HeaderCell scope="row">{foot.label}</Table.HeaderCell>
                {foot.values.map((v, i) => (
                  <Table.Cell key={series[i]?.name ?? i} className="numeric nowrap">
                    {v === null ? '—' : format(v)}
                  </Table.Cell>
                ))}
              </Table.Row>
            </Table.Foot>
          )}
        </Table>
      </ScrollRegion>
    </div>
  );
}
