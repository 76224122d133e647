import { useMemo, useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { defaultEndYear, type MunicipalityDto, type ProgrammeDto } from '@mic/domain';
import { FormActions } from '../../../components/FormActions';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { useFormErrors } from '../../../lib/useFormErrors';
import { toConfig } from '../../programme/programme-api';
import { useProgrammeLabels } from '../../programme/useLabels';
import type { PartnershipInput } from '../api';
import { FIELD_IDS, FIELD_ORDER, parseYear, purposeId, toInput, type FieldName, type FormValues } from './form-state';
import { PurposesFieldset } from './PurposesFieldset';
import { formFieldOf, validate } from './validation';
import { municipalityOptions } from './municipality-options';

interface Props {
  programme: ProgrammeDto;
  home: MunicipalityDto[];
  partner: MunicipalityDto[];
  initial: FormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: PartnershipInput) => Promise<unknown>;
}

export function PartnershipForm({ programme, home, partner, initial, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  const config = useMemo(() => toConfig(programme), [programme]);
  const [values, setValues] = useState(initial);
  const [endFollowsStart, setEndFollowsStart] = useState(
    () => parseYear(initial.endYear) === defaultEndYear(parseYear(initial.startYear), programme.projectYears),
  );

  const form = useFormErrors<FieldName>({
    order: FIELD_ORDER,
    targetOf: (f) => (f === 'purposes' ? purposeId(programme.purposes[0]?.code ?? '') : FIELD_IDS[f]),
    fieldOf: formFieldOf,
  });

  const live = validate(t, values, config, home, partner);
  const shown = (f: FieldName) => form.shown(live, f);

  const set = <K extends FieldName>(field: K, value: FormValues[K]) => {
    setValues((v) => {
      const next = { ...v, [field]: value };
      if (field === 'startYear' && endFollowsStart) {
        const start = parseYear(String(value));
        if (!Number.isNaN(start)) next.endYear = String(defaultEndYear(start, programme.projectYears));
      }
      return next;
    });
    if (field === 'endYear') setEndFollowsStart(false);
    form.touch(field);
  };

  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(toInput(values)));

  const homeOptions = municipalityOptions(home, false, labels.country, labels.lang);
  const partnerOptions = municipalityOptions(partner, true, labels.country, labels.lang);

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <Textfield
          id={FIELD_IDS.title}
          label={t('partnership.title')}
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={shown('title')}
        />
        <SelectField
          id={FIELD_IDS.homeMunicipalityId}
          label={t('partnership.homeMunicipality')}
          description={t('partnershipForm.homeHint')}
          placeholder={t('common.choose')}
          value={values.homeMunicipalityId}
          onChange={(v) => set('homeMunicipalityId', v)}
          options={homeOptions}
          error={shown('homeMunicipalityId')}
        />
        <SelectField
          id={FIELD_IDS.partnerMunicipalityId}
          label={t('partnership.partnerMunicipality')}
          description={t('partnershipForm.partnerHint')}
          placeholder={t('common.choose')}
          value={values.partnerMunicipalityId}
          onChange={(v) => set('partnerMunicipalityId', v)}
          options={partnerOptions}
          error={shown('partnerMunicipalityId')}
        />
        <SelectField
          id={FIELD_IDS.fundingSource}
          label={t('partnership.fundingSource')}
          placeholder={t('common.choose')}
          value={values.fundingSource}
          onChange={(v) => set('fundingSource', v)}
          options={programme.fundingSources.map((f) => ({ value: f.code, label: labels.fundingSource(f.code) }))}
          error={shown('fundingSource')}
        />
        <div className="period-fields">
          <Textfield
            id={FIELD_IDS.startYear}
            label={t('partnershipForm.startYear')}
            className="year-field"
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={values.startYear}
            onChange={(e) => set('startYear', e.target.value)}
            error={shown('startYear')}
          />
          <Textfield
            id={FIELD_IDS.endYear}
            label={t('partnershipForm.endYear')}
            className="year-field"
            description={t('partnershipForm.endYearHint', { years: programme.projectYears })}
            inputMode="numeric"
            autoComplete="off"
            maxLength={4}
            value={values.endYear}
            onChange={(e) => set('endYear', e.target.value)}
            error={shown('endYear')}
          />
        </div>
        <SelectField
          id={FIELD_IDS.workingLanguage}
          label={t('partnership.workingLanguage')}
          description={t('partnershipForm.languageHint')}
          placeholder={t('common.choose')}
          value={values.workingLanguage}
          onChange={(v) => set('workingLanguage', v)}
          options={programme.workingLanguages.map((code) => ({ value: code, label: labels.language(code) }))}
          error={shown('workingLanguage')}
        />
        <PurposesFieldset
          programme={programme}
          value={values.purposes}
          onChange={(v) => set('purposes', v)}
          error={shown('purposes') || undefined}
        />
        <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
