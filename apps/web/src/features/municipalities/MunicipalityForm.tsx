import { useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { HOME_COUNTRY } from '@mic/domain';
import { FormErrorSummary, type SummaryItem } from '../../components/FormErrorSummary';
import { SelectField, type Option, type OptionGroup } from '../../components/SelectField';
import { errorText } from '../../lib/errors';
import { isApiError } from '../../api/client';
import {
  MUNICIPALITY_FIELD_IDS as IDS,
  MUNICIPALITY_FIELDS,
  municipalityFieldOf,
  orgNumberTyped,
  toMunicipalityInput,
  validateMunicipality,
  type MunicipalityField,
  type MunicipalityInput,
  type MunicipalityMessages,
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
  const [touched, setTouched] = useState<Set<MunicipalityField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<MunicipalityMessages>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const live = validateMunicipality(t, values);
  const ready = (f: MunicipalityField) => touched.has(f) && (f !== 'orgNumber' || orgNumberTyped(values.orgNumber));
  const shown = (f: MunicipalityField) => ((submitted || ready(f)) && live[f]) || serverErrors[f];

  const set = (field: MunicipalityField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    // The organisation number's rule depends on the country.
    setServerErrors((e) => ({ ...e, [field]: undefined, ...(field === 'country' ? { orgNumber: undefined } : {}) }));
  };

  const itemsFor = (messages: MunicipalityMessages): SummaryItem[] =>
    MUNICIPALITY_FIELDS.filter((f) => messages[f]).map((f) => ({ message: messages[f]!, targetId: IDS[f] }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.values(live).some(Boolean)) {
      setSummary(itemsFor(live));
      return;
    }
    setSummary([]);
    setPending(true);
    try {
      await onSubmit(toMunicipalityInput(values));
    } catch (error) {
      const byField: MunicipalityMessages = {};
      const general: SummaryItem[] = [];
      for (const e of isApiError(error) ? error.errors : []) {
        const f = municipalityFieldOf(e.field ?? '');
        if (f && !byField[f]) byField[f] = e.message;
        else if (!f) general.push({ message: e.message });
      }
      setServerErrors(byField);
      const items = itemsFor(byField);
      setSummary(items.length || general.length ? [...general, ...items] : [{ message: errorText(t, error) }]);
    } finally {
      setPending(false);
    }
  };

  const norwegian = values.country === HOME_COUNTRY;

  return (
    <>
      <FormErrorSummary key={attempt} items={summary} />
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
        <div className="form-actions">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button asChild variant="tertiary">
            <RouterLink to={cancelTo}>{t('common.cancel')}</RouterLink>
          </Button>
        </div>
      </form>
    </>
  );
}
