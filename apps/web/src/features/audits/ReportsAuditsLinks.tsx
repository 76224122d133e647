import { Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the partnership page, beside the budget and payments: the way to its annual reports and its audits. */
export function ReportsAuditsLinks({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="reports-links-heading" className="section">
      <Heading level={2} data-size="sm" id="reports-links-heading">
        {t('audits.links.heading')}
      </Heading>
      <ul className="plain-list link-list">
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/reports`}>{t('audits.links.reports')}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/audits`}>{t('audits.links.audits')}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
