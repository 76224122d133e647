import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';

/** On the programme settings page: the way to the cycle settings. */
export function CycleSettingsLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <RouterLink to="/programme/cycle">{t('cycle.settings.link')}</RouterLink>
    </Paragraph>
  );
}
