import type { ReactNode } from 'react';
import { Button, Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDto, PartnershipDto } from '@mic/domain';
import { Facts } from '../../components/Facts';
import { formatDate, formatDateTime, languageName } from '../../lib/format';
import { DocumentVersions } from './DocumentVersions';
import { formatBytes, shortSha } from './document-format';
import { documentContentUrl } from './documents-api';

interface Props {
  document: DocumentDto;
  partnership: PartnershipDto;
  /** Offers a new version and editing the details; undefined for those who only read. */
  onReplace?: () => void;
  onEdit?: () => void;
}

/** One document as it stands now: its file to download, what it is, who uploaded it, and its history. */
export function DocumentItem({ document: doc, partnership, onReplace, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const notGiven = t('documents.facts.notGiven');
  const municipality = doc.side === 'home' ? partnership.homeMunicipality.name : doc.side === 'partner' ? partnership.partnerMunicipality.name : null;
  const rows: [string, ReactNode][] = [
    [t('documents.facts.category'), t(`documents.categories.${doc.category}`)],
    ...(doc.side && municipality ? [[t('documents.facts.side'), t(`documents.sides.${doc.side}`, { name: municipality })] as [string, string]] : []),
    [t('documents.facts.language'), doc.language ? languageName(doc.language, lang) : notGiven],
    [t('documents.facts.documentDate'), doc.documentDate ? formatDate(doc.documentDate, lang) : notGiven],
    [
      t('documents.facts.uploaded'),
      t('documents.facts.uploadedByAt', { name: doc.uploadedBy?.name ?? t('documents.facts.unknownUser'), at: formatDateTime(doc.uploadedAt, lang) }),
    ],
    [t('documents.facts.size'), formatBytes(doc.size, lang)],
    [t('documents.facts.version'), t('documents.facts.versionNumber', { version: doc.version })],
    [
      t('documents.facts.sha256'),
      <>
        <code className="document-sha" title={doc.sha256} aria-hidden="true">
          {shortSha(doc.sha256)}…
        </code>
        <span className="visually-hidden">{t('documents.facts.sha256Full', { sha: doc.sha256 })}</span>
      </>,
    ],
  ];
  const headingId = `doc-${doc.id}-name`;
  return (
    <li className="document-card" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        <Link href={documentContentUrl(doc.partnershipId, doc.id)} download>
          {doc.fileName}
        </Link>
      </Heading>
      <Facts rows={rows} />
      <DocumentVersions document={doc} />
      {(onReplace || onEdit) && (
        <div className="button-row">
          {onReplace && (
            <Button variant="secondary" data-size="sm" onClick={onReplace}>
              {t('documents.replace.button')}
            </Button>
          )}
          {onEdit && (
            <Button variant="tertiary" data-size="sm" onClick={onEdit}>
              {t('documents.edit.button')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
