import { Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PartnershipDto, ProgrammeDto } from '@mic/domain';
import { StatusTag } from '../../../components/StatusTag';
import { formatPeriod } from '../../../lib/format';
import { useProgrammeLabels } from '../../programme/useLabels';

export function PartnershipTable({ items, programme }: { items: PartnershipDto[]; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  return (
    <div className="table-scroll">
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('partnerships.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('partnership.title')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.municipalities')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.countryRegion')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.fundingSource')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.years')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.purposes')}</Table.HeaderCell>
            <Table.HeaderCell>{t('partnership.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((p) => (
            <Table.Row key={p.id}>
              <Table.Cell>
                <RouterLink to={`/partnerships/${p.id}`} className="table-link">
                  {p.title}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>
                {p.homeMunicipality.name} – {p.partnerMunicipality.name}
              </Table.Cell>
              <Table.Cell>
                {labels.country(p.partnerMunicipality.country)}
                {p.region && labels.region(p.region) !== labels.country(p.partnerMunicipality.country) && (
                  <span className="subtle"> · {labels.region(p.region)}</span>
                )}
              </Table.Cell>
              <Table.Cell>{labels.fundingSource(p.fundingSource)}</Table.Cell>
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
    </div>
  );
}
