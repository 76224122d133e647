import { useRef, useState } from 'react';
import { Alert, Button, Heading, Label, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_MAX_BYTES, type DocumentRef } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDate } from '../../../lib/format';
import { documentUrl } from '../results-api';
import { DOCUMENT_ACCEPT } from '../../documents/document-format';
import { ValueInput } from '../shared/ValueInput';
import { useResultsLabels } from '../shared/useResultsLabels';
import { IDS, baselineLate, factsOf, type IndicatorFormValues, type Messages } from './indicator-form';

interface Props {
  partnershipId: string;
  values: IndicatorFormValues;
  set: (changes: Partial<IndicatorFormValues>) => void;
  errors: Messages;
  firstActivityDate: string;
  canUpload: boolean;
  upload: (file: File) => Promise<DocumentRef>;
}

/** Where the indicator started: value or description, date, source and the baseline study. */
export function BaselineFields({ partnershipId, values, set, errors, firstActivityDate, canUpload, upload }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const facts = factsOf(values);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const late = baselineLate(values, firstActivityDate);

  const onFile = async (file: File | undefined) => {
    setUploadError(null);
    setTooLarge(false);
    if (!file) return;
    if (file.size > DOCUMENT_MAX_BYTES) {
      setTooLarge(true);
      return;
    }
    setUploading(true);
    try {
      set({ baselineDocument: await upload(file) });
      if (fileRef.current) fileRef.current.value = '';
    } catch (e) {
      setUploadError(e);
    } finally {
      setUploading(false);
    }
  };

  const docError = errors[IDS.baselineDocument] || (tooLarge ? t('results.indicatorForm.documentTooLarge', { mb: DOCUMENT_MAX_BYTES / 1024 / 1024 }) : '');

  return (
    <section aria-labelledby="ind-baseline-heading" className="form-section">
      <Heading level={2} data-size="sm" id="ind-baseline-heading">
        {t('results.indicatorForm.baselineHeading')}
      </Heading>
      <Paragraph data-size="sm">{t('results.indicatorForm.baselineIntro', { date: formatDate(firstActivityDate, labels.lang) })}</Paragraph>
      <ValueInput
        id={IDS.baselineValue}
        label={t('results.indicatorForm.baselineValue')}
        value={values.baselineValue}
        onChange={(baselineValue) => set({ baselineValue })}
        error={errors[IDS.baselineValue]}
        kind={facts.kind}
        measure={facts.measure}
        unit={facts.unit}
        scale={facts.scale}
        emptyChoice={t('results.indicatorForm.describedOnly')}
      />
      <Textfield
        id={IDS.baselineDescription}
        label={t('results.indicatorForm.baselineDescription')}
        description={facts.kind === 'qualitative' ? t('results.indicatorForm.baselineDescriptionHint') : undefined}
        multiline
        rows={2}
        value={values.baselineDescription}
        onChange={(e) => set({ baselineDescription: e.target.value })}
        error={errors[IDS.baselineDescription]}
      />
      <Textfield
        id={IDS.baselineDate}
        type="date"
        label={t('results.indicatorForm.baselineDate')}
        className="date-field"
        value={values.baselineDate}
        onChange={(e) => set({ baselineDate: e.target.value })}
        error={errors[IDS.baselineDate]}
      />
      {late && (
        <Alert data-color="warning" data-size="sm">
          <Paragraph data-size="sm">
            {t('resultsRules.warnings.BASELINE_AFTER_FIRST_ACTIVITY', {
              baselineDate: formatDate(values.baselineDate, labels.lang),
              firstActivityDate: formatDate(firstActivityDate, labels.lang),
            })}
          </Paragraph>
        </Alert>
      )}
      <Textfield
        id={IDS.baselineSource}
        label={t('results.indicatorForm.baselineSource')}
        description={t('results.indicatorForm.baselineSourceHint')}
        value={values.baselineSource}
        onChange={(e) => set({ baselineSource: e.target.value })}
        error={errors[IDS.baselineSource]}
      />
      <div className="document-field">
        {values.baselineDocument && (
          <p className="baseline-document">
            {t('results.indicatorForm.documentAttached')}{' '}
            <a href={documentUrl(partnershipId, values.baselineDocument.id)} download>
              {values.baselineDocument.fileName}
            </a>{' '}
            <Button variant="tertiary" data-size="sm" onClick={() => set({ baselineDocument: null })}>
              {t('results.indicatorForm.documentRemove', { name: values.baselineDocument.fileName })}
            </Button>
          </p>
        )}
        {canUpload && (
          <>
            <Label htmlFor={IDS.baselineDocument}>
              {values.baselineDocument ? t('results.indicatorForm.documentReplace') : t('results.indicatorForm.document')}
            </Label>
            <p className="field-hint" id={`${IDS.baselineDocument}-hint`}>
              {t('results.indicatorForm.documentHint', { mb: DOCUMENT_MAX_BYTES / 1024 / 1024 })}
            </p>
            <input
              ref={fileRef}
              id={IDS.baselineDocument}
              type="file"
              className="file-input"
              accept={DOCUMENT_ACCEPT}
              aria-describedby={`${IDS.baselineDocument}-hint${docError ? ` ${IDS.baselineDocument}-error` : ''}`}
              aria-invalid={docError ? true : undefined}
              onChange={(e) => void onFile(e.target.files?.[0])}
              disabled={uploading}
            />
            {uploading && <p role="status">{t('results.indicatorForm.uploading')}</p>}
            {docError && <ValidationMessage id={`${IDS.baselineDocument}-error`}>{docError}</ValidationMessage>}
            {uploadError !== null && <ErrorAlert error={uploadError} />}
          </>
        )}
      </div>
    </section>
  );
}
