import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the programme settings page: the way to the results settings. */
export function ResultsSettingsLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink to="/programme/results">{t('results.settings.link')}</RouterLink>
    </Paragraph>
  );
}
