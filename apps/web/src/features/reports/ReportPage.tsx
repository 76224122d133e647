import { useCallback, useState } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AnnualReportDto } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { formatDate, formatDateTime } from '../../lib/format';
import { NotFoundPage } from '../layout/NotFoundPage';
import { BudgetChart, IndicatorChart } from './charts/ReportCharts';
import { FinancialSection } from './editor/FinancialSection';
import { NarrativeSections } from './editor/NarrativeSections';
import { ReportEditor } from './editor/ReportEditor';
import { latestReturn, ReportStatusTag, returnComments, useAuditFlagText } from './report-labels';
import { useReport } from './reports-api';
import { ReviewPanel, useReviewComments } from './review/ReviewPanel';
import { VersionsSection } from './versions/VersionsSection';
import './reports.css';

function ReportFacts({ report }: { report: AnnualReportDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <Facts
      rows={[
        [
          t('reports.status'),
          <>
            <ReportStatusTag status={report.status} submissionCount={report.submissionCount} />
            {report.late && <span className="report-late">{t('reports.late')}</span>}
          </>,
        ],
        [t('reports.deadline'), report.deadline ? formatDate(report.deadline, lang) : '—'],
        [
          t('reports.audit'),
          report.audit
            ? t(report.audit.complete ? 'reports.auditComplete' : 'reports.auditIncomplete', {
                opinion: report.audit.opinion ? t(`reports.opinions.${report.audit.opinion}`) : t('reports.noOpinion'),
              })
            : report.finalYear
              ? t('reports.auditNeededFinal')
              : report.auditRequired
                ? t('reports.auditNeeded')
                : t('reports.auditNotNeeded'),
        ],
      ]}
    />
  );
}

/** /partnerships/:id/reports/:reportId: the annual report, written, read or reviewed. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { id = '', reportId = '' } = useParams();
  const report = useReport(reportId);
  const r = report.data;
  const [lockedReason, setLockedReason] = useState<string | null>(null);
  const onLocked = useCallback((reason: string) => setLockedReason(reason), []);
  const flagText = useAuditFlagText();

  if ((isApiError(report.error) && report.error.status === 404) || (r && r.partnershipId !== id)) return <NotFoundPage />;
  const heading = r ? t('reports.reportFor', { year: r.year }) : t('common.loading');

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}/reports`}>{t('reports.backToReports')}</RouterLink>
      </p>
      <PageHeading>{heading}</PageHeading>
      {r && <Paragraph className="lead">{r.partnershipTitle}</Paragraph>}
      {report.isPending && <Loading />}
      {report.isError && !r && <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />}
      {r && <ReportBody report={r} lockedReason={lockedReason} onLocked={onLocked} flagText={flagText} lang={i18n.resolvedLanguage ?? 'en'} />}
    </>
  );
}

interface BodyProps {
  report: AnnualReportDto;
  lockedReason: string | null;
  onLocked: (reason: string) => void;
  flagText: ReturnType<typeof useAuditFlagText>;
  lang: string;
}

function ReportBody({ report: r, lockedReason, onLocked, flagText, lang }: BodyProps) {
  const { t } = useTranslation();
  const review = useReviewComments(r);
  const back = latestReturn(r);
  // The office's comments stay beside their sections until the report is accepted.
  const comments = r.status === 'accepted' ? {} : returnComments(r);
  const slots = { returnComments: comments, review: review.slot };
  return (
    <>
      <ReportFacts report={r} />
      {r.auditFlag && (
        <Alert data-color="warning" className="page-alert">
          <Paragraph>{flagText(r.auditFlag)}</Paragraph>
        </Alert>
      )}
      {lockedReason && !r.can.edit && (
        <Alert data-color="info" className="page-alert" role="alert">
          <Paragraph>{t('reports.lockedNow', { reason: lockedReason })}</Paragraph>
        </Alert>
      )}
      {r.status === 'returned' && back && (
        <Alert data-color="warning" className="page-alert">
          <Paragraph>
            {t('reports.returnedBy', { name: back.byName ?? '—', time: formatDateTime(back.at, lang) })}
            {back.message && <span className="pre-line"> {back.message}</span>}
          </Paragraph>
        </Alert>
      )}
      {r.can.edit ? (
        <ReportEditor key={r.id} report={r} onLocked={onLocked} {...slots} />
      ) : (
        <>
          <NarrativeSections report={r} narrative={r.content.narrative} {...slots} />
          <FinancialSection summary={r.financial} financial={r.content.financial} {...slots} />
        </>
      )}
      <ReviewPanel report={r} review={review} />
      <BudgetChart financial={r.financial} />
      <IndicatorChart report={r} />
      <VersionsSection report={r} />
    </>
  );
}
