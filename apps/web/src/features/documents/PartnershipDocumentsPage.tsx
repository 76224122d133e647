import { useRef, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_CATEGORIES, type DocumentDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { PagedResults } from '../../components/PagedResults';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { useProgramme } from '../programme/programme-api';
import { DocumentItem } from './DocumentItem';
import { EditDocumentDialog } from './EditDocumentDialog';
import { ReplaceDialog } from './ReplaceDialog';
import { UploadForm } from './UploadForm';
import { documentLanguages } from './document-format';
import { useDocumentFilters } from './document-filters';
import { useDocuments } from './documents-api';
import './documents.css';

type Open = { kind: 'replace' | 'edit'; document: DocumentDto } | null;

/** /partnerships/:id/documents: the current documents by category, their versions, and the upload. */
export function PartnershipDocumentsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const partnership = usePartnership(id);
  const programme = useProgramme();
  const { filters, page, update, setPage, clear, active } = useDocumentFilters();
  const documents = useDocuments(id, filters, page);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState('');
  // Remounted after an upload, so the next one starts from an empty form.
  const [uploads, setUploads] = useState(0);
  const resultsRef = useRef<HTMLParagraphElement>(null);
  const p = partnership.data;

  if ([partnership.error, documents.error].some((e) => isApiError(e) && e.status === 404)) return <NotFoundPage />;
  // What the server lets the caller upload: coordinators and the programme office any category, the
  // partnership's auditor the audit report and management letter; nothing once closed.
  const categories = p?.can.uploadCategories ?? [];
  const canWrite = categories.length > 0;
  const mayChange = (doc: DocumentDto) => categories.includes(doc.category);
  const languages = p ? documentLanguages(p.workingLanguage, programme.data?.workingLanguages) : [];

  const goToPage = (n: number) => {
    setPage(n);
    resultsRef.current?.focus();
  };
  const uploaded = (doc: DocumentDto) => {
    setUploads((n) => n + 1);
    setDone(t('documents.form.done', { name: doc.fileName }));
  };
  const closeWith = (message: string) => {
    setOpen(null);
    setDone(message);
  };

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('documents.backToPartnership')}</RouterLink>
      </p>
      <PageHeading>{p ? t('documents.pageTitle', { title: p.title }) : t('documents.heading')}</PageHeading>
      <Paragraph>{t('documents.intro')}</Paragraph>
      {done && <SuccessAlert>{done}</SuccessAlert>}
      {partnership.isError && <ErrorAlert error={partnership.error} onRetry={() => void partnership.refetch()} />}
      {partnership.isPending && <Loading />}
      {p && (
        <>
          <section aria-labelledby="doc-list-heading" className="section">
            <Heading level={2} data-size="sm" id="doc-list-heading">
              {t('documents.list.heading')}
            </Heading>
            <form role="search" aria-label={t('documents.list.filterLabel')} className="filters" onSubmit={(e) => e.preventDefault()}>
              <div className="filters__grid">
                <SelectField
                  id="doc-filter-category"
                  label={t('documents.list.category')}
                  placeholder={t('documents.list.allCategories')}
                  value={filters.category ?? ''}
                  onChange={(category) => update({ category })}
                  options={DOCUMENT_CATEGORIES.map((c) => ({ value: c, label: t(`documents.categories.${c}`) }))}
                />
              </div>
              {active && (
                <Button type="button" variant="tertiary" onClick={clear}>
                  {t('documents.list.clear')}
                </Button>
              )}
            </form>
            <PagedResults
              query={documents}
              resultsRef={resultsRef}
              showing={(range) => t('documents.list.showing', range)}
              empty={t('documents.list.empty')}
              emptyFiltered={t('documents.list.emptyFiltered')}
              active={active}
              paginationLabel={t('documents.list.pagination')}
              onPage={goToPage}
            >
              {(items) => (
                <ul className="plain-list document-list">
                  {items.map((doc) => (
                    <DocumentItem
                      key={doc.id}
                      document={doc}
                      partnership={p}
                      onReplace={mayChange(doc) ? () => setOpen({ kind: 'replace', document: doc }) : undefined}
                      onEdit={mayChange(doc) ? () => setOpen({ kind: 'edit', document: doc }) : undefined}
                    />
                  ))}
                </ul>
              )}
            </PagedResults>
          </section>
          {canWrite && <UploadForm key={uploads} partnership={p} languages={languages} onUploaded={uploaded} />}
        </>
      )}
      {open?.kind === 'replace' && (
        <ReplaceDialog
          document={open.document}
          onClose={() => setOpen(null)}
          onReplaced={(doc) => closeWith(t('documents.replace.done', { name: doc.fileName, version: doc.version }))}
        />
      )}
      {open?.kind === 'edit' && p && (
        <EditDocumentDialog
          document={open.document}
          partnership={p}
          languages={languages}
          onClose={() => setOpen(null)}
          onSaved={(doc) => closeWith(t('documents.edit.done', { name: doc.fileName }))}
        />
      )}
    </>
  );
}
