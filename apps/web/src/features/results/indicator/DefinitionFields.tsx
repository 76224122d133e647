import { Button, Fieldset, Heading, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_AGGREGATIONS, INDICATOR_DIRECTIONS, INDICATOR_KINDS, INDICATOR_MEASURES, MAX_SCALE_STEPS, MIN_SCALE_STEPS } from '@mic/domain';
import { SelectField } from '../../../components/SelectField';
import { useResultsLabels } from '../shared/useResultsLabels';
import { statementLanguages } from '../result/result-form';
import { IDS, newScaleKey, type IndicatorFormValues, type Messages } from './indicator-form';

interface Props {
  values: IndicatorFormValues;
  set: (changes: Partial<IndicatorFormValues>) => void;
  errors: Messages;
  workingLanguage: string;
}

/** What the indicator measures and how: name, definition, kind, unit or scale, direction, aggregation, source. */
export function DefinitionFields({ values, set, errors, workingLanguage }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const wl = workingLanguage;
  const quantitative = values.kind === 'quantitative';
  return (
    <section aria-labelledby="ind-definition-heading" className="form-section">
      <Heading level={2} data-size="sm" id="ind-definition-heading">
        {t('results.indicatorForm.definitionHeading')}
      </Heading>
      {statementLanguages(wl).map((lang, i) => (
        <Textfield
          key={lang}
          id={IDS.name(lang)}
          lang={lang}
          label={
            i === 0
              ? t('results.indicatorForm.nameWorking', { language: labels.language(lang) })
              : t('results.indicatorForm.nameOther', { language: labels.language(lang) })
          }
          description={i === 0 ? t('results.indicatorForm.nameHint') : undefined}
          value={values.name[lang] ?? ''}
          onChange={(e) => set({ name: { ...values.name, [lang]: e.target.value } })}
          error={errors[IDS.name(lang)]}
        />
      ))}
      <Textfield
        id={IDS.definition}
        label={t('results.indicatorForm.definition')}
        description={t('results.indicatorForm.definitionHint')}
        multiline
        rows={2}
        value={values.definition}
        onChange={(e) => set({ definition: e.target.value })}
        error={errors[IDS.definition]}
      />
      <Fieldset>
        <Fieldset.Legend>{t('results.indicatorForm.kind')}</Fieldset.Legend>
        <Fieldset.Description>{t('results.indicatorForm.kindHint')}</Fieldset.Description>
        {INDICATOR_KINDS.map((k) => (
          <Radio
            key={k}
            id={`ind-kind-${k}`}
            name="ind-kind"
            value={k}
            label={t(`resultsRules.kinds.${k}`)}
            checked={values.kind === k}
            onChange={() => set({ kind: k })}
          />
        ))}
      </Fieldset>
      {quantitative ? (
        <div className="year-row">
          <SelectField
            id={IDS.measure}
            label={t('results.indicatorForm.measure')}
            value={values.measure}
            onChange={(v) => set({ measure: v as IndicatorFormValues['measure'] })}
            options={INDICATOR_MEASURES.map((m) => ({ value: m, label: t(`resultsRules.measures.${m}`) }))}
          />
          {values.measure === 'number' && (
            <Textfield
              id={IDS.unit}
              label={t('results.indicatorForm.unit')}
              description={t('results.indicatorForm.unitHint')}
              value={values.unit}
              onChange={(e) => set({ unit: e.target.value })}
              error={errors[IDS.unit]}
            />
          )}
          <SelectField
            id={IDS.aggregation}
            label={t('results.indicatorForm.aggregation')}
            description={t('results.indicatorForm.aggregationHint')}
            value={values.aggregation}
            onChange={(v) => set({ aggregation: v as IndicatorFormValues['aggregation'] })}
            options={INDICATOR_AGGREGATIONS.map((a) => ({ value: a, label: t(`resultsRules.aggregations.${a}`) }))}
          />
        </div>
      ) : (
        <ScaleEditor values={values} set={set} errors={errors} workingLanguage={wl} />
      )}
      <SelectField
        id={IDS.direction}
        label={t('results.indicatorForm.direction')}
        value={values.direction}
        onChange={(v) => set({ direction: v as IndicatorFormValues['direction'] })}
        options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: t(`resultsRules.directions.${d}`) }))}
      />
      <Textfield
        id={IDS.dataSource}
        label={t('results.indicatorForm.dataSource')}
        description={t('results.indicatorForm.dataSourceHint')}
        value={values.dataSource}
        onChange={(e) => set({ dataSource: e.target.value })}
        error={errors[IDS.dataSource]}
      />
    </section>
  );
}

/** The steps of a qualitative indicator's scale: a whole number and what it means, 2 to 10 of them. */
function ScaleEditor({ values, set, errors, workingLanguage }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const rows = values.scale;
  const update = (i: number, changes: Partial<(typeof rows)[number]>) => set({ scale: rows.map((r, k) => (k === i ? { ...r, ...changes } : r)) });
  const add = () => {
    const last = Number(rows.at(-1)?.value);
    set({ scale: [...rows, { key: newScaleKey(), value: String(Number.isFinite(last) ? last + 1 : rows.length + 1), label: { [workingLanguage]: '' } }] });
    setTimeout(() => document.getElementById(IDS.scaleLabel(rows.length))?.focus());
  };
  const remove = (i: number) => {
    set({ scale: rows.filter((_, k) => k !== i) });
    setTimeout(() => document.getElementById('ind-scale-add')?.focus());
  };
  return (
    <Fieldset id={IDS.scale} tabIndex={-1} className="scale-editor">
      <Fieldset.Legend>{t('results.indicatorForm.scale')}</Fieldset.Legend>
      <Fieldset.Description>{t('results.indicatorForm.scaleHint', { min: MIN_SCALE_STEPS, max: MAX_SCALE_STEPS })}</Fieldset.Description>
      {errors[IDS.scale] && <ValidationMessage>{errors[IDS.scale]}</ValidationMessage>}
      {rows.map((row, i) => (
        <div key={row.key} className="scale-editor__row">
          <Textfield
            id={IDS.scaleValue(i)}
            label={t('results.indicatorForm.stepValue', { n: i + 1 })}
            inputMode="numeric"
            className="scale-editor__value"
            value={row.value}
            onChange={(e) => update(i, { value: e.target.value })}
            error={errors[IDS.scaleValue(i)]}
          />
          <Textfield
            id={IDS.scaleLabel(i)}
            lang={workingLanguage}
            label={t('results.indicatorForm.stepLabel', { n: i + 1, language: labels.language(workingLanguage) })}
            className="scale-editor__label"
            value={row.label[workingLanguage] ?? ''}
            onChange={(e) => update(i, { label: { ...row.label, [workingLanguage]: e.target.value } })}
            error={errors[IDS.scaleLabel(i)]}
          />
          {rows.length > MIN_SCALE_STEPS && (
            <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => remove(i)} className="scale-editor__remove">
              {t('results.indicatorForm.removeStep', { n: i + 1 })}
            </Button>
          )}
        </div>
      ))}
      {rows.length < MAX_SCALE_STEPS && (
        <div>
          <Button id="ind-scale-add" variant="secondary" data-size="sm" onClick={add}>
            {t('results.indicatorForm.addStep')}
          </Button>
        </div>
      )}
    </Fieldset>
  );
}
