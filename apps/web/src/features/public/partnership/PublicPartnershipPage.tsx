import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicPartnershipDto } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Facts } from '../../../components/Facts';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { StatusTag } from '../../../components/StatusTag';
import { isApiError } from '../../../api/client';
import { formatPeriod } from '../../../lib/format';
import { PublicNotFound } from '../PublicNotFound';
import { usePublicLabels, type PublicLabels } from '../labels';
import { iatiActivityUrl, usePublicPartnership, usePublicProgramme } from '../public-api';
import { MoneySection } from './MoneySection';
import { ResultsSection } from './ResultsSection';
import { GainsSection, ReportsSection } from './ReportsSections';

/** /public/partnerships/:id: one partnership as the public sees it; held-back parts are simply absent. */
export function PublicPartnershipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const programme = usePublicProgramme();
  const labels = usePublicLabels(programme.data);
  const partnership = usePublicPartnership(id);

  if (partnership.isPending) return <Loading />;
  if (partnership.isError) {
    if (isApiError(partnership.error) && partnership.error.status === 404) return <PublicNotFound text={t('public.partnership.notFound')} />;
    return <ErrorAlert error={partnership.error} onRetry={() => void partnership.refetch()} />;
  }
  const p = partnership.data;
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/public/partnerships">{t('public.partnership.backToList')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading title={p.title}>{p.title}</PageHeading>
      <About partnership={p} labels={labels} />
      <MoneySection partnership={p} labels={labels} />
      <ResultsSection partnership={p} labels={labels} />
      <ReportsSection partnership={p} />
      <GainsSection partnership={p} />
      <Documents partnership={p} />
      <section aria-labelledby="public-iati-heading" className="section">
        <Heading level={2} data-size="sm" id="public-iati-heading">
          {t('public.partnership.iatiHeading')}
        </Heading>
        <Paragraph>
          {t('public.partnership.iatiIdentifier')} <code>{p.iatiIdentifier}</code>
        </Paragraph>
        <Paragraph>
          <Link href={iatiActivityUrl(p.id)}>{t('public.partnership.iatiLink')}</Link>
        </Paragraph>
      </section>
    </>
  );
}

function About({ partnership: p, labels }: { partnership: PublicPartnershipDto; labels: PublicLabels }) {
  const { t } = useTranslation();
  const place = (m: PublicPartnershipDto['homeMunicipality']) => `${m.name} (${labels.country(m.country)})`;
  return (
    <section aria-labelledby="public-about-heading" className="section">
      <Heading level={2} data-size="sm" id="public-about-heading">
        {t('public.partnership.aboutHeading')}
      </Heading>
      <Facts
        rows={[
          [t('public.fields.homeMunicipality'), place(p.homeMunicipality)],
          [t('public.fields.partnerMunicipality'), place(p.partnerMunicipality)],
          [t('public.fields.country'), labels.place(p.partnerMunicipality.country, p.region)],
          [
            t('public.fields.purposes'),
            <ul key="purposes" className="plain-list">
              {p.purposes.map((code) => (
                <li key={code}>{labels.purpose(code)}</li>
              ))}
            </ul>,
          ],
          [t('public.fields.period'), formatPeriod(p.startYear, p.endYear)],
          [t('public.fields.fundingSource'), labels.fundingSource(p.fundingSource)],
          [t('public.fields.workingLanguage'), labels.language(p.workingLanguage)],
          [t('public.fields.status'), <StatusTag key="status" status={p.status} />],
        ]}
      />
    </section>
  );
}

function Documents({ partnership: p }: { partnership: PublicPartnershipDto }) {
  const { t } = useTranslation();
  if (p.documents.length === 0) return null;
  return (
    <section aria-labelledby="public-documents-heading" className="section">
      <Heading level={2} data-size="sm" id="public-documents-heading">
        {t('public.partnership.documentsHeading')}
      </Heading>
      <ul className="public-documents">
        {p.documents.map((d) => (
          <li key={d.id}>
            <Link href={d.url} download>
              {d.fileName}
            </Link>{' '}
            <span className="subtle">{t(`documents.categories.${d.category}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
