import { useRef, useState, type FormEvent } from 'react';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDto, ResultDto, ResultsFrameworkDto } from '@mic/domain';
import { FormActions } from '../../../components/FormActions';
import { isApiError } from '../../../api/client';
import { FormErrorSummary, type SummaryItem } from '../../../components/FormErrorSummary';
import { errorText } from '../../../lib/errors';
import { indicatorCalls, useRefreshResults } from '../results-api';
import { parseNumber } from '../value-format';
import { useResultsLabels } from '../shared/useResultsLabels';
import { BaselineFields } from './BaselineFields';
import { DefinitionFields } from './DefinitionFields';
import {
  baselineOf,
  controlOf,
  hasBaseline,
  sameBaseline,
  sameTargets,
  targetsOf,
  toDefinitionInput,
  validateIndicator,
  type IndicatorFormValues,
  type Messages,
} from './indicator-form';
import { limitWarnings } from './limits';
import { TargetsFields } from './TargetsFields';

interface Props {
  fw: ResultsFrameworkDto;
  result: ResultDto;
  /** Null for a new indicator. */
  indicator: IndicatorDto | null;
  initial: IndicatorFormValues;
  submitLabel: string;
  cancelTo: string;
  onSaved: (indicator: IndicatorDto) => void;
}

type Group = 'name' | 'scale' | 'baseline' | 'targets';
const groupOfKey = (key: keyof IndicatorFormValues): Group | null =>
  key === 'name' ? 'name' : key === 'scale' || key === 'kind' ? 'scale' : key.startsWith('baseline') ? 'baseline' : key === 'targets' || key === 'endTarget' ? 'targets' : null;
const groupOfControl = (id: string): Group =>
  id.startsWith('ind-name') ? 'name' : id.startsWith('ind-scale') ? 'scale' : id.startsWith('ind-baseline') ? 'baseline' : 'targets';

/**
 * An indicator in one form: its definition, its baseline and its targets, each checked as it is
 * typed with the domain's own rules. Saving makes up to three calls (definition, baseline, targets);
 * should a later one be refused, the earlier ones stay saved and the next submit carries on from there.
 */
export function IndicatorForm({ fw, result, indicator, initial, submitLabel, cancelTo, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useResultsLabels();
  const calls = indicatorCalls(fw.partnershipId);
  const refresh = useRefreshResults(fw.partnershipId);
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<Set<Group>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Messages>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);
  // What is saved so far: the indicator as the server last answered.
  const saved = useRef<IndicatorDto | null>(indicator);
  const period = { startYear: fw.startYear, endYear: fw.endYear };
  const ctx = { workingLanguage: fw.workingLanguage, languageName: labels.language(fw.workingLanguage), period, firstActivityDate: fw.firstActivityDate };

  const live = validateIndicator(t, values, ctx);
  const shownErrors: Messages = { ...Object.fromEntries(Object.entries(live).filter(([id]) => submitted || touched.has(groupOfControl(id)))), ...serverErrors };

  const set = (changes: Partial<IndicatorFormValues>) => {
    setValues((v) => ({ ...v, ...changes }));
    const groups = Object.keys(changes).map((k) => groupOfKey(k as keyof IndicatorFormValues)).filter((g): g is Group => g !== null);
    if (groups.length) setTouched((s) => new Set([...s, ...groups]));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([id]) => !groups.includes(groupOfControl(id)))));
  };

  const items = (m: Messages, general: string[] = []): SummaryItem[] => [
    ...general.map((message) => ({ message })),
    ...Object.entries(m).map(([targetId, message]) => ({ message, targetId })),
  ];

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.keys(live).length) return setSummary(items(live));
    setSummary([]);
    setPending(true);
    const targets = targetsOf(values, period);
    const endTarget = parseNumber(values.endTarget);
    let step: 'definition' | 'baseline' | 'targets' = 'definition';
    try {
      let current = saved.current;
      const definition = toDefinitionInput(values);
      if (!current) current = await calls.create(result.id, definition);
      else if (JSON.stringify(toDefinitionInput(initial)) !== JSON.stringify(definition) || current !== indicator) {
        current = await calls.update(current.id, { ...definition, version: current.version });
      }
      saved.current = current;
      step = 'baseline';
      const baseline = baselineOf(values);
      if (hasBaseline(values) && !sameBaseline(baseline, current.baseline)) {
        current = await calls.putBaseline(current.id, { ...baseline, version: current.version });
      } else if (!hasBaseline(values) && current.baseline) {
        current = await calls.deleteBaseline(current.id, current.version);
      }
      saved.current = current;
      step = 'targets';
      if (!sameTargets(targets, endTarget, current)) current = await calls.putTargets(current.id, { targets, endTarget, version: current.version });
      saved.current = current;
      await refresh();
      onSaved(current);
    } catch (error) {
      const byControl: Messages = {};
      const general: string[] = [];
      for (const e of isApiError(error) ? error.errors : []) {
        const id = controlOf(step, e.field ?? '', fw.workingLanguage, targets);
        if (id && !byControl[id]) byControl[id] = e.message;
        else if (!id) general.push(e.message);
      }
      setServerErrors(byControl);
      if (!Object.keys(byControl).length && !general.length) general.push(errorText(t, error));
      // Part of it is saved: say so, so that nobody saves the same indicator twice.
      if (saved.current && !indicator) general.unshift(t('results.indicatorForm.partlySaved'));
      setSummary(items(byControl, general));
      if (saved.current) void refresh();
    } finally {
      setPending(false);
    }
  };

  const warnings = indicator ? [] : limitWarnings(fw, result);

  return (
    <>
      {warnings.length > 0 && (
        <Alert data-color="warning" className="page-alert">
          {warnings.map((w) => (
            <Paragraph key={w.code}>{labels.warning(w)}</Paragraph>
          ))}
        </Alert>
      )}
      <FormErrorSummary key={attempt} items={summary} />
      <form onSubmit={handleSubmit} noValidate className="form-stack">
        <DefinitionFields values={values} set={set} errors={shownErrors} workingLanguage={fw.workingLanguage} />
        <BaselineFields
          partnershipId={fw.partnershipId}
          values={values}
          set={set}
          errors={shownErrors}
          firstActivityDate={fw.firstActivityDate}
          canUpload={fw.can.uploadDocuments}
          upload={calls.upload}
        />
        <TargetsFields values={values} set={set} errors={shownErrors} period={period} />
        <FormActions submitLabel={submitLabel} pending={pending} cancelTo={cancelTo} />
      </form>
    </>
  );
}
