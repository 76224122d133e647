import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ResultsSettingsDto } from '@mic/domain';
import { isApiError, isVersionConflict } from '../../../api/client';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary, type SummaryItem } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { errorText } from '../../../lib/errors';
import { useResultsSettings, useSaveResultsSettings } from '../results-api';
import '../results.css';
import { SETTINGS_FIELDS, settingsId, settingsValuesOf, toSettings, validateSettings, type SettingsField } from './settings-form';

/** Administrators set how many indicators the programme advises and when progress counts as on track or at risk. */
export function ResultsSettingsPage() {
  const { t } = useTranslation();
  const settings = useResultsSettings();
  const [savedAt, setSavedAt] = useState(0);
  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to="/programme">{t('results.settings.back')}</RouterLink>
      </p>
      <PageHeading>{t('results.settings.heading')}</PageHeading>
      <Paragraph className="lead">{t('results.settings.intro')}</Paragraph>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <SettingsForm
          key={`${settings.data.version}-${savedAt}`}
          settings={settings.data}
          justSaved={savedAt > 0}
          onSaved={() => setSavedAt(Date.now())}
          onReload={() => void settings.refetch()}
        />
      )}
    </div>
  );
}

function SettingsForm({ settings, justSaved, onSaved, onReload }: { settings: ResultsSettingsDto; justSaved: boolean; onSaved: () => void; onReload: () => void }) {
  const { t } = useTranslation();
  const save = useSaveResultsSettings();
  const [values, setValues] = useState(() => settingsValuesOf(settings));
  const [errors, setErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const items = (e: Partial<Record<SettingsField, string>>, general: string[] = []): SummaryItem[] => [
    ...general.map((message) => ({ message })),
    ...SETTINGS_FIELDS.filter((f) => e[f]).map((f) => ({ message: e[f]!, targetId: settingsId(f) })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const found = validateSettings(t, values);
    setErrors(found);
    if (Object.keys(found).length) return setSummary(items(found));
    setSummary([]);
    save.mutate(toSettings(values, settings.version), {
      onSuccess: onSaved,
      onError: (error) => {
        // Someone else saved first: the alert says so; what the user typed stays in the form.
        if (isVersionConflict(error)) return;
        const byField: Partial<Record<SettingsField, string>> = {};
        const general: string[] = [];
        for (const e of isApiError(error) ? error.errors : []) {
          const f = SETTINGS_FIELDS.find((x) => x === e.field);
          if (f && !byField[f]) byField[f] = e.message;
          else if (!f) general.push(e.message);
        }
        setErrors(byField);
        setSummary(items(byField, Object.keys(byField).length || general.length ? general : [errorText(t, error)]));
      },
    });
  };

  const field = (f: SettingsField) => (
    <Textfield
      id={settingsId(f)}
      label={t(`results.settings.${f}`)}
      description={t(`results.settings.${f}Hint`)}
      inputMode="numeric"
      className="number-field"
      value={values[f]}
      onChange={(e) => setValues((v) => ({ ...v, [f]: e.target.value }))}
      error={errors[f]}
    />
  );

  return (
    <>
      {justSaved && <SuccessAlert>{t('results.settings.saved')}</SuccessAlert>}
      {isVersionConflict(save.error) && <ConflictAlert onReload={onReload} />}
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={onSubmit} noValidate className="form-stack">
        <section aria-labelledby="rs-limits-heading" className="form-section">
          <Heading level={2} data-size="sm" id="rs-limits-heading">
            {t('results.settings.limitsHeading')}
          </Heading>
          {field('maxIndicatorsPerOutcome')}
          {field('maxIndicatorsPerPartnership')}
        </section>
        <section aria-labelledby="rs-progress-heading" className="form-section">
          <Heading level={2} data-size="sm" id="rs-progress-heading">
            {t('results.settings.progressHeading')}
          </Heading>
          {field('onTrackPercent')}
          {field('atRiskPercent')}
        </section>
        <div className="form-actions">
          <Button type="submit" loading={save.isPending}>
            {t('results.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
