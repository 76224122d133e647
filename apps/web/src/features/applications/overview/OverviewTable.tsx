import { Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationOverviewDto, ApplicationSummaryDto, ProgrammeDto } from '@mic/domain';
import { Facts } from '../../../components/Facts';
import { useProgrammeLabels } from '../../programme/useLabels';
import { ApplicationStatusTag, useApplicationText } from '../application-labels';

/** One row an application: partnership (a link to it), funding, kind, status, what is missing, late, the money. */
export function OverviewTable({ items, programme }: { items: ApplicationSummaryDto[]; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const labels = useProgrammeLabels(programme);
  return (
    <div className="table-scroll">
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('applications.overview.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('applications.overview.partnership')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications.overview.funding')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications.fields.kind')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications.overview.status')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('applications.overview.missing')}</Table.HeaderCell>
            <Table.HeaderCell>{t('applications.late')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('applications.fields.requested')}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t('applications.fields.granted')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((a) => (
            <Table.Row key={a.id}>
              <Table.Cell>
                <RouterLink to={`/partnerships/${a.partnership.id}/applications/${a.id}`} className="table-link">
                  {a.partnership.title}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{labels.fundingSource(a.partnership.fundingSource)}</Table.Cell>
              <Table.Cell>{t(`applications.kinds.${a.kind}`)}</Table.Cell>
              <Table.Cell>
                <ApplicationStatusTag status={a.status} />
              </Table.Cell>
              <Table.Cell className="numeric">{a.missingCount}</Table.Cell>
              <Table.Cell>{a.late ? t('applications.overview.yes') : t('applications.overview.no')}</Table.Cell>
              <Table.Cell className="numeric">{text.money(a.requestedTotal)}</Table.Cell>
              <Table.Cell className="numeric">{a.grantedTotal === null ? '–' : text.money(a.grantedTotal)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** The totals over the whole filter: money asked for and granted, counts by status, late and incomplete. */
export function OverviewTotals({ totals }: { totals: ApplicationOverviewDto['totals'] }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const byStatus = Object.entries(totals.byStatus)
    .filter(([, n]) => n)
    .map(([s, n]) => `${t(`applications.statuses.${s}`)}: ${n}`)
    .join(', ');
  return (
    <Facts
      rows={[
        [t('applications.overview.totalRequested'), text.money(totals.requested)],
        [t('applications.overview.totalGranted'), text.money(totals.granted)],
        [t('applications.overview.byStatus'), byStatus || '–'],
        [t('applications.overview.lateCount'), String(totals.late)],
        [t('applications.overview.incompleteCount'), String(totals.incomplete)],
      ]}
    />
  );
}
