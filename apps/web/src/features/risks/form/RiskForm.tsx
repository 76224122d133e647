import { useState, type FormEvent } from 'react';
import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { RISK_CATEGORIES, RISK_ORIGINS, RISK_STATUSES, type RiskInput, type RiskRatingDto, type RiskSettingsDto } from '@mic/domain';
import { FormActions } from '../../../components/FormActions';
import { FormErrorSummary, type SummaryItem } from '../../../components/FormErrorSummary';
import { SelectField, type Option } from '../../../components/SelectField';
import { errorText } from '../../../lib/errors';
import { isApiError } from '../../../api/client';
import { todayIso } from '../risk-labels';
import { AnalysisFields } from './AnalysisFields';
import { ResponseFields } from './ResponseFields';
import { ToleranceFields } from './ToleranceFields';
import { controlId, targetOf, toRiskInput, validateRisk, type RiskFormValues } from './risk-form';

interface Props {
  initial: RiskFormValues;
  settings: RiskSettingsDto;
  /** The framework's results; undefined hides the field. */
  resultOptions: Option[] | undefined;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (input: RiskInput) => Promise<unknown>;
  /** A reviewed risk's current rating (the form edits the initial analysis). */
  current?: RiskRatingDto;
}

/**
 * A risk: what it is, its analysis (with the rating and band shown live), its response and measures,
 * and a documented tolerance. Errors show once a field has been changed or after a submit; the
 * server's own (a date in the future, a result of another partnership) come back at the field.
 */
export function RiskForm({ initial, settings, resultOptions, submitLabel, cancelTo, onSubmit, current }: Props) {
  const { t } = useTranslation();
  const today = todayIso();
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  const live = validateRisk(t, values, today);
  const error = (path: string) => ((submitted || touched.has(path)) && live[path]) || serverErrors[path] || undefined;

  const set = (changes: Partial<RiskFormValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    const paths = Object.keys(changes).flatMap((key) =>
      key === 'measures' ? changedMeasurePaths(values.measures, changes.measures ?? []) : [pathOf(key)],
    );
    setTouched((s) => new Set([...s, ...paths]));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !paths.some((p) => k.startsWith(p)))));
  };

  const itemsFor = (messages: Record<string, string>, general: string[] = []): SummaryItem[] => [
    ...general.map((message) => ({ message })),
    ...Object.entries(messages).map(([path, message]) => ({ message, targetId: targetOf(path) })),
  ];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.keys(live).length) return setSummary(itemsFor(live));
    setSummary([]);
    setPending(true);
    try {
      await onSubmit(toRiskInput(values));
    } catch (e) {
      const byPath: Record<string, string> = {};
      const general: string[] = [];
      for (const fe of isApiError(e) ? e.errors : []) {
        if (fe.field && !byPath[fe.field]) byPath[fe.field] = fe.message;
        else if (!fe.field) general.push(fe.message);
      }
      setServerErrors(byPath);
      setSummary(itemsFor(byPath, Object.keys(byPath).length || general.length ? general : [errorText(t, e)]));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <section aria-labelledby="rf-basics-heading" className="form-section">
          <Heading level={2} data-size="sm" id="rf-basics-heading">
            {t('risks.form.basics')}
          </Heading>
          <Textfield
            id={controlId('description')}
            label={t('risks.form.description')}
            description={t('risks.form.descriptionHint')}
            multiline
            rows={3}
            value={values.description}
            onChange={(e) => set({ description: e.target.value })}
            error={error('description')}
          />
          <SelectField
            id={controlId('category')}
            label={t('risks.form.category')}
            placeholder={t('common.choose')}
            value={values.category}
            onChange={(v) => set({ category: v as RiskFormValues['category'] })}
            options={RISK_CATEGORIES.map((c) => ({ value: c, label: t(`risks.categories.${c}`) }))}
            error={error('category')}
          />
          {resultOptions && (
            <SelectField
              id={controlId('resultId')}
              label={t('risks.form.result')}
              description={t('risks.form.resultHint')}
              value={values.resultId}
              onChange={(resultId) => set({ resultId })}
              options={[{ value: '', label: t('risks.form.resultNone') }, ...resultOptions]}
              error={error('resultId')}
            />
          )}
          <SelectField
            id={controlId('origin')}
            label={t('risks.form.origin')}
            description={t('risks.form.originHint')}
            placeholder={t('common.choose')}
            value={values.origin}
            onChange={(v) => set({ origin: v as RiskFormValues['origin'] })}
            options={RISK_ORIGINS.map((o) => ({ value: o, label: t(`risks.origins.${o}`) }))}
            error={error('origin')}
          />
          <Textfield
            id={controlId('owner')}
            label={t('risks.form.owner')}
            description={t('risks.form.ownerHint')}
            value={values.owner}
            onChange={(e) => set({ owner: e.target.value })}
            error={error('owner')}
          />
          <div className="year-row">
            <Textfield
              id={controlId('identifiedOn')}
              label={t('risks.form.identifiedOn')}
              type="date"
              max={today}
              value={values.identifiedOn}
              onChange={(e) => set({ identifiedOn: e.target.value })}
              error={error('identifiedOn')}
            />
            <SelectField
              id={controlId('status')}
              label={t('risks.form.status')}
              value={values.status}
              onChange={(v) => set({ status: v as RiskFormValues['status'] })}
              options={RISK_STATUSES.map((s) => ({ value: s, label: t(`risks.statuses.${s}`) }))}
            />
          </div>
        </section>
        <AnalysisFields values={values} settings={settings} set={set} error={error} current={current} />
        <ResponseFields values={values} set={set} error={error} />
        <ToleranceFields values={values} set={set} error={error} />
        <FormActions submitLabel={submitLabel} pending={pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}

/** The paths of the measure fields that an edit changed ("response.measures.1.action"). */
function changedMeasurePaths(before: RiskFormValues['measures'], after: RiskFormValues['measures']): string[] {
  const paths: string[] = [];
  after.forEach((m, i) => {
    const old = before.find((b) => b.key === m.key);
    if (!old) return;
    for (const f of ['action', 'responsible', 'dueDate'] as const) if (old[f] !== m[f]) paths.push(`response.measures.${i}.${f}`);
  });
  return paths;
}

/** A form value's field path, as errors name it. */
function pathOf(key: string): string {
  switch (key) {
    case 'responseType':
      return 'response.type';
    case 'measures':
      return 'response.measures';
    case 'justification':
    case 'acceptedBy':
    case 'acceptedOn':
      return `tolerance.${key}`;
    default:
      return key;
  }
}
