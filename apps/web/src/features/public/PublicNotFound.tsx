import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';

/** A public address that leads nowhere (or to a partnership that is not public). */
export function PublicNotFound({ text }: { text?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading>{t('public.notFound.heading')}</PageHeading>
      <Paragraph>{text ?? t('public.notFound.text')}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/public">{t('public.notFound.home')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}
