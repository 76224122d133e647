import { Button, ErrorSummary, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RiskCan, RiskRegisterStatusDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { useSetRegisterState } from './risks-api';

interface Props {
  partnershipId: string;
  register: RiskRegisterStatusDto;
  can: RiskCan;
}

/** The register's state, and the coordinators' "mark complete" with the server's reasons when it refuses. */
export function RegisterCompletion({ partnershipId, register, can }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const setState = useSetRegisterState(partnershipId);
  const refused = isApiError(setState.error) && setState.error.code === 'RISK_TOLERANCE_MISSING' ? setState.error : null;
  const complete = register.state === 'complete';
  const open = register.violations.length;

  const run = (state: 'draft' | 'complete') => setState.mutate({ state, version: register.version });

  return (
    <section aria-labelledby="risk-completion-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-completion-heading">
        {t('risks.completion.heading')}
      </Heading>
      <Paragraph>
        {complete
          ? register.completedAt
            ? register.completedByName
              ? t('risks.completion.complete', { date: formatDateTime(register.completedAt, lang), name: register.completedByName })
              : t('risks.completion.completeNoName', { date: formatDateTime(register.completedAt, lang) })
            : t('risks.completion.completed')
          : t('risks.completion.draft')}
      </Paragraph>
      {!complete && (
        <Paragraph data-size="sm">
          {open === 0 ? t('risks.completion.completable') : t('risks.completion.notCompletable', { count: open })}
        </Paragraph>
      )}
      {can.markComplete && (
        <div className="button-row">
          {complete ? (
            <Button variant="secondary" onClick={() => run('draft')} loading={setState.isPending}>
              {t('risks.completion.reopen')}
            </Button>
          ) : (
            <Button onClick={() => run('complete')} loading={setState.isPending}>
              {t('risks.completion.markComplete')}
            </Button>
          )}
        </div>
      )}
      {setState.isSuccess && !setState.isPending && (
        <SuccessAlert>{setState.data.state === 'complete' ? t('risks.completion.completed') : t('risks.completion.reopened')}</SuccessAlert>
      )}
      {refused && (
        <ErrorSummary className="form-error-summary" key={setState.submittedAt}>
          <ErrorSummary.Heading>{t('risks.completion.failedHeading')}</ErrorSummary.Heading>
          <ErrorSummary.List>
            {(refused.errors.length ? refused.errors : [{ code: refused.code, message: refused.detail }]).map((e, i) => {
              const riskId = e.field?.startsWith('risks.') ? e.field.slice('risks.'.length) : undefined;
              return (
                <ErrorSummary.Item key={`${e.field ?? ''}-${i}`}>
                  {riskId ? (
                    <ErrorSummary.Link asChild>
                      <RouterLink to={`/partnerships/${partnershipId}/risks/${riskId}`}>{e.message}</RouterLink>
                    </ErrorSummary.Link>
                  ) : (
                    e.message
                  )}
                </ErrorSummary.Item>
              );
            })}
          </ErrorSummary.List>
        </ErrorSummary>
      )}
      {setState.isError && !refused && <ErrorAlert error={setState.error} />}
    </section>
  );
}
