import { Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { localize, type TrackingRowDto } from '@mic/domain';
import { ProgressTag, ValueStatusTag } from '../shared/StatusTags';
import { useResultsLabels } from '../shared/useResultsLabels';
import { formatPercent, formatValue } from '../value-format';

interface Props {
  partnershipId: string;
  rows: TrackingRowDto[];
  workingLanguage: string;
}

/**
 * Indicator × year: one group of rows per indicator (its name heads the group), one row per project
 * year with baseline, target, actual, % of target, the value's status and the progress it shows.
 */
export function TrackingTable({ partnershipId, rows, workingLanguage }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const lang = labels.lang;
  return (
    <div className="table-scroll">
      <Table className="data-table tracking-table" data-size="sm">
        <caption className="visually-hidden">{t('results.tracking.caption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('results.tracking.indicator')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('results.tracking.year')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">{t('results.tracking.baseline')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">{t('results.tracking.target')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">{t('results.tracking.actual')}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">{t('results.tracking.percent')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('results.tracking.valueStatus')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('results.tracking.progress')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        {rows.map((row) => {
          const fmt = (n: number | null) => (n === null ? '—' : formatValue(row, n, lang));
          const name = row.indicatorName[workingLanguage] || localize(row.indicatorName, lang);
          return (
            <Table.Body key={row.indicatorId} className="tracking-table__group">
              {row.years.map((y, i) => (
                <Table.Row key={y.year}>
                  {i === 0 && (
                    <Table.HeaderCell scope="rowgroup" rowSpan={row.years.length} className="tracking-table__indicator">
                      <span className="tracking-table__result">{labels.resultName({ level: row.resultLevel, number: row.resultNumber })}</span>
                      <RouterLink to={`/partnerships/${partnershipId}/results/indicators/${row.indicatorId}`} className="table-link" lang={row.indicatorName[workingLanguage] ? workingLanguage : undefined}>
                        {name}
                      </RouterLink>
                    </Table.HeaderCell>
                  )}
                  <Table.Cell>{y.year}</Table.Cell>
                  <Table.Cell className="num">{fmt(row.baseline)}</Table.Cell>
                  <Table.Cell className="num">
                    {fmt(y.target)}
                    {y.target !== null && !y.targetSet && <span className="visually-hidden"> ({t('results.values.interpolated')})</span>}
                    {y.target !== null && !y.targetSet && <span aria-hidden="true" className="subtle">*</span>}
                  </Table.Cell>
                  <Table.Cell className="num">{fmt(y.actual)}</Table.Cell>
                  <Table.Cell className="num">{y.percentOfTarget === null ? '—' : formatPercent(y.percentOfTarget, lang)}</Table.Cell>
                  <Table.Cell>{y.valueStatus ? <ValueStatusTag status={y.valueStatus} /> : '—'}</Table.Cell>
                  <Table.Cell>
                    <ProgressTag status={y.progress} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          );
        })}
      </Table>
    </div>
  );
}
