import { Button, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { CURRENCY_MINOR_DIGITS, LOCAL_CURRENCIES, MUNICIPALITY_SIDES, type BudgetCategory } from '@mic/domain';
import { MoneyInput } from '../../components/MoneyInput';
import { SelectField } from '../../components/SelectField';
import { focusLater } from './ActivityFields';
import { useBudgetText } from './budget-labels';
import { lineOre, linePath, newLine, workPlanControlId, type ActivityValues, type LineField, type LineValues } from './work-plan-form';

interface Props {
  lines: LineValues[];
  activities: ActivityValues[];
  /** The categories the rules allow (a saved line in a category no longer allowed keeps its own). */
  categories: BudgetCategory[];
  /** Names of the two municipalities, when known. */
  sideNames: Partial<Record<'home' | 'partner', string>>;
  onChange: (next: LineValues[], field: string) => void;
  error: (path: string) => string | undefined;
}

const currencyNames = new Map<string, Intl.DisplayNames>();
function currencyName(code: string, lang: string): string {
  let names = currencyNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'currency', fallback: 'code' });
    currencyNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/** The budget lines: activity, category, side, description and the amount, in NOK or in local currency. */
export function LineFields({ lines, activities, categories, sideNames, onChange, error }: Props) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const update = (i: number, changes: Partial<LineValues>, field: LineField | 'inLocal') =>
    onChange(
      lines.map((l, j) => (j === i ? { ...l, ...changes } : l)),
      `lines.${i}.${field}`,
    );
  const activityOptions = [
    { value: '', label: t('budget.form.noActivity') },
    ...activities.map((a, i) => ({ value: a.id, label: a.title.trim() || t('budget.form.activityN', { n: i + 1 }) })),
  ];
  const currencies = LOCAL_CURRENCIES.map((c) => ({ value: c, label: `${c} – ${currencyName(c, text.lang)}` }));
  const sideLabel = (s: 'home' | 'partner') => (sideNames[s] ? `${t(`budget.sides.${s}`)} (${sideNames[s]})` : t(`budget.sides.${s}`));

  return (
    <section aria-labelledby="wpf-lines-heading" className="form-section">
      <Heading level={2} data-size="sm" id="wpf-lines-heading">
        {t('budget.form.lines')}
      </Heading>
      {lines.length === 0 && <p>{t('budget.view.noLines')}</p>}
      {lines.map((l, i) => {
        const id = (f: LineField) => workPlanControlId(linePath(i, f));
        const own = l.category && !categories.includes(l.category) ? [l.category] : [];
        const local = l.inLocal && l.side === 'partner';
        const ore = lineOre(l);
        return (
          <Fieldset key={l.id} className="item-card">
            <Fieldset.Legend>{t('budget.form.lineN', { n: i + 1 })}</Fieldset.Legend>
            <div className="year-row">
              <SelectField
                id={id('activityId')}
                label={t('budget.form.activity')}
                value={l.activityId}
                onChange={(v) => update(i, { activityId: v }, 'activityId')}
                options={activityOptions}
                error={error(linePath(i, 'activityId'))}
              />
              <SelectField
                id={id('category')}
                label={t('budget.form.category')}
                description={t('budget.form.categoryHint')}
                placeholder={t('common.choose')}
                value={l.category}
                onChange={(v) => update(i, { category: v as BudgetCategory }, 'category')}
                options={[...categories, ...own].map((c) => ({ value: c, label: text.category(c) }))}
                error={error(linePath(i, 'category'))}
              />
              <SelectField
                id={id('side')}
                label={t('budget.form.side')}
                value={l.side}
                onChange={(v) => update(i, { side: v as LineValues['side'] }, 'side')}
                options={MUNICIPALITY_SIDES.map((s) => ({ value: s, label: sideLabel(s) }))}
                error={error(linePath(i, 'side'))}
              />
            </div>
            <Textfield
              id={id('description')}
              label={t('budget.form.description')}
              value={l.description}
              onChange={(e) => update(i, { description: e.target.value }, 'description')}
              error={error(linePath(i, 'description'))}
            />
            {l.side === 'partner' && (
              <Checkbox
                id={workPlanControlId(`lines.${i}.inLocal`)}
                label={t('budget.form.inLocal')}
                checked={l.inLocal}
                onChange={(e) => update(i, { inLocal: e.target.checked }, 'inLocal')}
              />
            )}
            {local ? (
              <>
                <div className="year-row">
                  <SelectField
                    id={id('local.currency')}
                    label={t('budget.form.currency')}
                    placeholder={t('common.choose')}
                    value={l.currency}
                    onChange={(v) => update(i, { currency: v }, 'local.currency')}
                    options={currencies}
                    error={error(linePath(i, 'local.currency'))}
                  />
                  <MoneyInput
                    id={id('local.amount')}
                    label={t('budget.form.localAmount')}
                    currency={l.currency || '–'}
                    digits={CURRENCY_MINOR_DIGITS[l.currency] ?? 2}
                    value={l.localAmount}
                    onChange={(v) => update(i, { localAmount: v }, 'local.amount')}
                    error={error(linePath(i, 'local.amount'))}
                  />
                </div>
                <div className="year-row">
                  <Textfield
                    id={id('local.rate')}
                    label={t('budget.form.rate')}
                    description={t('budget.form.rateHint')}
                    inputMode="decimal"
                    autoComplete="off"
                    value={l.rate}
                    onChange={(e) => update(i, { rate: e.target.value }, 'local.rate')}
                    error={error(linePath(i, 'local.rate'))}
                  />
                  <Textfield
                    id={id('local.rateDate')}
                    label={t('budget.form.rateDate')}
                    type="date"
                    value={l.rateDate}
                    onChange={(e) => update(i, { rateDate: e.target.value }, 'local.rateDate')}
                    error={error(linePath(i, 'local.rateDate'))}
                  />
                </div>
                <p className="converted">{ore === null ? t('budget.form.notConverted') : t('budget.form.converted', { amount: text.money(ore) })}</p>
              </>
            ) : (
              <MoneyInput
                id={id('amount')}
                label={t('budget.form.amount')}
                value={l.amount}
                onChange={(v) => update(i, { amount: v }, 'amount')}
                error={error(linePath(i, 'amount'))}
              />
            )}
            <div className="button-row">
              <Button
                variant="tertiary"
                data-color="danger"
                data-size="sm"
                onClick={() => {
                  onChange(
                    lines.filter((_, j) => j !== i),
                    'lines',
                  );
                  focusLater(workPlanControlId('add-line'));
                }}
              >
                {t('budget.form.removeLine', { n: i + 1 })}
              </Button>
            </div>
          </Fieldset>
        );
      })}
      <div className="button-row">
        <Button
          id={workPlanControlId('add-line')}
          variant="secondary"
          data-size="sm"
          onClick={() => {
            onChange([...lines, newLine(activities.at(-1)?.id ?? '')], 'lines');
            focusLater(workPlanControlId(linePath(lines.length, 'activityId')));
          }}
        >
          {t('budget.form.addLine')}
        </Button>
      </div>
    </section>
  );
}
