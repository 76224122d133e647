import { Table, Tag } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto, ReportOverviewRow, ReportOverviewStatus } from '@mic/domain';
import { formatDate } from '../../../lib/format';
import { useProgrammeLabels } from '../../programme/useLabels';

const COLOR: Record<ReportOverviewStatus, string> = {
  not_started: 'neutral',
  draft: 'neutral',
  submitted: 'info',
  returned: 'warning',
  accepted: 'success',
};

/** The status in words; a submitted report that was returned before says "resubmitted". */
function OverviewStatusTag({ row }: { row: ReportOverviewRow }) {
  const { t } = useTranslation();
  const label = row.status === 'submitted' && row.submissionCount > 1 ? t('reportsOverview.resubmitted') : t(`reportsOverview.statuses.${row.status}`);
  return (
    <Tag data-color={COLOR[row.status]} data-size="sm">
      {label}
    </Tag>
  );
}

/** A row a partnership's report of the year: the report (or where to start it), funding, status, deadline, overdue or late. */
export function ReportsOverviewTable({ items, programme }: { items: ReportOverviewRow[]; programme: ProgrammeDto | undefined }) {
  const { t, i18n } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="table-scroll" role="region" aria-label={t('reportsOverview.tableCaption')} tabIndex={0}>
      <Table zebra className="data-table">
        <caption className="visually-hidden">{t('reportsOverview.tableCaption')}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.partnership')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.funding')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.deadline')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.submitted')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('reportsOverview.fields.timeliness')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((r) => (
            <Table.Row key={`${r.partnershipId}-${r.year}`}>
              <Table.Cell>
                <RouterLink
                  to={r.reportId ? `/partnerships/${r.partnershipId}/reports/${r.reportId}` : `/partnerships/${r.partnershipId}/reports`}
                  className="table-link"
                >
                  {r.partnershipTitle}
                </RouterLink>
              </Table.Cell>
              <Table.Cell>{labels.fundingSource(r.fundingSource)}</Table.Cell>
              <Table.Cell>
                <OverviewStatusTag row={r} />
              </Table.Cell>
              <Table.Cell className="nowrap">{r.deadline ? formatDate(r.deadline, lang) : '–'}</Table.Cell>
              <Table.Cell className="nowrap">{r.submittedAt ? formatDate(r.submittedAt.slice(0, 10), lang) : '–'}</Table.Cell>
              <Table.Cell>
                <span className="report-flags">
                  {r.overdue && (
                    <Tag data-color="danger" data-size="sm">
                      {t('reportsOverview.statuses.overdue')}
                    </Tag>
                  )}
                  {r.late && (
                    <Tag data-color="warning" data-size="sm">
                      {t('reportsOverview.statuses.late')}
                    </Tag>
                  )}
                  {!r.overdue && !r.late && '–'}
                </span>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
