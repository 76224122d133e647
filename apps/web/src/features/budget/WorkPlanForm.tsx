import { useState } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { budgetTotals, eligibleCategories, type WorkPlanDto } from '@mic/domain';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors } from '../../lib/useFormErrors';
import { ActivityFields } from './ActivityFields';
import type { WorkPlanInput } from './budget-api';
import { useBudgetText } from './budget-labels';
import { LineFields } from './LineFields';
import { TotalsTables } from './WorkPlanTables';
import {
  budgetLinesOf,
  toWorkPlanInput,
  validateWorkPlan,
  workPlanControlId,
  workPlanFieldOf,
  workPlanFieldOrder,
  workPlanValuesOf,
  type WorkPlanValues,
} from './work-plan-form';

interface Props {
  plan: WorkPlanDto;
  sideNames: Partial<Record<'home' | 'partner', string>>;
  onSave: (body: WorkPlanInput) => Promise<void>;
  onCancel: () => void;
}

/**
 * The year's work plan and budget as a form: activities, budget lines, live totals and the programme's
 * rules checked as the person types (the server checks them again). An approved plan asks why it changes.
 */
export function WorkPlanForm({ plan, sideNames, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const [values, setValues] = useState<WorkPlanValues>(() => workPlanValuesOf(plan, text.lang));
  const revision = plan.status === 'approved';
  const form = useFormErrors<string>({
    order: workPlanFieldOrder(values),
    targetOf: workPlanControlId,
    fieldOf: (path) => workPlanFieldOf(values, path),
  });
  const live = validateWorkPlan(t, values, plan.rules, revision, text.lang);
  const errorAt = (path: string) => form.shown(live, path) || undefined;
  // Rule breaches are worth knowing at once, not only after a submit.
  const ruleError = live.lines ?? form.shown({}, 'lines');
  const totals = budgetTotals(budgetLinesOf(values));

  const change = (next: WorkPlanValues, field: string) => {
    setValues(next);
    form.touch(field);
  };

  return (
    <>
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form
        onSubmit={(e) => void form.submit(e, live, () => onSave(toWorkPlanInput(values, plan.version, revision)))}
        noValidate
        className="form-stack"
        aria-labelledby="wpf-heading"
      >
        <Heading level={2} data-size="sm" id="wpf-heading" tabIndex={-1}>
          {t('budget.form.heading', { year: plan.year })}
        </Heading>
        <Paragraph>{t('budget.form.intro')}</Paragraph>
        <ActivityFields
          activities={values.activities}
          outputs={plan.outputs}
          error={errorAt}
          onChange={(activities, field) => {
            // A line of a removed activity is no longer tied to one.
            const ids = new Set(activities.map((a) => a.id));
            change({ ...values, activities, lines: values.lines.map((l) => (l.activityId && !ids.has(l.activityId) ? { ...l, activityId: '' } : l)) }, field);
          }}
        />
        <LineFields
          lines={values.lines}
          activities={values.activities}
          categories={eligibleCategories(plan.rules)}
          sideNames={sideNames}
          error={errorAt}
          onChange={(lines, field) => change({ ...values, lines }, field)}
        />
        <section aria-labelledby="wpf-check-heading" className="form-section" id={workPlanControlId('lines')} tabIndex={-1}>
          <Heading level={2} data-size="sm" id="wpf-check-heading">
            {t('budget.form.totals')}
          </Heading>
          <div role="status" className="live-totals">
            <Paragraph>{t('budget.form.liveTotal', { total: text.money(totals.total), ceiling: text.money(plan.rules.yearlyCeiling) })}</Paragraph>
            <Paragraph className={ruleError ? 'rule-error' : undefined}>{ruleError ?? t('budget.form.rulesOk')}</Paragraph>
          </div>
          {values.lines.length > 0 && <TotalsTables totals={totals} bare />}
        </section>
        {revision && (
          <Textfield
            id={workPlanControlId('revisionReason')}
            label={t('budget.form.revisionReason')}
            description={t('budget.form.revisionReasonHint')}
            multiline
            rows={3}
            value={values.revisionReason}
            onChange={(e) => change({ ...values, revisionReason: e.target.value }, 'revisionReason')}
            error={errorAt('revisionReason')}
          />
        )}
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('budget.form.save')}
          </Button>
          <Button variant="tertiary" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
