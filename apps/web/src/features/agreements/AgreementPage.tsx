import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { isApiError } from '../../api/client';
import { languageName } from '../../lib/format';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { AmendmentsSection } from './AmendmentsSection';
import { SignaturesSection } from './SignaturesSection';
import { agreementFileUrl, useAgreement } from './agreements-api';

/** /partnerships/:id/agreement: the downloads, the signatures with the signed copy, and the amendments. */
export function AgreementPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { id = '' } = useParams();
  const office = isProgrammeOfficeUser(useCurrentUser());
  const partnership = usePartnership(id);
  const agreement = useAgreement(id);
  const p = partnership.data;
  const a = agreement.data;

  if ([partnership.error, agreement.error].some((e) => isApiError(e) && e.status === 404)) return <NotFoundPage />;
  const failed = partnership.isError ? partnership : agreement.isError ? agreement : null;

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('agreements.backToPartnership')}</RouterLink>
      </p>
      <PageHeading>{p ? t('agreements.pageTitle', { title: p.title }) : t('agreements.heading')}</PageHeading>
      <Paragraph>{t('agreements.intro')}</Paragraph>
      {office && (
        <Paragraph>
          <RouterLink to="/programme/agreement">{t('agreements.editTemplate')}</RouterLink>
        </Paragraph>
      )}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {(partnership.isPending || agreement.isPending) && <Loading />}
      {p && a && !a.ready && <Paragraph>{t('agreements.notReady')}</Paragraph>}
      {p && a?.ready && (
        <>
          <section aria-labelledby="agreement-download-heading" className="section">
            <Heading level={2} data-size="sm" id="agreement-download-heading">
              {t('agreements.download.heading')}
            </Heading>
            <ul className="plain-list">
              {a.languages.flatMap((language) =>
                (['docx', 'pdf'] as const).map((format) => (
                  <li key={`${language}-${format}`}>
                    <Link href={agreementFileUrl(id, format, language)} download>
                      {t(`agreements.download.${format}`, { language: languageName(language, lang) })}
                    </Link>
                  </li>
                )),
              )}
            </ul>
          </section>
          <SignaturesSection agreement={a} p={p} />
          <AmendmentsSection agreement={a} partnershipId={id} />
        </>
      )}
    </>
  );
}
