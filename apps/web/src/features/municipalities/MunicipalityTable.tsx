import { Button, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MunicipalityDto, ProgrammeDto } from '@mic/domain';
import { useProgrammeLabels } from '../programme/useLabels';

interface Props {
  items: MunicipalityDto[];
  programme: ProgrammeDto | undefined;
  /** Where the form should come back to: this list with its filters. */
  back: string;
}

export function MunicipalityTable({ items, programme, back }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  return (
    <div className="table-scroll">
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('municipalities.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('municipalities.name')}</Table.HeaderCell>
            <Table.HeaderCell>{t('municipalities.country')}</Table.HeaderCell>
            <Table.HeaderCell>{t('municipalities.orgNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('municipalities.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('municipalities.region')}</Table.HeaderCell>
            <Table.HeaderCell>
              <span className="visually-hidden">{t('municipalities.actions')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((m) => (
            <Table.Row key={m.id}>
              <Table.Cell>{m.name}</Table.Cell>
              <Table.Cell>{labels.country(m.country)}</Table.Cell>
              <Table.Cell className="nowrap">{m.orgNumber ?? <span className="subtle">{t('municipalities.noOrgNumber')}</span>}</Table.Cell>
              <Table.Cell>{t(`municipalities.kinds.${m.kind}`)}</Table.Cell>
              <Table.Cell>
                {m.region ? (
                  labels.region(m.region)
                ) : (
                  <span className="subtle">
                    {m.kind === 'home' ? t('municipalities.regionNotApplicable') : t('municipalities.regionNotEligible')}
                  </span>
                )}
              </Table.Cell>
              <Table.Cell>
                <Button asChild variant="secondary" data-size="sm">
                  <RouterLink
                    to={`/municipalities/${m.id}/edit`}
                    state={{ back }}
                    aria-label={t('municipalities.editNamed', { name: m.name })}
                  >
                    {t('municipalities.edit')}
                  </RouterLink>
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
