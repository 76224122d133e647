import { Alert, Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../lib/format';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { ReportStatusTag, useAuditFlagText } from './report-labels';
import { usePartnershipReports, useStartReport } from './reports-api';
import './reports.css';
import { ScrollRegion } from '../risks/ScrollRegion';

/** /partnerships/:id/reports: the partnership's annual reports by year, and the years that can be started. */
export function PartnershipReportsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const reports = usePartnershipReports(id);
  const partnership = usePartnership(id);
  const start = useStartReport(id);
  const flagText = useAuditFlagText();
  const data = reports.data;

  if (isApiError(reports.error) && reports.error.status === 404) return <NotFoundPage />;

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('reports.backToPartnership')}</RouterLink>
      </p>
      <PageHeading>{t('reports.heading')}</PageHeading>
      {partnership.data && <Paragraph className="lead">{partnership.data.title}</Paragraph>}
      {reports.isPending && <Loading />}
      {reports.isError && <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />}
      {data && data.auditFlags.length > 0 && (
        <Alert data-color="warning" className="page-alert">
          <Heading level={2} data-size="xs">
            {t('reports.auditFlagsHeading')}
          </Heading>
          <ul>
            {data.auditFlags.map((flag) => (
              <li key={flag.auditId}>{flagText(flag)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {data && (
        <>
          {data.items.length === 0 ? (
            <Paragraph>{t('reports.none')}</Paragraph>
          ) : (
            <ScrollRegion label={t('reports.listCaption')}>
              <Table data-size="sm" className="data-table">
                <caption>{t('reports.listCaption')}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t('reports.year')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.status')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.deadline')}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t('reports.submittedAt')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {[...data.items]
                    .sort((a, b) => b.year - a.year)
                    .map((r) => (
                      <Table.Row key={r.id}>
                        <Table.HeaderCell scope="row">
                          <Link asChild>
                            <RouterLink to={`/partnerships/${id}/reports/${r.id}`}>{t('reports.reportFor', { year: r.year })}</RouterLink>
                          </Link>
                        </Table.HeaderCell>
                        <Table.Cell>
                          <ReportStatusTag status={r.status} submissionCount={r.submissionCount} />
                          {r.late && <span className="report-late">{t('reports.late')}</span>}
                        </Table.Cell>
                        <Table.Cell>{r.deadline ? formatDate(r.deadline, lang) : '—'}</Table.Cell>
                        <Table.Cell>{r.submittedAt ? formatDate(r.submittedAt, lang) : '—'}</Table.Cell>
                      </Table.Row>
                    ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
          )}
          {data.canStart.length > 0 && (
            <section aria-labelledby="report-start-heading" className="section">
              <Heading level={2} data-size="sm" id="report-start-heading">
                {t('reports.startHeading')}
              </Heading>
              {!!start.error && <ErrorAlert error={start.error} />}
              <div className="button-row">
                {data.canStart.map((year) => (
                  <Button
                    key={year}
                    variant="secondary"
                    loading={start.isPending && start.variables === year}
                    onClick={() => start.mutate(year, { onSuccess: (report) => navigate(`/partnerships/${id}/reports/${report.id}`) })}
                  >
                    {t('reports.start', { year })}
                  </Button>
                ))}
              </div>
            </section>
          )}
        </>
      )}
    </>
  );
}
