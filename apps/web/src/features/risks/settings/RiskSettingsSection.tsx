import { useState, type FormEvent } from 'react';
import { Button, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RISK_SCORES, type RiskSettingsDto } from '@mic/domain';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary, type SummaryItem } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { errorText } from '../../../lib/errors';
import { isApiError } from '../../../api/client';
import { LANGUAGE_CHOICES } from '../../layout/language';
import { useRiskSettings, useSaveRiskSettings } from '../risks-api';
import {
  previewBands,
  settingsControlId as cid,
  settingsTarget,
  toSettingsInput,
  validateSettings,
  valuesOfSettings,
  type RiskSettingsValues,
  type Scale,
} from './risk-settings-form';

/** On the programme settings page: the administrator's risk scales, bands and review interval. */
export function RiskSettingsSection() {
  const { t } = useTranslation();
  const settings = useRiskSettings();
  const [savedAt, setSavedAt] = useState(0);
  return (
    <section aria-labelledby="risk-settings-heading" className="section">
      <Heading level={2} data-size="md" id="risk-settings-heading">
        {t('risks.settings.heading')}
      </Heading>
      <Paragraph>{t('risks.settings.intro')}</Paragraph>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <RiskSettingsForm key={`${settings.data.version}-${savedAt}`} settings={settings.data} justSaved={savedAt > 0} onSaved={() => setSavedAt(Date.now())} />
      )}
    </section>
  );
}

function RiskSettingsForm({ settings, justSaved, onSaved }: { settings: RiskSettingsDto; justSaved: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const save = useSaveRiskSettings();
  const [values, setValues] = useState<RiskSettingsValues>(() => valuesOfSettings(settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const bands = previewBands(values);

  const set = (changes: Partial<RiskSettingsValues>) => setValues((v) => ({ ...v, ...changes }));
  const setLabel = (scale: Scale, n: number, lang: string, text: string) =>
    set({ [scale]: { ...values[scale], [n]: { ...values[scale][n]!, [lang]: text } } });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateSettings(t, values);
    setErrors(found);
    if (Object.keys(found).length) {
      return setSummary(Object.entries(found).map(([path, message]) => ({ message, targetId: path.includes('Labels') ? cid(path) : settingsTarget(path) })));
    }
    setSummary([]);
    save.mutate(toSettingsInput(values, settings.version), {
      onSuccess: onSaved,
      onError: (error) => {
        const items: SummaryItem[] = isApiError(error)
          ? error.errors.map((e) => ({ message: e.message, targetId: e.field ? settingsTarget(e.field) : undefined }))
          : [];
        setSummary(items.length ? items : [{ message: errorText(t, error) }]);
      },
    });
  };

  const scale = (name: Scale, heading: string) => (
    <section aria-labelledby={`rs-${name}-heading`} className="form-section">
      <Heading level={3} data-size="xs" id={`rs-${name}-heading`}>
        {heading}
      </Heading>
      {RISK_SCORES.map((n) => (
        <Fieldset key={n}>
          <Fieldset.Legend>{t('risks.settings.scoreN', { n })}</Fieldset.Legend>
          <div className="localized-fields">
            {LANGUAGE_CHOICES.map(({ code, name: language }) => (
              <Textfield
                key={code}
                id={cid(`${name}.${n}.${code}`)}
                lang={code}
                label={t('risks.settings.labelIn', { label: t('risks.settings.scoreN', { n }), language })}
                value={values[name][n]![code]}
                onChange={(e) => setLabel(name, n, code, e.target.value)}
                error={errors[`${name}.${n}.${code}`]}
              />
            ))}
          </div>
        </Fieldset>
      ))}
    </section>
  );

  return (
    <>
      {justSaved && <SuccessAlert>{t('risks.settings.saved')}</SuccessAlert>}
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <section aria-labelledby="rs-bands-heading" className="form-section">
          <Heading level={3} data-size="xs" id="rs-bands-heading">
            {t('risks.settings.bands')}
          </Heading>
          <Paragraph data-size="sm">{t('risks.settings.bandsHint')}</Paragraph>
          <div className="year-row">
            <Textfield
              id={cid('mediumFrom')}
              label={t('risks.settings.mediumFrom')}
              inputMode="numeric"
              value={values.mediumFrom}
              onChange={(e) => set({ mediumFrom: e.target.value })}
              error={errors.mediumFrom}
            />
            <Textfield
              id={cid('highFrom')}
              label={t('risks.settings.highFrom')}
              inputMode="numeric"
              value={values.highFrom}
              onChange={(e) => set({ highFrom: e.target.value })}
            />
          </div>
          <p aria-live="polite" className="subtle">
            {bands &&
              t('risks.settings.bandsPreview', {
                lowTo: bands[0]!.to,
                mediumFrom: bands[1]!.from,
                mediumTo: bands[1]!.to,
                highFrom: bands[2]!.from,
              })}
          </p>
          <Textfield
            id={cid('reviewIntervalMonths')}
            label={t('risks.settings.reviewInterval')}
            description={t('risks.settings.reviewIntervalHint')}
            inputMode="numeric"
            value={values.reviewIntervalMonths}
            onChange={(e) => set({ reviewIntervalMonths: e.target.value })}
            error={errors.reviewIntervalMonths}
          />
        </section>
        {scale('probabilityLabels', t('risks.settings.probabilityScale'))}
        {scale('consequenceLabels', t('risks.settings.consequenceScale'))}
        <div className="form-actions">
          <Button type="submit" loading={save.isPending}>
            {t('risks.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
