import { useRef } from 'react';
import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RISK_RESPONSE_TYPES } from '@mic/domain';
import { controlId, newMeasure, takesMeasures, type MeasureValues, type RiskFormValues } from './risk-form';

interface Props {
  values: RiskFormValues;
  set: (changes: Partial<RiskFormValues>) => void;
  error: (path: string) => string | undefined;
}

/** How the risk is answered and, for a response that acts, its measures: what, who, by when. */
export function ResponseFields({ values, set, error }: Props) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const measures = values.measures;
  const update = (index: number, changes: Partial<MeasureValues>) =>
    set({ measures: measures.map((m, i) => (i === index ? { ...m, ...changes } : m)) });
  const add = () => {
    set({ measures: [...measures, newMeasure()] });
    setTimeout(() => document.getElementById(controlId(`response.measures.${measures.length}.action`))?.focus());
  };
  const remove = (index: number) => {
    set({ measures: measures.filter((_, i) => i !== index) });
    addRef.current?.focus();
  };

  return (
    <section aria-labelledby="rf-response-heading" className="form-section">
      <Heading level={2} data-size="sm" id="rf-response-heading">
        {t('risks.form.response')}
      </Heading>
      <Fieldset>
        <Fieldset.Legend>{t('risks.form.responseType')}</Fieldset.Legend>
        {(['', ...RISK_RESPONSE_TYPES] as const).map((type) => (
          <Radio
            key={type || 'none'}
            id={type ? controlId(`response.type.${type}`) : controlId('response.type')}
            name="rf-response-type"
            value={type}
            label={type ? t(`risks.responseTypes.${type}`) : t('risks.noResponse')}
            checked={values.responseType === type}
            onChange={() => set({ responseType: type })}
          />
        ))}
      </Fieldset>
      {takesMeasures(values.responseType) && (
        <Fieldset className="items-editor" id={controlId('response.measures')} tabIndex={-1}>
          <Fieldset.Legend>{t('risks.form.measures')}</Fieldset.Legend>
          {measures.map((m, i) => (
            <Fieldset key={m.key} className="item-card">
              <Fieldset.Legend>{t('risks.form.measureN', { n: i + 1 })}</Fieldset.Legend>
              <Textfield
                id={controlId(`response.measures.${i}.action`)}
                label={t('risks.form.action')}
                multiline
                rows={2}
                value={m.action}
                onChange={(e) => update(i, { action: e.target.value })}
                error={error(`response.measures.${i}.action`)}
              />
              <div className="year-row">
                <Textfield
                  id={controlId(`response.measures.${i}.responsible`)}
                  label={t('risks.form.responsible')}
                  value={m.responsible}
                  onChange={(e) => update(i, { responsible: e.target.value })}
                  error={error(`response.measures.${i}.responsible`)}
                />
                <Textfield
                  id={controlId(`response.measures.${i}.dueDate`)}
                  label={t('risks.form.dueDate')}
                  type="date"
                  value={m.dueDate}
                  onChange={(e) => update(i, { dueDate: e.target.value })}
                  error={error(`response.measures.${i}.dueDate`)}
                />
              </div>
              <div>
                <Button variant="tertiary" data-color="danger" data-size="sm" onClick={() => remove(i)}>
                  {t('risks.form.removeMeasure', { n: i + 1 })}
                </Button>
              </div>
            </Fieldset>
          ))}
          <div>
            <Button variant="secondary" data-size="sm" onClick={add} ref={addRef}>
              {t('risks.form.addMeasure')}
            </Button>
          </div>
        </Fieldset>
      )}
    </section>
  );
}
