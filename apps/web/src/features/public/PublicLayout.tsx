import { Suspense } from 'react';
import { Link as RouterLink, Outlet } from 'react-router';
import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useSession } from '../auth/session';
import { LanguageSwitcher } from '../layout/LanguageSwitcher';
import { usePublicProgramme } from './public-api';
import { usePublicLabels } from './labels';
import './public.css';

/**
 * The public pages' frame: a light header with the programme's name, the language (the browser's
 * until the visitor chooses) and the way in for those who have an account; the main landmark; a footer.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const programme = usePublicProgramme();
  const labels = usePublicLabels(programme.data);
  const signedIn = !!session.data?.user;
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
      <header className="app-header">
        <div className="app-header__top">
          <RouterLink to="/public" className="app-name">
            {programme.data ? labels.text(programme.data.name) : t('public.header.name')}
          </RouterLink>
          <div className="public-header__end">
            <LanguageSwitcher />
            <RouterLink to={signedIn ? '/' : '/sign-in'} className="public-header__account">
              {signedIn ? t('public.header.toPlatform') : t('public.header.signIn')}
            </RouterLink>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
