import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { exportUrl, type TrackingFilters } from '../results-api';

interface Props {
  partnershipId: string;
  /** The tracking table's filters, so its download matches what is on the screen. */
  filters?: TrackingFilters;
  views: ('framework' | 'tracking' | 'all')[];
}

/** Links to the XLSX exports (numbers as numbers, one sheet per view, in the user's language). */
export function Downloads({ partnershipId, filters, views }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="downloads-heading" className="section downloads">
      <Heading level={2} data-size="xs" id="downloads-heading">
        {t('results.downloads.heading')}
      </Heading>
      <ul className="downloads__list">
        {views.map((view) => (
          <li key={view}>
            <a href={exportUrl(partnershipId, view, view === 'framework' ? {} : filters)} download>
              {t(`results.downloads.${view}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
