import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { HiddenFieldsForm } from './HiddenFieldsForm';
import { PublishedDocuments } from './PublishedDocuments';
import { publicPageUrl, usePublicationSettings, useSaveHiddenFields } from './publication-api';
import './publication.css';

/**
 * /partnerships/:id/publication: the programme office chooses what the public portal, the open data and
 * the IATI file show of the partnership: parts held back, and which documents are published.
 */
export function PublicationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const settings = usePublicationSettings(id);
  const partnership = usePartnership(id);
  const save = useSaveHiddenFields(id);
  const flow = useVersionedSave(save, () => settings.refetch(), settings.data?.version);
  const data = settings.data;
  const title = partnership.data?.title;

  if (isApiError(settings.error) && settings.error.status === 404) return <NotFoundPage />;
  const heading = t('publication.heading');

  return (
    <div className="publication-page">
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('publication.back')}</RouterLink>
      </p>
      <PageHeading title={title ? `${heading} – ${title}` : heading}>{heading}</PageHeading>
      {title && (
        <Paragraph className="lead">
          <RouterLink to={`/partnerships/${id}`}>{title}</RouterLink>
        </Paragraph>
      )}
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {data && (
        <>
          <section aria-labelledby="publication-status-heading" className="section">
            <Heading level={2} data-size="sm" id="publication-status-heading">
              {t('publication.status.heading')}
            </Heading>
            <Paragraph>{data.public ? t('publication.status.public') : t('publication.status.notPublic')}</Paragraph>
            {data.public && (
              <Paragraph>
                <RouterLink to={publicPageUrl(id)}>{t('publication.status.openPublicPage')}</RouterLink>
              </Paragraph>
            )}
          </section>
          <section aria-labelledby="publication-hidden-heading" className="section">
            <Heading level={2} data-size="sm" id="publication-hidden-heading">
              {t('publication.hidden.heading')}
            </Heading>
            <Paragraph>{t('publication.hidden.intro')}</Paragraph>
            {flow.conflict && <ConflictAlert onReload={() => void flow.reload()} reloadLabel={t('publication.hidden.reload')} />}
            <HiddenFieldsForm key={flow.formKey} settings={data} justSaved={flow.justSaved} onSave={flow.submit} />
          </section>
          <PublishedDocuments partnershipId={id} settings={data} />
        </>
      )}
    </div>
  );
}
