import { Field, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ACCEPT, DOCUMENT_MAX_MB } from './document-format';

interface Props {
  id: string;
  onChange: (file: File | null) => void;
  error?: string;
  disabled?: boolean;
}

/** A document's file picker, with the accepted types and the size limit stated beside it. */
export function FileField({ id, onChange, error, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <Field>
      <Label htmlFor={id}>{t('documents.form.file')}</Label>
      <p className="document-hint" id={`${id}-hint`}>
        {t('documents.form.fileHint', { mb: DOCUMENT_MAX_MB })}
      </p>
      <input
        id={id}
        type="file"
        className="document-file-input"
        accept={DOCUMENT_ACCEPT}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        disabled={disabled}
      />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}
