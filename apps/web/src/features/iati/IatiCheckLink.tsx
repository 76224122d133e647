import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../auth/session';

/** On the programme's reports page: the way to the IATI check, for the programme office. */
export function IatiCheckLink() {
  const { t } = useTranslation();
  const role = useCurrentUser()?.globalRole;
  if (role !== 'programme_officer' && role !== 'admin') return null;
  return (
    <p>
      <RouterLink to="/programme/iati">{t('iati.link')}</RouterLink>
    </p>
  );
}
