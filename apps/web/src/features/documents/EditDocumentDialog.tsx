import { useState, type FormEvent } from 'react';
import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { DocumentDto, PartnershipDetailDto } from '@mic/domain';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors } from '../../lib/useFormErrors';
import { DialogButtons } from './DialogButtons';
import { MetadataFields, metadataControlId } from './MetadataFields';
import { metadataOf, toMetadata, validateMetadata, type MetadataField, type MetadataValues } from './document-format';
import { useUpdateDocument } from './documents-api';

interface Props {
  document: DocumentDto;
  partnership: PartnershipDetailDto;
  languages: string[];
  onClose: () => void;
  onSaved: (document: DocumentDto) => void;
}

const PREFIX = 'doc-edit';
const FIELDS: readonly MetadataField[] = ['category', 'side', 'language', 'documentDate'];

/** Correct what a document is (its category, municipality, language or date) without a new upload. */
export function EditDocumentDialog({ document: doc, partnership, languages, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const update = useUpdateDocument(partnership.id, doc.id);
  const [values, setValues] = useState<MetadataValues>(metadataOf(doc));
  const { touch, shown, summary, attempt, pending, submit } = useFormErrors<MetadataField>({
    order: FIELDS,
    targetOf: (field) => metadataControlId(PREFIX, field),
    fieldOf: (path) => ((FIELDS as readonly string[]).includes(path) ? (path as MetadataField) : ''),
  });
  const live = validateMetadata(t, values);
  // A language given before, but no longer among the offered ones, stays choosable.
  const offered = values.language && !languages.includes(values.language) ? [...languages, values.language] : languages;

  const set = (changes: Partial<MetadataValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    for (const field of Object.keys(changes) as MetadataField[]) touch(field);
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby="doc-edit-heading" className="manage-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="doc-edit-heading">
          {t('documents.edit.heading', { name: doc.fileName })}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <FormErrorSummary key={attempt} items={summary} />
        <form
          onSubmit={(e: FormEvent) => void submit(e, live, async () => onSaved(await update.mutateAsync({ ...toMetadata(values), metadataVersion: doc.metadataVersion })))}
          noValidate
          className="form-stack"
        >
          <MetadataFields
            idPrefix={PREFIX}
            values={values}
            set={set}
            error={(field) => shown(live, field) || undefined}
            partnership={partnership}
            languages={offered}
          />
          <DialogButtons submitLabel={t('documents.edit.submit')} pending={pending} onCancel={onClose} />
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
