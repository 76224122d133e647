import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Period } from '@mic/domain';
import { ValueInput } from '../shared/ValueInput';
import { IDS, factsOf, type IndicatorFormValues, type Messages } from './indicator-form';

interface Props {
  values: IndicatorFormValues;
  set: (changes: Partial<IndicatorFormValues>) => void;
  errors: Messages;
  period: Period;
}

/** A target per project year (optional) and the end-of-project target, checked as they are typed. */
export function TargetsFields({ values, set, errors, period }: Props) {
  const { t } = useTranslation();
  const facts = factsOf(values);
  const years: number[] = [];
  for (let y = period.startYear; y <= period.endYear; y++) years.push(y);
  const shape = { kind: facts.kind, measure: facts.measure, unit: facts.unit, scale: facts.scale };
  return (
    <section aria-labelledby="ind-targets-heading" className="form-section">
      <Heading level={2} data-size="sm" id="ind-targets-heading">
        {t('results.indicatorForm.targetsHeading')}
      </Heading>
      <Paragraph data-size="sm">
        {facts.aggregation === 'cumulative' ? t('results.indicatorForm.targetsCumulative') : t('results.indicatorForm.targetsPerYear')}
      </Paragraph>
      <div className="year-row">
        {years.map((year) => (
          <ValueInput
            key={year}
            id={IDS.target(year)}
            label={t('results.indicatorForm.targetFor', { year })}
            value={values.targets[year] ?? ''}
            onChange={(text) => set({ targets: { ...values.targets, [year]: text } })}
            error={errors[IDS.target(year)]}
            emptyChoice={t('results.indicatorForm.noTarget')}
            {...shape}
          />
        ))}
        <ValueInput
          id={IDS.endTarget}
          label={t('results.indicatorForm.endTarget')}
          value={values.endTarget}
          onChange={(endTarget) => set({ endTarget })}
          error={errors[IDS.endTarget]}
          emptyChoice={t('results.indicatorForm.noTarget')}
          {...shape}
        />
      </div>
    </section>
  );
}
