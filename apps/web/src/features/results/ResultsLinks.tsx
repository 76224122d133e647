import { Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the partnership page: the way to its results framework and tracking table. */
export function ResultsLinks({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="results-links-heading" className="section">
      <Heading level={2} data-size="sm" id="results-links-heading">
        {t('results.links.heading')}
      </Heading>
      <ul className="plain-list link-list">
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/results`}>{t('results.links.framework')}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/results/tracking`}>{t('results.links.tracking')}</RouterLink>
        </li>
      </ul>
    </section>
  );
}
