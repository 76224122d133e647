import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the partnership page: what the agreement is and the way there. */
export function PartnershipAgreementSummary({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="agreement-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="agreement-summary-heading">
        {t('agreements.summary.heading')}
      </Heading>
      <Paragraph>{t('agreements.summary.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/partnerships/${partnershipId}/agreement`}>{t('agreements.summary.link')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
