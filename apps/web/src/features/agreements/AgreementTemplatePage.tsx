import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_LANGUAGES, AGREEMENT_PLACEHOLDERS, type AgreementLanguage, type AgreementTemplateDto } from '@mic/domain';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormErrors } from '../../lib/useFormErrors';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { useAgreementTemplate, useSaveAgreementTemplate, type AgreementTemplateInput } from './agreements-api';
import { SectionsEditor } from './TemplateSectionsEditor';
import { fieldOfPath, newSection, templateControlId, templateFieldOrder, validateTemplate, type TemplateField, type TemplateValues } from './template-form';

const languageOf = (value: string | null): AgreementLanguage => (AGREEMENT_LANGUAGES as readonly string[]).includes(value ?? '') ? (value as AgreementLanguage) : 'en';

/** `/programme/agreement?language=`: the programme office edits the partnership agreement template of a language. */
export function AgreementTemplatePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const language = languageOf(params.get('language'));
  const template = useAgreementTemplate(language);
  const save = useSaveAgreementTemplate(language);
  const flow = useVersionedSave(save, () => template.refetch(), template.data?.version);

  return (
    <div className="form-page wide">
      <p className="back-link">
        <RouterLink to="/programme/cycle">{t('agreements.template.back')}</RouterLink>
      </p>
      <PageHeading>{t('agreements.template.heading')}</PageHeading>
      <Paragraph>{t('agreements.template.intro')}</Paragraph>
      <SelectField
        id="template-language"
        label={t('agreements.template.language')}
        value={language}
        width="auto"
        onChange={(v) => {
          flow.reset();
          setParams({ language: v }, { replace: true });
        }}
        options={AGREEMENT_LANGUAGES.map((l) => ({ value: l, label: t(`agreements.template.languages.${l}`) }))}
      />
      {flow.conflict && <ConflictAlert onReload={() => void flow.reload()} reloadLabel={t('agreements.template.reload')} />}
      {template.isPending && <Loading />}
      {template.isError && <ErrorAlert error={template.error} onRetry={() => void template.refetch()} />}
      {template.data && (
        <TemplateForm
          key={`${language}-${flow.formKey}`}
          template={template.data}
          justSaved={flow.justSaved}
          onSave={flow.submit}
        />
      )}
    </div>
  );
}

interface FormProps {
  template: AgreementTemplateDto;
  justSaved: boolean;
  onSave: (body: AgreementTemplateInput) => Promise<void>;
}

function TemplateForm({ template, justSaved, onSave }: FormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<TemplateValues>(() => ({
    title: template.title,
    sections: template.sections.map((s) => newSection(s.heading, s.body)),
  }));
  const form = useFormErrors<TemplateField>({
    order: templateFieldOrder(values),
    targetOf: templateControlId,
    fieldOf: fieldOfPath,
  });
  const live = validateTemplate(t, values);
  const errorAt = (field: TemplateField) => form.shown(live, field);
  const change = (next: TemplateValues, field?: TemplateField) => {
    setValues(next);
    if (field) form.touch(field);
  };
  const body = (): AgreementTemplateInput => ({
    title: values.title.trim(),
    sections: values.sections.map((s) => ({ heading: s.heading.trim(), body: s.body.trim() })),
    version: template.version,
  });

  return (
    <>
      {justSaved && <SuccessAlert>{t('agreements.template.saved')}</SuccessAlert>}
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <section aria-labelledby="template-placeholders-heading" className="form-section">
        <Heading level={2} data-size="sm" id="template-placeholders-heading">
          {t('agreements.template.placeholders.heading')}
        </Heading>
        <Paragraph>{t('agreements.template.placeholders.intro')}</Paragraph>
        <dl>
          {AGREEMENT_PLACEHOLDERS.map((p) => (
            <div key={p}>
              <dt>
                <code>{`{{${p}}}`}</code>
              </dt>
              <dd>{t(`agreements.template.placeholders.${p}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <form onSubmit={(e) => void form.submit(e, live, () => onSave(body()))} noValidate className="form-stack">
        <Textfield
          id={templateControlId('title')}
          label={t('agreements.template.title')}
          autoComplete="off"
          value={values.title}
          onChange={(e) => change({ ...values, title: e.target.value }, 'title')}
          error={errorAt('title')}
        />
        <SectionsEditor sections={values.sections} onChange={(sections, field) => change({ ...values, sections }, field)} errorAt={errorAt} />
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('agreements.template.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
