import { Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicPartnershipRow } from '@mic/domain';
import { StatusTag } from '../../../components/StatusTag';
import { formatPeriod } from '../../../lib/format';
import { ScrollRegion } from '../../risks/ScrollRegion';
import type { PublicLabels } from '../labels';

export function PublicPartnershipTable({ items, labels }: { items: PublicPartnershipRow[]; labels: PublicLabels }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t('public.list.tableCaption')}>
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('public.list.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('public.fields.title')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('public.fields.municipalities')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('public.fields.country')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('public.fields.period')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('public.fields.purposes')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('public.fields.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <RouterLink to={`/public/partnerships/${p.id}`} className="table-link">
                  {p.title}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>
                {p.homeMunicipality.name} – {p.partnerMunicipality.name}
              </Table.Cell>
              <Table.Cell>
                {labels.country(p.partnerMunicipality.country)}
                {p.region && labels.region(p.region) !== labels.country(p.partnerMunicipality.country) && <span className="subtle"> · {labels.region(p.region)}</span>}
              </Table.Cell>
              <Table.Cell className="nowrap">{formatPeriod(p.startYear, p.endYear)}</Table.Cell>
              <Table.Cell>
                <ul className="plain-list">
                  {p.purposes.map((code) => (
                    <li key={code}>{labels.purpose(code)}</li>
                  ))}
                </ul>
              </Table.Cell>
              <Table.Cell>
                <StatusTag status={p.status} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
