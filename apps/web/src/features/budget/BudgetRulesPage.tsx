import { useState } from 'react';
import { Button, Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { BUDGET_CATEGORIES, checkBudgetRules, type BudgetCategory, type BudgetRulesDto } from '@mic/domain';
import { ConflictAlert } from '../../components/ConflictAlert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { Loading } from '../../components/Loading';
import { MoneyInput } from '../../components/MoneyInput';
import { PageHeading } from '../../components/PageHeading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { useFormErrors } from '../../lib/useFormErrors';
import { useVersionedSave } from '../../lib/useVersionedSave';
import { useBudgetRules, useSaveBudgetRules, type BudgetRulesInput } from './budget-api';
import { useBudgetText } from './budget-labels';
import './budget.css';

const FIELDS = ['yearlyCeiling', 'maxAdministrationPercent', 'ineligibleCategories', 'varianceThresholdPercent'] as const;
type Field = (typeof FIELDS)[number];
const controlId = (f: Field) => (f === 'ineligibleCategories' ? `br-ineligible-${BUDGET_CATEGORIES[0]}` : `br-${f}`);

/** `/programme/budget-rules`: everyone reads the programme's budget rules; the programme office changes them. */
export function BudgetRulesPage() {
  const { t } = useTranslation();
  const rules = useBudgetRules();
  const save = useSaveBudgetRules();
  const flow = useVersionedSave(save, () => rules.refetch(), rules.data?.version);
  return (
    <div className="budget-page form-page">
      <PageHeading>{t('budget.rules.heading')}</PageHeading>
      <Paragraph className="lead">{t('budget.rules.intro')}</Paragraph>
      {flow.conflict && <ConflictAlert onReload={() => void flow.reload()} reloadLabel={t('budget.rules.reload')} />}
      {rules.isPending && <Loading />}
      {rules.isError && <ErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data &&
        (rules.data.can.edit ? (
          <RulesForm key={flow.formKey} rules={rules.data} justSaved={flow.justSaved} onSave={flow.submit} />
        ) : (
          <RulesFacts rules={rules.data} />
        ))}
    </div>
  );
}

function RulesFacts({ rules }: { rules: BudgetRulesDto }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  return (
    <Facts
      rows={[
        [t('budget.rules.yearlyCeiling'), text.money(rules.yearlyCeiling)],
        [t('budget.rules.maxAdministrationPercent'), t('budget.rules.percentValue', { value: rules.maxAdministrationPercent })],
        [t('budget.rules.ineligibleCategories'), rules.ineligibleCategories.map(text.category).join(', ') || t('budget.rules.noIneligible')],
        [t('budget.rules.varianceThresholdPercent'), t('budget.rules.percentValue', { value: rules.varianceThresholdPercent })],
      ]}
    />
  );
}

interface FormProps {
  rules: BudgetRulesDto;
  justSaved: boolean;
  onSave: (body: BudgetRulesInput) => Promise<void>;
}

const percent = (s: string) => (/^\d{1,3}$/.test(s.trim()) ? Number(s.trim()) : NaN);

function RulesForm({ rules, justSaved, onSave }: FormProps) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const [ceiling, setCeiling] = useState<number | null>(rules.yearlyCeiling);
  const [admin, setAdmin] = useState(String(rules.maxAdministrationPercent));
  const [variance, setVariance] = useState(String(rules.varianceThresholdPercent));
  const [ineligible, setIneligible] = useState<BudgetCategory[]>(rules.ineligibleCategories);
  const form = useFormErrors<Field>({ order: FIELDS, targetOf: controlId, fieldOf: (p) => (FIELDS.includes(p as Field) ? (p as Field) : '') });

  const body: BudgetRulesInput = {
    yearlyCeiling: ceiling ?? -1,
    maxAdministrationPercent: percent(admin),
    ineligibleCategories: ineligible,
    varianceThresholdPercent: percent(variance),
    version: rules.version,
  };
  const live: Partial<Record<Field, string>> = {};
  for (const v of checkBudgetRules(body)) {
    const f = v.field as Field;
    live[f] ??= f === 'yearlyCeiling' ? t('budget.rules.ceilingInvalid') : f === 'ineligibleCategories' ? t(`errors.${v.code}`) : t('budget.rules.percentInvalid');
  }
  const error = (f: Field) => form.shown(live, f) || undefined;
  const toggle = (c: BudgetCategory, on: boolean) => {
    setIneligible((list) => (on ? BUDGET_CATEGORIES.filter((x) => x === c || list.includes(x)) : list.filter((x) => x !== c)));
    form.touch('ineligibleCategories');
  };

  return (
    <>
      {justSaved && <SuccessAlert>{t('budget.rules.saved')}</SuccessAlert>}
      <FormErrorSummary key={form.attempt} items={form.summary} />
      <form onSubmit={(e) => void form.submit(e, live, () => onSave(body))} noValidate className="form-stack">
        <MoneyInput
          id={controlId('yearlyCeiling')}
          label={t('budget.rules.yearlyCeiling')}
          value={ceiling}
          onChange={(v) => {
            setCeiling(v);
            form.touch('yearlyCeiling');
          }}
          error={error('yearlyCeiling')}
        />
        <Textfield
          id={controlId('maxAdministrationPercent')}
          label={t('budget.rules.maxAdministrationPercent')}
          description={t('budget.rules.maxAdministrationHint')}
          inputMode="numeric"
          autoComplete="off"
          suffix="%"
          value={admin}
          onChange={(e) => {
            setAdmin(e.target.value);
            form.touch('maxAdministrationPercent');
          }}
          error={error('maxAdministrationPercent')}
        />
        <Fieldset>
          <Fieldset.Legend>{t('budget.rules.ineligibleCategories')}</Fieldset.Legend>
          {BUDGET_CATEGORIES.map((c) => (
            <Checkbox
              key={c}
              id={`br-ineligible-${c}`}
              label={text.category(c)}
              value={c}
              checked={ineligible.includes(c)}
              onChange={(e) => toggle(c, e.target.checked)}
            />
          ))}
          {error('ineligibleCategories') && <ValidationMessage>{error('ineligibleCategories')}</ValidationMessage>}
        </Fieldset>
        <Textfield
          id={controlId('varianceThresholdPercent')}
          label={t('budget.rules.varianceThresholdPercent')}
          description={t('budget.rules.varianceHint')}
          inputMode="numeric"
          autoComplete="off"
          suffix="%"
          value={variance}
          onChange={(e) => {
            setVariance(e.target.value);
            form.touch('varianceThresholdPercent');
          }}
          error={error('varianceThresholdPercent')}
        />
        <div className="form-actions">
          <Button type="submit" loading={form.pending}>
            {t('budget.rules.save')}
          </Button>
        </div>
      </form>
    </>
  );
}
