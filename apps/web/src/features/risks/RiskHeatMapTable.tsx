import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { cellAt, ROWS_TOP_DOWN, SCALE, type HeatCell } from './heat-map';
import { ScrollRegion } from './ScrollRegion';

interface Props {
  cells: readonly HeatCell[];
  caption: string;
  probabilityLabel?: (n: number) => string;
  consequenceLabel?: (n: number) => string;
}

/** The heat map's numbers as a table: probability down the side, consequence across the top. */
export function RiskHeatMapTable({ cells, caption, probabilityLabel, consequenceLabel }: Props) {
  const { t } = useTranslation();
  const label = (n: number, words?: (n: number) => string) => {
    const word = words?.(n);
    return word ? `${n} – ${word}` : String(n);
  };
  return (
    <ScrollRegion label={caption}>
      <Table border data-size="sm" className="heatmap-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('risks.heatMap.corner')}</Table.HeaderCell>
            {SCALE.map((c) => (
              <Table.HeaderCell key={c} scope="col">
                {label(c, consequenceLabel)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {ROWS_TOP_DOWN.map((p) => (
            <Table.Row key={p}>
              <Table.HeaderCell scope="row">{label(p, probabilityLabel)}</Table.HeaderCell>
              {SCALE.map((c) => (
                <Table.Cell key={c} className="numeric">
                  {cellAt(cells, { probability: p, consequence: c }).count}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
