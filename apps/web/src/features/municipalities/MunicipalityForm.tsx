import { useState, type FormEvent } from 'react';
import { Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { HOME_COUNTRY } from '@mic/domain';
import { FormActions } from '../../components/FormActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { SelectField, type Option, type OptionGroup } from '../../components/SelectField';
import { useFormErrors } from '../../lib/useFormErrors';
import {
  MUNICIPALITY_FIELD_IDS as IDS,
  MUNICIPALITY_FIELDS,
  municipalityFieldOf,
  orgNumberTyped,
  toMunicipalityInput,
  validateMunicipality,
  type MunicipalityField,
  type MunicipalityInput,
  type MunicipalityValues,
} from './validation';

interface Props {
  initial: MunicipalityValues;
  countries: (Option | OptionGroup)[];
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: MunicipalityInput) => Promise<unknown>;
}

/**
 * Name, country and organisation number, checked as they change (an organisation number once it
 * is typed in full) and on submit; what only the server knows (a duplicate name, a country that a
 * partnership depends on) comes back at the field, in the user's language. Nothing is checked on
 * leaving a field: a message appearing then would move the submit button from under the pointer.
 */
export function MunicipalityForm({ initial, countries, submitLabel, cancelTo, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormErrors<MunicipalityField>({
    order: MUNICIPALITY_FIELDS,
    targetOf: (f) => IDS[f],
    fieldOf: municipalityFieldOf,
  });

  const live = validateMunicipality(t, values);
  const ready = (f: MunicipalityField) =>
    form.touched.has(f) && (f !== 'orgNumber' || orgNumberTyped(values.orgNumber));
  const shown = (f: MunicipalityField) => form.shown(live, f, ready(f));

  const set = (field: MunicipalityField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    // The organisation number's rule depends on the country.
    form.touch(field, ...(field === 'country' ? (['orgNumber'] as const) : []));
  };

  const handleSubmit = (event: FormEvent) => form.submit(event, live, () => onSubmit(toMunicipalityInput(values)));

  const norwegian = values.country === HOME_COUNTRY;

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <Textfield
          id={IDS.name}
          label={t('municipalities.form.name')}
          description={t('municipalities.form.nameHint')}
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={shown('name')}
        />
        <SelectField
          id={IDS.country}
          label={t('municipalities.form.country')}
          description={t('municipalities.form.countryHint')}
          placeholder={t('common.choose')}
          value={values.country}
          onChange={(v) => set('country', v)}
          options={countries}
          error={shown('country')}
        />
        <Textfield
          id={IDS.orgNumber}
          label={t('municipalities.form.orgNumber')}
          description={norwegian ? t('municipalities.form.orgNumberHintNorway') : t('municipalities.form.orgNumberHintOther')}
          autoComplete="off"
          inputMode={norwegian ? 'numeric' : undefined}
          value={values.orgNumber}
          onChange={(e) => set('orgNumber', e.target.value)}
          error={shown('orgNumber')}
        />
        <FormActions submitLabel={submitLabel} pending={form.pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
