import { Button } from '@digdir/designsystemet-react';
import { Link as RouterLink, NavLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole, isAdminUser, isProgrammeOfficeUser, useCurrentUser, useSignOut } from '../auth/session';
import { LanguageSwitcher } from './LanguageSwitcher';

export function AppHeader() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut(() => navigate('/sign-in', { replace: true }));
  const admin = isAdminUser(user);
  const office = isProgrammeOfficeUser(user);

  const onSignOut = () => signOut.mutate();

  return (
    <header className="app-header">
      <div className="app-header__top">
        <RouterLink to="/" className="app-name">
          {t('app.name')}
        </RouterLink>
        <LanguageSwitcher />
      </div>
      {user && (
        <div className="app-header__bar">
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              <li>
                <NavLink to="/partnerships">{t('nav.partnerships')}</NavLink>
              </li>
              <li>
                <NavLink to="/calendar">{t('cycle.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/events">{t('events.nav')}</NavLink>
              </li>
              {office && (
                <li>
                  <NavLink to="/municipalities">{t('nav.municipalities')}</NavLink>
                </li>
              )}
              {hasRole(user, 'admin', 'programme_officer', 'donor_viewer') && (
                <li>
                  <NavLink to="/risks">{t('risks.nav')}</NavLink>
                </li>
              )}
              {hasRole(user, 'admin', 'programme_officer', 'donor_viewer') && (
                <li>
                  <NavLink to="/applications">{t('applications.nav')}</NavLink>
                </li>
              )}
              {hasRole(user, 'admin', 'programme_officer', 'donor_viewer') && (
                <li>
                  <NavLink to="/programme/funds">{t('payments.nav')}</NavLink>
                </li>
              )}
              {hasRole(user, 'admin', 'programme_officer', 'donor_viewer') && (
                <li>
                  <NavLink to="/reports">{t('reportsOverview.nav')}</NavLink>
                </li>
              )}
              {admin && (
                <li>
                  <NavLink to="/users">{t('nav.users')}</NavLink>
                </li>
              )}
              {admin && (
                <li>
                  <NavLink to="/programme">{t('nav.programme')}</NavLink>
                </li>
              )}
              {admin && (
                <li>
                  <NavLink to="/admin/outbox">{t('outbox.nav')}</NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="user-box">
            <span className="user-box__name">{t('layout.signedInAs', { name: user.name })}</span>
            <NavLink to="/account/password">{t('nav.password')}</NavLink>
            <Button variant="secondary" data-size="sm" onClick={onSignOut} loading={signOut.isPending}>
              {t('auth.signOut')}
            </Button>
          </div>
        </div>
      )}
    </header>
  );
}
