import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { SkipLink } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { AppHeader } from './AppHeader';

/** Every page: skip link, header with navigation and language, and the main landmark. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <>
      <SkipLink href="#main">{t('layout.skipToMain')}</SkipLink>
      <AppHeader />
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
