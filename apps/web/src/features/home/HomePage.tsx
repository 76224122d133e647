import { Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { DuePanel } from '../cycle/DuePanel';

/** `/`: where a signed-in user lands: what is due for them, and the ways to their work. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('cycle.home.heading')}</PageHeading>
      <DuePanel />
      <nav aria-labelledby="quick-links-heading" className="section">
        <Heading level={2} data-size="sm" id="quick-links-heading">
          {t('cycle.home.quickLinks')}
        </Heading>
        <ul className="quick-links">
          <li>
            <RouterLink to="/partnerships" className="table-link">
              {t('cycle.home.partnerships')}
            </RouterLink>
          </li>
          <li>
            <RouterLink to="/calendar" className="table-link">
              {t('cycle.home.calendar')}
            </RouterLink>
          </li>
          <li>
            <RouterLink to="/events" className="table-link">
              {t('cycle.home.events')}
            </RouterLink>
          </li>
        </ul>
      </nav>
    </>
  );
}
