import { useState, type FormEvent } from 'react';
import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDto } from '@mic/domain';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors } from '../../lib/useFormErrors';
import { DialogButtons } from './DialogButtons';
import { FileField } from './FileField';
import { asFileError, fileProblem } from './document-format';
import { useReplaceDocument } from './documents-api';

interface Props {
  document: DocumentDto;
  onClose: () => void;
  onReplaced: (document: DocumentDto) => void;
}

const FILE_ID = 'doc-replace-file';

/** A new version of a document: only the file is chosen; category and municipality stay. */
export function ReplaceDialog({ document: doc, onClose, onReplaced }: Props) {
  const { t } = useTranslation();
  const replace = useReplaceDocument(doc.partnershipId, doc.id);
  const [file, setFile] = useState<File | null>(null);
  const { touch, shown, summary, attempt, pending, submit } = useFormErrors<'file'>({
    order: ['file'],
    targetOf: () => FILE_ID,
    fieldOf: (path) => (path === 'file' || path === 'fileName' ? 'file' : ''),
  });
  const live = { file: fileProblem(t, file) };

  const save = async () => {
    if (!file) return;
    try {
      onReplaced(await replace.mutateAsync(file));
    } catch (e) {
      throw asFileError(t, e);
    }
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="doc-replace-heading" className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="doc-replace-heading">
          {t('documents.replace.heading', { name: doc.fileName })}
        </Heading>
        <Paragraph data-size="sm">{t('documents.replace.text')}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <FormErrorSummary key={attempt} items={summary} />
        <form onSubmit={(e: FormEvent) => void submit(e, live, save)} noValidate className="form-stack">
          <FileField
            id={FILE_ID}
            onChange={(chosen) => {
              setFile(chosen);
              touch('file');
            }}
            error={shown(live, 'file') || undefined}
            disabled={pending}
          />
          <DialogButtons submitLabel={t('documents.replace.submit')} pending={pending} onCancel={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
