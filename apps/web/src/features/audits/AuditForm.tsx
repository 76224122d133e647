import { useState, type FormEvent } from 'react';
import { Checkbox, Fieldset, Heading, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_LIMITS, AUDIT_OPINIONS } from '@mic/domain';
import { FormActions } from '../../components/FormActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField, type Option } from '../../components/SelectField';
import { useFormErrors } from '../../lib/useFormErrors';
import { AUDIT_FIELDS, auditControlId, auditFieldOf, auditTarget, toAuditInput, validateAudit, type AuditField, type AuditFormValues } from './audit-form';
import type { AuditInput } from './audits-api';
import { FindingsFields } from './FindingsFields';

interface Props {
  partnershipId: string;
  initial: AuditFormValues;
  /** The project years still without an audit, for a new one; null when editing (the year is fixed). */
  years: number[] | null;
  reportOptions: Option[];
  letterOptions: Option[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: AuditInput, year: number) => Promise<unknown>;
}

/**
 * The audit of a year's accounts as the auditor records it. An incomplete audit may be saved and
 * finished later; the page says what it still lacks. The server's own refusals (a document of
 * another partnership, a year outside the project) come back at their field.
 */
export function AuditForm({ partnershipId, initial, years, reportOptions, letterOptions, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const creating = years !== null;
  const form = useFormErrors<AuditField>({ order: AUDIT_FIELDS, targetOf: auditTarget(values, t), fieldOf: auditFieldOf });
  const live = validateAudit(t, values, creating);
  const error = (f: AuditField) => form.shown(live, f) || undefined;
  const set = (changes: Partial<AuditFormValues>, field: AuditField) => {
    setValues((v) => ({ ...v, ...changes }));
    form.touch(field);
  };
  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(toAuditInput(values), Number(values.year)));
  const opinionError = error('opinion');
  const docsLink = `/partnerships/${partnershipId}/documents`;

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <section aria-labelledby="af-who-heading" className="form-section">
          <Heading level={2} data-size="sm" id="af-who-heading">
            {t('audits.form.engagement')}
          </Heading>
          {creating && (
            <SelectField
              id={auditControlId('year')}
              label={t('audits.fields.year')}
              description={t('audits.form.yearHint')}
              placeholder={t('common.choose')}
              value={values.year}
              onChange={(year) => set({ year }, 'year')}
              options={years.map((y) => ({ value: String(y), label: String(y) }))}
              error={error('year')}
              width="auto"
            />
          )}
          <Textfield id={auditControlId('firm')} label={t('audits.fields.firm')} maxLength={AUDIT_LIMITS.text} value={values.firm} onChange={(e) => set({ firm: e.target.value }, 'firm')} error={error('firm')} />
          <Textfield
            id={auditControlId('auditorName')}
            label={t('audits.fields.auditorName')}
            description={t('audits.form.auditorNameHint')}
            maxLength={AUDIT_LIMITS.text}
            value={values.auditorName}
            onChange={(e) => set({ auditorName: e.target.value }, 'auditorName')}
            error={error('auditorName')}
          />
          <Fieldset>
            <Fieldset.Legend>{t('audits.fields.period')}</Fieldset.Legend>
            <div className="year-row">
              <Textfield id={auditControlId('periodStart')} label={t('audits.fields.periodStart')} type="date" value={values.periodStart} onChange={(e) => set({ periodStart: e.target.value }, 'periodStart')} error={error('periodStart')} />
              <Textfield id={auditControlId('periodEnd')} label={t('audits.fields.periodEnd')} type="date" value={values.periodEnd} onChange={(e) => set({ periodEnd: e.target.value }, 'periodEnd')} error={error('periodEnd')} />
            </div>
          </Fieldset>
          <Textfield
            id={auditControlId('standard')}
            label={t('audits.fields.standard')}
            description={t('audits.form.standardHint')}
            maxLength={AUDIT_LIMITS.text}
            value={values.standard}
            onChange={(e) => set({ standard: e.target.value }, 'standard')}
            error={error('standard')}
          />
        </section>
        <section aria-labelledby="af-opinion-heading" className="form-section">
          <Heading level={2} data-size="sm" id="af-opinion-heading">
            {t('audits.form.opinionHeading')}
          </Heading>
          <Fieldset id={auditControlId('opinion')} tabIndex={-1}>
            <Fieldset.Legend>{t('audits.fields.opinion')}</Fieldset.Legend>
            {AUDIT_OPINIONS.map((o) => (
              <Radio
                key={o}
                id={`audit-opinion-${o}`}
                name="audit-opinion"
                value={o}
                label={t(`audits.opinions.${o}`)}
                description={t(`audits.opinionHints.${o}`)}
                checked={values.opinion === o}
                onChange={() => set({ opinion: o }, 'opinion')}
                aria-invalid={opinionError ? true : undefined}
                aria-describedby={opinionError ? 'audit-opinion-error' : undefined}
              />
            ))}
            {opinionError && <ValidationMessage id="audit-opinion-error">{opinionError}</ValidationMessage>}
          </Fieldset>
          <Checkbox
            id={auditControlId('reasonableAssurance')}
            label={t('audits.fields.reasonableAssurance')}
            checked={values.reasonableAssurance}
            onChange={(e) => setValues((v) => ({ ...v, reasonableAssurance: e.target.checked }))}
          />
          <Checkbox
            id={auditControlId('termsKept')}
            label={t('audits.fields.termsKept')}
            checked={values.termsKept}
            onChange={(e) => setValues((v) => ({ ...v, termsKept: e.target.checked }))}
          />
        </section>
        <section aria-labelledby="af-docs-heading" className="form-section">
          <Heading level={2} data-size="sm" id="af-docs-heading">
            {t('audits.form.documents')}
          </Heading>
          <SelectField
            id={auditControlId('reportDocumentId')}
            label={t('audits.fields.reportDocument')}
            description={t('audits.form.reportDocumentHint')}
            value={values.reportDocumentId}
            onChange={(v) => set({ reportDocumentId: v }, 'reportDocumentId')}
            options={[{ value: '', label: t('audits.form.noDocument') }, ...reportOptions]}
            error={error('reportDocumentId')}
          />
          <SelectField
            id={auditControlId('managementLetterDocumentId')}
            label={t('audits.fields.managementLetter')}
            description={t('audits.form.managementLetterHint')}
            value={values.managementLetterDocumentId}
            onChange={(v) => set({ managementLetterDocumentId: v }, 'managementLetterDocumentId')}
            options={[{ value: '', label: t('audits.form.noDocument') }, ...letterOptions]}
            error={error('managementLetterDocumentId')}
          />
          <p>
            <RouterLink to={docsLink}>{t('audits.form.uploadDocuments')}</RouterLink>
          </p>
        </section>
        <FindingsFields
          findings={values.findings}
          onChange={(findings) => set({ findings }, 'findings')}
          onRows={(findings) => setValues((v) => ({ ...v, findings }))}
          showErrors={!!error('findings')}
        />
        <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
