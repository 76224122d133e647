import { useState, type FormEvent } from 'react';
import { Fieldset, Heading, Paragraph, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RESULT_OWNERS, type IndicatorDto, type ResultLevel, type ResultsFrameworkDto } from '@mic/domain';
import { FormActions } from '../../../components/FormActions';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { useFormErrors } from '../../../lib/useFormErrors';
import { SmartDetails } from '../shared/SmartView';
import { useResultsLabels } from '../shared/useResultsLabels';
import {
  RESULT_FIELD_IDS,
  liveSmart,
  resultFieldOf,
  statementId,
  statementLanguages,
  validateResult,
  type ResultField,
  type ResultFormValues,
} from './result-form';

interface Props {
  fw: ResultsFrameworkDto;
  level: ResultLevel;
  initial: ResultFormValues;
  /** The result's saved indicators (none for a new result): the SMART check's M and T look at them. */
  indicators: IndicatorDto[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: ResultFormValues) => Promise<unknown>;
}

const FIELD_ORDER: ResultField[] = ['statement', 'owner', 'purpose', 'justification', 'startDate', 'endDate'];

/**
 * A result's statement (working language required, others optional), whose result it is, the purpose
 * it serves, why it can be achieved and, for activities, when. The SMART check runs as the user types,
 * with the same function the server uses.
 */
export function ResultForm({ fw, level, initial, indicators, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const [values, setValues] = useState(initial);
  const wl = fw.workingLanguage;

  const form = useFormErrors<ResultField>({
    order: FIELD_ORDER,
    targetOf: (f) => (f === 'statement' ? statementId(wl) : RESULT_FIELD_IDS[f]),
    fieldOf: resultFieldOf,
  });

  const live = validateResult(t, values, wl, labels.language(wl));
  const shown = (f: ResultField) => form.shown(live, f);
  const smart = liveSmart(values, level, indicators, fw);

  const touch = (f: ResultField) => form.touch(f);
  const set = (f: Exclude<ResultField, 'statement'>, value: string) => {
    setValues((v) => ({ ...v, [f]: value }));
    touch(f);
  };
  const setStatement = (lang: string, text: string) => {
    setValues((v) => ({ ...v, statement: { ...v.statement, [lang]: text } }));
    touch('statement');
  };

  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(values));

  const ownerError = shown('owner');

  return (
    <div className="result-editor">
      <div className="result-editor__form">
        <FormErrorSummary key={form.attempt} items={form.summary} />
        <form onSubmit={handleSubmit} noValidate className="form-stack">
          {statementLanguages(wl).map((lang, i) => (
            <Textfield
              key={lang}
              id={statementId(lang)}
              lang={lang}
              label={
                i === 0
                  ? t('results.resultForm.statementWorking', { language: labels.language(lang) })
                  : t('results.resultForm.statementOther', { language: labels.language(lang) })
              }
              description={i === 0 ? t('results.resultForm.statementHint') : undefined}
              multiline
              rows={i === 0 ? 3 : 2}
              value={values.statement[lang] ?? ''}
              onChange={(e) => setStatement(lang, e.target.value)}
              error={i === 0 ? shown('statement') : undefined}
            />
          ))}
          <Fieldset>
            <Fieldset.Legend>{t('results.resultForm.owner')}</Fieldset.Legend>
            <Fieldset.Description>{t('results.resultForm.ownerHint')}</Fieldset.Description>
            {RESULT_OWNERS.map((o) => (
              <Radio
                key={o}
                id={`result-owner-${o}`}
                name="result-owner"
                value={o}
                label={labels.owner(o)}
                checked={values.owner === o}
                onChange={() => set('owner', o)}
                aria-invalid={ownerError ? true : undefined}
                aria-describedby={ownerError ? 'result-owner-error' : undefined}
              />
            ))}
            {ownerError && <ValidationMessage id="result-owner-error">{ownerError}</ValidationMessage>}
          </Fieldset>
          <SelectField
            id={RESULT_FIELD_IDS.purpose}
            label={t('results.resultForm.purpose')}
            description={t('results.resultForm.purposeHint')}
            placeholder={t('common.choose')}
            value={values.purpose}
            onChange={(v) => set('purpose', v)}
            options={fw.purposes.map((code) => ({ value: code, label: labels.purpose(code) }))}
            error={shown('purpose')}
          />
          <Textfield
            id={RESULT_FIELD_IDS.justification}
            label={t('results.resultForm.justification')}
            description={t('results.resultForm.justificationHint')}
            multiline
            rows={3}
            value={values.justification}
            onChange={(e) => set('justification', e.target.value)}
            error={shown('justification')}
          />
          {level === 'activity' && (
            <div className="year-row">
              <Textfield
                id={RESULT_FIELD_IDS.startDate}
                type="date"
                label={t('results.resultForm.startDate')}
                value={values.startDate}
                onChange={(e) => set('startDate', e.target.value)}
                error={shown('startDate')}
              />
              <Textfield
                id={RESULT_FIELD_IDS.endDate}
                type="date"
                label={t('results.resultForm.endDate')}
                value={values.endDate}
                onChange={(e) => set('endDate', e.target.value)}
                error={shown('endDate')}
              />
            </div>
          )}
          <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
        </form>
      </div>
      {smart && (
        <aside aria-labelledby="smart-live-heading" className="result-editor__smart">
          <Heading level={2} data-size="xs" id="smart-live-heading">
            {t('results.resultForm.smartHeading')}
          </Heading>
          <SmartDetails check={smart} live idPrefix="smart-live" />
          {indicators.length === 0 && <Paragraph data-size="sm">{t('results.resultForm.smartIndicatorsLater')}</Paragraph>}
        </aside>
      )}
    </div>
  );
}
