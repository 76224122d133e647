import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeCycleDto } from '@mic/domain';
import { ConflictAlert } from '../../../components/ConflictAlert';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageHeading } from '../../../components/PageHeading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useVersionedSave } from '../../../lib/useVersionedSave';
import { useProgrammeCycle, useSaveProgrammeCycle } from '../cycle-api';
import { useCycleLabels } from '../cycle-labels';
import { cycleControlId, cycleFieldOf, cycleFieldOrder, cycleValuesOf, toProgrammeCycle, validateCycle, yearsPath, type CycleValues } from './cycle-form';
import { StepsTable } from './StepsTable';
import { BudgetRulesLink } from '../../budget/BudgetLinks';
import '../cycle.css';

/** `/programme/cycle`: the programme office sets each funding source's yearly cycle and the reminder days. */
export function CycleSettingsPage() {
  const { t } = useTranslation();
  const cycle = useProgrammeCycle();
  const save = useSaveProgrammeCycle();
  const flow = useVersionedSave(save, () => cycle.refetch(), cycle.data?.version);

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
      <BudgetRulesLink />
      {flow.conflict && <ConflictAlert onReload={() => void flow.reload()} reloadLabel={t('cycle.settings.reload')} />}
      {cycle.isPending && <Loading />}
      {cycle.isError && <ErrorAlert error={cycle.error} onRetry={() => void cycle.refetch()} />}
      {cycle.data && (
        <CycleForm
          key={flow.formKey}
          cycle={cycle.data}
          justSaved={flow.justSaved}
          onSave={flow.submit}
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
