import { useState } from 'react';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AnnualReportDto, ReportConfirmation } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { formatDateTime } from '../../../lib/format';
import { fieldId } from '../report-labels';
import { useConfirmReport, useReportAction } from '../reports-api';

/** Both coordinators confirm, then one of them submits; both wait until everything typed is saved. */
export function SubmitPanel({ report, saved }: { report: AnnualReportDto; saved: boolean }) {
  const { t, i18n } = useTranslation();
  const confirm = useConfirmReport(report);
  const action = useReportAction(report);
  const [attempt, setAttempt] = useState(0);
  const canSubmit = report.can.actions.includes('submit');
  if (!report.can.confirm && !canSubmit) return null;

  const who = (c: ReportConfirmation | null) =>
    c ? t('reports.submit.confirmedBy', { name: c.byName ?? '—', time: formatDateTime(c.at, i18n.resolvedLanguage ?? 'en') }) : t('reports.submit.notConfirmed');
  const incomplete = isApiError(action.error) && action.error.code === 'REPORT_INCOMPLETE' ? action.error : null;

  return (
    <section aria-labelledby="report-submit-heading" className="section report-submit">
      <Heading level={2} data-size="sm" id="report-submit-heading">
        {t('reports.submit.heading')}
      </Heading>
      <ul className="report-confirmations">
        <li>
          <strong>{t('reports.sides.home')}:</strong> {who(report.confirmations.home)}
        </li>
        <li>
          <strong>{t('reports.sides.partner')}:</strong> {who(report.confirmations.partner)}
        </li>
      </ul>
      <Paragraph data-size="sm">{t('reports.submit.clearsConfirmations')}</Paragraph>
      {!saved && <Paragraph data-size="sm">{t('reports.submit.waitForSave')}</Paragraph>}
      {incomplete && (
        <FormErrorSummary
          key={attempt}
          items={incomplete.errors.map((e) => ({
            message: e.message,
            targetId: e.field ? fieldId(e.field) : undefined,
          }))}
        />
      )}
      {!!action.error && !incomplete && <ErrorAlert error={action.error} />}
      {!!confirm.error && <ErrorAlert error={confirm.error} />}
      {action.isSuccess && (
        <Alert data-color="success">
          <Paragraph>{t('reports.submit.done')}</Paragraph>
        </Alert>
      )}
      <div className="button-row">
        {report.can.confirm && (
          <Button variant="secondary" disabled={!saved} loading={confirm.isPending} onClick={() => confirm.mutate()}>
            {t('reports.submit.confirm')}
          </Button>
        )}
        {canSubmit && (
          <Button
            disabled={!saved}
            loading={action.isPending}
            onClick={() => {
              setAttempt((n) => n + 1);
              action.mutate({ action: 'submit', body: { version: report.version } });
            }}
          >
            {report.submissionCount > 0 ? t('reports.submit.resubmit') : t('reports.submit.submit')}
          </Button>
        )}
      </div>
    </section>
  );
}
