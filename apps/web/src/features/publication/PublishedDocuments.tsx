import { useState } from 'react';
import { Heading, Paragraph, Switch, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicationSettingsDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SuccessAlert } from '../../components/SuccessAlert';
import { usePublishDocument } from './publication-api';

/** The partnership's current documents, each published on the public page or not. */
export function PublishedDocuments({ partnershipId, settings }: { partnershipId: string; settings: PublicationSettingsDto }) {
  const { t } = useTranslation();
  const publish = usePublishDocument(partnershipId);
  const [done, setDone] = useState<string | null>(null);
  const pendingId = publish.isPending ? publish.variables?.documentId : undefined;

  const change = (documentId: string, fileName: string, published: boolean) => {
    setDone(null);
    publish.mutate(
      { documentId, published, version: settings.version },
      { onSuccess: () => setDone(t(published ? 'publication.documents.published' : 'publication.documents.unpublished', { fileName })) },
    );
  };

  return (
    <section aria-labelledby="publication-documents-heading" className="section">
      <Heading level={2} data-size="sm" id="publication-documents-heading">
        {t('publication.documents.heading')}
      </Heading>
      <Paragraph>{t('publication.documents.intro')}</Paragraph>
      {done && <SuccessAlert focus={false}>{done}</SuccessAlert>}
      {!!publish.error && <ErrorAlert error={publish.error} />}
      {settings.documents.length === 0 ? (
        <Paragraph>
          {t('publication.documents.empty')} <RouterLink to={`/partnerships/${partnershipId}/documents`}>{t('publication.documents.goToDocuments')}</RouterLink>
        </Paragraph>
      ) : (
        <Table className="data-table publication-documents">
          <caption>{t('publication.documents.caption')}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('publication.documents.fileName')}</Table.HeaderCell>
              <Table.HeaderCell>{t('publication.documents.category')}</Table.HeaderCell>
              <Table.HeaderCell>{t('publication.documents.public')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {settings.documents.map((d) => {
              const checked = pendingId === d.id ? !!publish.variables?.published : d.published;
              return (
                <Table.Row key={d.id}>
                  <Table.Cell>{d.fileName}</Table.Cell>
                  <Table.Cell>{t(`documents.categories.${d.category}`)}</Table.Cell>
                  <Table.Cell>
                    {settings.can.edit ? (
                      <Switch
                        label={
                          <>
                            {t('publication.documents.switch')}
                            <span className="visually-hidden">{d.fileName}</span>
                          </>
                        }
                        checked={checked}
                        disabled={!!pendingId}
                        onChange={(e) => change(d.id, d.fileName, e.target.checked)}
                      />
                    ) : checked ? (
                      t('publication.documents.yes')
                    ) : (
                      t('publication.documents.no')
                    )}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}
