import { Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { controlId, type RiskFormValues } from './risk-form';

interface Props {
  values: RiskFormValues;
  set: (changes: Partial<RiskFormValues>) => void;
  error: (path: string) => string | undefined;
}

/** A documented tolerance: why the risk is accepted, who accepted it, and when. */
export function ToleranceFields({ values, set, error }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="rf-tolerance-heading" className="form-section">
      <Heading level={2} data-size="sm" id="rf-tolerance-heading">
        {t('risks.form.tolerance')}
      </Heading>
      <Paragraph data-size="sm">{t('risks.form.toleranceHint')}</Paragraph>
      <Checkbox
        id={controlId('tolerance')}
        label={t('risks.form.documentTolerance')}
        checked={values.documentTolerance}
        onChange={(e) => set({ documentTolerance: e.target.checked })}
      />
      {values.documentTolerance && (
        <>
          <Textfield
            id={controlId('tolerance.justification')}
            label={t('risks.form.justification')}
            multiline
            rows={3}
            value={values.justification}
            onChange={(e) => set({ justification: e.target.value })}
            error={error('tolerance.justification')}
          />
          <div className="year-row">
            <Textfield
              id={controlId('tolerance.acceptedBy')}
              label={t('risks.form.acceptedBy')}
              value={values.acceptedBy}
              onChange={(e) => set({ acceptedBy: e.target.value })}
              error={error('tolerance.acceptedBy')}
            />
            <Textfield
              id={controlId('tolerance.acceptedOn')}
              label={t('risks.form.acceptedOn')}
              type="date"
              value={values.acceptedOn}
              onChange={(e) => set({ acceptedOn: e.target.value })}
              error={error('tolerance.acceptedOn')}
            />
          </div>
        </>
      )}
    </section>
  );
}
