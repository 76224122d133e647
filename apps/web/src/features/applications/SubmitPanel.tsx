import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { todayIso } from '../risks/risk-labels';
import { useApplicationAction } from './applications-api';
import { useApplicationText } from './application-labels';

/**
 * Sending the application: the cycle's deadline (and that a late one is marked late), the button once
 * nothing is missing and both coordinators have confirmed, and what the server still finds missing.
 */
export function SubmitPanel({ app, reload, onSubmitted }: { app: ApplicationDto; reload: () => Promise<unknown>; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const action = useApplicationAction(app.id);
  const ready = app.missing.length === 0 && !!app.confirmations.home && !!app.confirmations.partner?.partnerLedPrioritisation;
  const late = !!app.deadline && todayIso() > app.deadline;
  const incomplete = isApiError(action.error) && action.error.code === 'APPLICATION_INCOMPLETE';
  // A refusal means the check found something since the page was loaded: show the list as it is now.
  const submit = () => action.mutate({ action: 'submit', body: { version: app.version } }, { onError: () => void reload(), onSuccess: onSubmitted });

  return (
    <section aria-labelledby="submit-heading" className="section">
      <Heading level={2} data-size="sm" id="submit-heading">
        {t('applications.submit.heading')}
      </Heading>
      <Paragraph>{app.deadline ? t('applications.submit.due', { date: text.date(app.deadline) }) : t('applications.submit.noDeadline')}</Paragraph>
      {late && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">{t('applications.submit.willBeLate')}</Paragraph>
        </Alert>
      )}
      {!ready && <Paragraph data-size="sm">{t('applications.submit.notReady')}</Paragraph>}
      <div className="button-row">
        <Button disabled={!ready} loading={action.isPending} onClick={submit}>
          {t('applications.submit.button')}
        </Button>
      </div>
      {action.isError && <ErrorAlert error={action.error} />}
      {incomplete && (
        <Paragraph>
          <a href="#completeness-heading">{t('applications.submit.seeMissing')}</a>
        </Paragraph>
      )}
    </section>
  );
}
