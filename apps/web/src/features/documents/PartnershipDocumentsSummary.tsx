import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the partnership page: what the documents are and the way there. */
export function PartnershipDocumentsSummary({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="documents-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="documents-summary-heading">
        {t('documents.summary.heading')}
      </Heading>
      <Paragraph>{t('documents.summary.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/partnerships/${partnershipId}/documents`}>{t('documents.summary.link')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
