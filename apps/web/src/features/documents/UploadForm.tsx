import { useState, type FormEvent } from 'react';
import { Button, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDto, PartnershipDetailDto } from '@mic/domain';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors } from '../../lib/useFormErrors';
import { FileField } from './FileField';
import { MetadataFields, metadataControlId } from './MetadataFields';
import {
  UPLOAD_FIELDS,
  asFileError,
  fileProblem,
  toMetadata,
  uploadFieldOf,
  validateMetadata,
  type MetadataValues,
  type UploadField,
} from './document-format';
import { useUploadDocument } from './documents-api';

interface Props {
  partnership: PartnershipDetailDto;
  languages: string[];
  onUploaded: (document: DocumentDto) => void;
}

const FILE_ID = 'doc-upload-file';
const PREFIX = 'doc-upload';
const targetOf = (field: UploadField) => (field === 'file' ? FILE_ID : metadataControlId(PREFIX, field));

/**
 * Upload a document: the file and what it is. The size is checked here before anything is sent; the
 * type is decided by the server from the content, and its refusal is shown at the file.
 */
export function UploadForm({ partnership, languages, onUploaded }: Props) {
  const { t } = useTranslation();
  const upload = useUploadDocument(partnership.id);
  const [values, setValues] = useState<MetadataValues>({ category: '', side: '', language: partnership.workingLanguage, documentDate: '' });
  const [file, setFile] = useState<File | null>(null);
  const { touch, shown, summary, attempt, pending, submit } = useFormErrors<UploadField>({ order: UPLOAD_FIELDS, targetOf, fieldOf: uploadFieldOf });

  const live: Partial<Record<UploadField, string>> = { file: fileProblem(t, file), ...validateMetadata(t, values) };
  const error = (field: UploadField) => shown(live, field) || undefined;

  const set = (changes: Partial<MetadataValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    for (const field of Object.keys(changes) as UploadField[]) touch(field);
  };
  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    touch('file');
  };

  const save = async () => {
    if (!file) return;
    try {
      // The page then shows a fresh form (nothing touched, the picker empty) by remounting this one.
      onUploaded(await upload.mutateAsync({ file, metadata: toMetadata(values) }));
    } catch (e) {
      throw asFileError(t, e);
    }
  };

  return (
    <section aria-labelledby="doc-upload-heading" className="section">
      <Heading level={2} data-size="sm" id="doc-upload-heading">
        {t('documents.form.heading')}
      </Heading>
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={(e: FormEvent) => void submit(e, live, save)} noValidate className="form-stack document-form">
        <FileField id={FILE_ID} onChange={chooseFile} error={error('file')} disabled={pending} />
        <MetadataFields idPrefix={PREFIX} values={values} set={set} error={error} partnership={partnership} languages={languages} />
        <div className="form-actions">
          <Button type="submit" loading={pending}>
            {pending ? t('documents.form.uploading') : t('documents.form.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
