import { Button, Fieldset, Heading, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_RESPONSIBLE, type WorkPlanDto } from '@mic/domain';
import { SelectField } from '../../components/SelectField';
import { useBudgetText } from './budget-labels';
import { activityPath, newActivity, workPlanControlId, type ActivityValues } from './work-plan-form';

interface Props {
  activities: ActivityValues[];
  outputs: WorkPlanDto['outputs'];
  onChange: (next: ActivityValues[], field: string) => void;
  error: (path: string) => string | undefined;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
/** Moves focus to a control once React has drawn it (after adding or removing a row). */
export const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus());

/** The year's activities: what is done, for which output, by whom and when. */
export function ActivityFields({ activities, outputs, onChange, error }: Props) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const months = MONTHS.map((m) => ({ value: String(m), label: text.month(m) }));
  const update = (i: number, changes: Partial<ActivityValues>, field: keyof ActivityValues) =>
    onChange(
      activities.map((a, j) => (j === i ? { ...a, ...changes } : a)),
      activityPath(i, field as 'title'),
    );

  return (
    <section aria-labelledby="wpf-activities-heading" className="form-section" id={workPlanControlId('activities')} tabIndex={-1}>
      <Heading level={2} data-size="sm" id="wpf-activities-heading">
        {t('budget.form.activities')}
      </Heading>
      {error('activities') && <ValidationMessage>{error('activities')}</ValidationMessage>}
      {activities.length === 0 && <p>{t('budget.view.noActivities')}</p>}
      {activities.map((a, i) => (
        <Fieldset key={a.id} className="item-card">
          <Fieldset.Legend>{t('budget.form.activityN', { n: i + 1 })}</Fieldset.Legend>
          <Textfield
            id={workPlanControlId(activityPath(i, 'title'))}
            label={t('budget.form.title')}
            value={a.title}
            onChange={(e) => update(i, { title: e.target.value }, 'title')}
            error={error(activityPath(i, 'title'))}
          />
          <SelectField
            id={workPlanControlId(activityPath(i, 'outputId'))}
            label={t('budget.form.output')}
            value={a.outputId}
            onChange={(v) => update(i, { outputId: v }, 'outputId')}
            options={[{ value: '', label: t('budget.form.noOutput') }, ...outputs.map((o) => ({ value: o.id, label: text.text(o.statement) }))]}
            error={error(activityPath(i, 'outputId'))}
          />
          <div className="year-row">
            <SelectField
              id={workPlanControlId(activityPath(i, 'responsible'))}
              label={t('budget.form.responsible')}
              value={a.responsible}
              onChange={(v) => update(i, { responsible: v as ActivityValues['responsible'] }, 'responsible')}
              options={ACTIVITY_RESPONSIBLE.map((r) => ({ value: r, label: t(`budget.responsible.${r}`) }))}
              error={error(activityPath(i, 'responsible'))}
            />
            <SelectField
              id={workPlanControlId(activityPath(i, 'startMonth'))}
              label={t('budget.form.startMonth')}
              value={a.startMonth}
              onChange={(v) => update(i, { startMonth: v }, 'startMonth')}
              options={months}
              error={error(activityPath(i, 'startMonth'))}
            />
            <SelectField
              id={workPlanControlId(activityPath(i, 'endMonth'))}
              label={t('budget.form.endMonth')}
              value={a.endMonth}
              onChange={(v) => update(i, { endMonth: v }, 'endMonth')}
              options={months}
              error={error(activityPath(i, 'endMonth'))}
            />
          </div>
          <div className="button-row">
            <Button
              variant="tertiary"
              data-color="danger"
              data-size="sm"
              onClick={() => {
                onChange(
                  activities.filter((_, j) => j !== i),
                  'activities',
                );
                focusLater(workPlanControlId('add-activity'));
              }}
            >
              {t('budget.form.removeActivity', { n: i + 1 })}
            </Button>
          </div>
        </Fieldset>
      ))}
      <div className="button-row">
        <Button
          id={workPlanControlId('add-activity')}
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...activities, newActivity()], 'activities');
            focusLater(workPlanControlId(activityPath(activities.length, 'title')));
          }}
        >
          {t('budget.form.addActivity')}
        </Button>
      </div>
    </section>
  );
}
