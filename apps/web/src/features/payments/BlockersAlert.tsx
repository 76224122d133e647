import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PaymentBlocker } from '@mic/domain';
import { usePaymentsText } from './payments-labels';

/** The reports that hold payments back, each linking to the partnership's deadlines of its year. */
export function BlockerList({ partnershipId, blockers }: { partnershipId: string; blockers: PaymentBlocker[] }) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  return (
    <ul className="plain-list payments-blockers">
      {blockers.map((b) => (
        <li key={`${b.kind}-${b.year}-${b.stepCode}`}>
          <RouterLink to={`/partnerships/${partnershipId}?deadlinesYear=${b.year}#deadlines`}>
            {t(`payments.blockers.${b.kind}`, { year: b.year })}
          </RouterLink>
          {b.dueDate && <span className="subtle"> ({t('payments.blockers.due', { date: text.date(b.dueDate) })})</span>}
        </li>
      ))}
    </ul>
  );
}

/** On the payments page: instalments are approved only with a written override while a report is overdue. */
export function BlockersAlert({ partnershipId, blockers }: { partnershipId: string; blockers: PaymentBlocker[] }) {
  const { t } = useTranslation();
  if (!blockers.length) return null;
  return (
    <Alert data-color="warning" className="page-alert">
      <Heading level={2} data-size="xs">
        {t('payments.blockers.heading')}
      </Heading>
      <Paragraph>{t('payments.blockers.text')}</Paragraph>
      <BlockerList partnershipId={partnershipId} blockers={blockers} />
    </Alert>
  );
}
