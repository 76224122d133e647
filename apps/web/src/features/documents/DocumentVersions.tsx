import { useState } from 'react';
import { Details, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { formatDateTime } from '../../lib/format';
import { ScrollRegion } from '../risks/ScrollRegion';
import { formatBytes } from './document-format';
import { documentContentUrl, useDocumentVersions } from './documents-api';

/** A document's every version, newest first, each downloadable; loaded when opened. */
export function DocumentVersions({ document: doc }: { document: DocumentDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [open, setOpen] = useState(false);
  const versions = useDocumentVersions(doc.partnershipId, doc.id, open);
  const caption = t('documents.versions.caption', { name: doc.fileName });
  return (
    <Details open={open} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <Details.Summary>{t('documents.versions.summary', { name: doc.fileName })}</Details.Summary>
      <Details.Content>
        {versions.isError && <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />}
        {versions.isPending && open && <Loading />}
        {versions.data && (
          <ScrollRegion label={caption}>
            <Table zebra className="data-table">
              <caption className="visually-hidden">{caption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('documents.versions.version')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.versions.file')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.versions.uploaded')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.versions.uploadedBy')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('documents.versions.size')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {versions.data.map((v) => (
                  <Table.Row key={v.id}>
                    <Table.Cell className="nowrap">
                      {t('documents.facts.versionNumber', { version: v.version })}
                      {v.current && ` (${t('documents.versions.current')})`}
                    </Table.Cell>
                    <Table.Cell>
                      <a href={documentContentUrl(v.partnershipId, v.id)} download>
                        {v.fileName}
                      </a>
                    </Table.Cell>
                    <Table.Cell className="nowrap">{formatDateTime(v.uploadedAt, lang)}</Table.Cell>
                    <Table.Cell>{v.uploadedBy?.name ?? t('documents.facts.unknownUser')}</Table.Cell>
                    <Table.Cell className="nowrap">{formatBytes(v.size, lang)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </Details.Content>
    </Details>
  );
}
