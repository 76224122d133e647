import { useState } from 'react';
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeCycleDto } from '@mic/domain';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useProgrammeCycle, useSaveProgrammeCycle } from '../cycle-api';
import { useCycleLabels } from '../cycle-labels';
import { cycleControlId, cycleFieldOf, cycleFieldOrder, cycleValuesOf, toProgrammeCycle, validateCycle, yearsPath, type CycleValues } from './cycle-form';
import { StepsTable } from './StepsTable';
import '../cycle.css';

/** `/programme/cycle`: the programme office sets each funding source's yearly cycle and the reminder days. */
export function CycleSettingsPage() {
  const { t } = useTranslation();
  const cycle = useProgrammeCycle();
  const save = useSaveProgrammeCycle();
  const [savedAt, setSavedAt] = useState(0);
  const conflict = isApiError(save.error) && save.error.code === 'CONFLICT';

  const reload = async () => {
    save.reset();
    setSavedAt(0);
    await cycle.refetch();
  };

  return (
    <div className="cycle-settings">
      <p className="back-link">
        <RouterLink to="/calendar">{t('cycle.settings.back')}</RouterLink>
      </p>
      <PageHeading>{t('cycle.settings.heading')}</PageHeading>
      <Paragraph className="lead">{t('cycle.settings.intro')}</Paragraph>
      <Paragraph>
        <RouterLink to="/programme/agreement">{t('agreements.template.link')}</RouterLink>
      </Paragraph>
      {conflict && (
        <Alert data-color="warning" className="page-alert" role="alert">
          <Paragraph>{t('errors.CONFLICT')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={() => void reload()} className="alert-action">
            {t('cycle.settings.reload')}
          </Button>
        </Alert>
      )}
      {cycle.isPending && <Loading />}
      {cycle.isError && <ErrorAlert error={cycle.error} onRetry={() => void cycle.refetch()} />}
      {cycle.data && (
        <CycleForm
          key={`${cycle.data.version}-${savedAt}`}
          cycle={cycle.data}
          justSaved={savedAt > 0}
          onSave={async (body) => {
            try {
              await save.mutateAsync(body);
              setSavedAt(Date.now());
            } catch (e) {
              // A stale version is explained above the form, with the way to the latest one.
              if (!(isApiError(e) && e.code === 'CONFLICT')) throw e;
            }
          }}
        />
      )}
    </div>
  );
}

interface FormProps {
  cycle: ProgrammeCycleDto;
  justSaved: boolean;
  onSave: (body: ReturnType<typeof toProgrammeCycle> & { version: number }) => Promise<void>;
}

function CycleForm({ cycle, justSaved, onSave }: FormProps) {
  const { t } = useTranslation();
  const labels = useCycleLabels();
  const [values, setValues] = useState<CycleValues>(() => cycleValuesOf(cycle));
  const sources = (labels.programme?.fundingSources ?? []).map((s) => s.code);
  const form = useFormErrors<string>({
    order: cycleFieldOrder(values),
    targetOf: cycleControlId,
    fieldOf: (path) => cycleFieldOf(values, path),
  });
  const live = validateCycle(t, values, sources.length ? sources : values.cycles.map((c) => c.fundingSource));
  const errorAt = (path: string) => form.shown(live, path);

  const change = (next: CycleValues, field?: string) => {
    setValues(next);
    if (field) form.touch(field);
  };
  const setCycle = (ci: number, changes: Partial<CycleValues['cycles'][number]>, field?: string) =>
    change({ ...values, cycles: values.cycles.map((c, i) => (i === ci ? { ...c, ...changes } : c)) }, field);

  return (
    <>
      {justSaved && <SuccessAlert>{t('cycle.settings.saved')}</SuccessAlert>}
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={(e) => void form.submit(e, live, () => onSave({ ...toProgrammeCycle(values), version: cycle.version }))} noValidate className="form-stack">
        <section aria-labelledby="cy-reminders-heading" className="form-section">
          <Heading level={2} data-size="sm" id="cy-reminders-heading">
            {t('cycle.settings.reminders')}
          </Heading>
          <Textfield
            id={cycleControlId('reminderDays')}
            label={t('cycle.settings.reminderDays')}
            description={t('cycle.settings.reminderDaysHint')}
            autoComplete="off"
            value={values.reminderDays}
            onChange={(e) => change({ ...values, reminderDays: e.target.value }, 'reminderDays')}
            error={errorAt('reminderDays')}
          />
        </section>
        {values.cycles.map((c, ci) => {
          const name = labels.source(c.fundingSource);
          const headingId = `cy-source-${ci}-heading`;
          return (
            <section key={c.fundingSource} aria-labelledby={headingId} className="form-section">
              <Heading level={2} data-size="sm" id={headingId}>
                {name}
              </Heading>
              <Textfield
                id={cycleControlId(yearsPath(ci))}
                label={t('cycle.settings.applicationYears')}
                description={t('cycle.settings.applicationYearsHint')}
                autoComplete="off"
                value={c.programmeApplicationYears}
                onChange={(e) => setCycle(ci, { programmeApplicationYears: e.target.value }, yearsPath(ci))}
                error={errorAt(yearsPath(ci))}
              />
              <StepsTable
                ci={ci}
                caption={t('cycle.settings.stepsCaption', { source: name })}
                steps={c.steps}
                onChange={(steps, field) => setCycle(ci, { steps }, field)}
                errorAt={errorAt}
              />
            </section>
          );
        })}
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('cycle.settings.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
