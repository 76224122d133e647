import { useState } from 'react';
import { Alert, Button, Heading, Link, Paragraph, Switch, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { REPORT_SECTIONS, type AnnualReportDto, type ReportSection } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { errorText } from '../../../lib/errors';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { useReportAction, useSetAuditRequired } from '../reports-api';

type Comments = Partial<Record<ReportSection, string>>;

const commentId = (section: ReportSection) => `review-comment-${section}`;

/** The programme office's comments while reviewing a submitted report, one per section. */
export function useReviewComments(report: AnnualReportDto) {
  const { t } = useTranslation();
  const [comments, setComments] = useState<Comments>({});
  const reviewing = report.status === 'submitted' && report.can.actions.includes('return');
  return {
    comments,
    clear: () => setComments({}),
    /** The comment field shown under a section. */
    slot: reviewing
      ? (section: ReportSection) => (
          <Textfield
            id={commentId(section)}
            className="report-review-comment"
            label={t('reports.review.commentOn', { section: t(`reports.sections.${section}`) })}
            multiline
            rows={2}
            value={comments[section] ?? ''}
            onChange={(e) => setComments((c) => ({ ...c, [section]: e.target.value }))}
          />
        )
      : undefined,
  };
}

/** Return with comments, accept (an audit may be needed first), reopen with a reason, and whether the year needs an audit. */
export function ReviewPanel({ report, review }: { report: AnnualReportDto; review: ReturnType<typeof useReviewComments> }) {
  const { t } = useTranslation();
  const action = useReportAction(report);
  const auditRequired = useSetAuditRequired(report);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<null | 'noComment' | 'noReason'>(null);
  const [done, setDone] = useState<null | 'return' | 'accept' | 'reopen'>(null);
  const can = (a: 'return' | 'accept' | 'reopen') => report.can.actions.includes(a);
  if (!can('return') && !can('accept') && !can('reopen') && !report.can.setAuditRequired) return null;

  const comments = REPORT_SECTIONS.filter((s) => review.comments[s]?.trim()).map((section) => ({ section, comment: review.comments[section]!.trim() }));
  const run = (a: 'return' | 'accept' | 'reopen', body: { message?: string; comments?: typeof comments }) => {
    setProblem(null);
    action.mutate(
      { action: a, body: { version: report.version, ...body } },
      {
        onSuccess: () => {
          setDone(a);
          review.clear();
          setReason('');
        },
      },
    );
  };
  const auditMissing = isApiError(action.error) && action.error.code === 'AUDIT_MISSING';

  return (
    <section aria-labelledby="report-review-heading" className="section report-review">
      <Heading level={2} data-size="sm" id="report-review-heading">
        {t('reports.review.heading')}
      </Heading>
      {problem === 'noComment' && <FormErrorSummary items={[{ message: t('reports.review.commentRequired'), targetId: commentId('outcomes') }]} />}
      {problem === 'noReason' && <FormErrorSummary items={[{ message: t('reports.review.reasonRequired'), targetId: 'review-reopen-reason' }]} />}
      {done && (
        <Alert data-color="success">
          <Paragraph>{t(`reports.review.done.${done}`)}</Paragraph>
        </Alert>
      )}
      {auditMissing && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{errorText(t, action.error)}</Paragraph>
          <Link asChild>
            <RouterLink to={`/partnerships/${report.partnershipId}/audits`}>{t('reports.review.toAudits')}</RouterLink>
          </Link>
        </Alert>
      )}
      {!!action.error && !auditMissing && <ErrorAlert error={action.error} />}
      {report.status === 'submitted' && (can('return') || can('accept')) && (
        <>
          <Paragraph data-size="sm">{t('reports.review.intro')}</Paragraph>
          <div className="button-row">
            {can('return') && (
              <Button variant="secondary" loading={action.isPending && action.variables?.action === 'return'} onClick={() => (comments.length === 0 ? setProblem('noComment') : run('return', { comments }))}>
                {t('reports.review.return')}
              </Button>
            )}
            {can('accept') && (
              <Button loading={action.isPending && action.variables?.action === 'accept'} onClick={() => run('accept', {})}>
                {t('reports.review.accept')}
              </Button>
            )}
          </div>
        </>
      )}
      {can('reopen') && (
        <div className="report-review__reopen">
          <Textfield id="review-reopen-reason" label={t('reports.review.reopenReason')} multiline rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          <Button variant="secondary" loading={action.isPending && action.variables?.action === 'reopen'} onClick={() => (reason.trim() ? run('reopen', { message: reason.trim() }) : setProblem('noReason'))}>
            {t('reports.review.reopen')}
          </Button>
        </div>
      )}
      {report.finalYear ? (
        <Paragraph data-size="sm">{t('reports.review.finalYearAudit')}</Paragraph>
      ) : (
        report.can.setAuditRequired && (
          <>
            <Switch
              label={t('reports.review.auditRequired', { year: report.year })}
              checked={auditRequired.isPending ? auditRequired.variables : report.auditRequired}
              disabled={auditRequired.isPending}
              onChange={(e) => auditRequired.mutate(e.target.checked)}
            />
            {!!auditRequired.error && <ErrorAlert error={auditRequired.error} />}
          </>
        )
      )}
    </section>
  );
}
