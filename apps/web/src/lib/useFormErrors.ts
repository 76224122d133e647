import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import type { SummaryItem } from '../components/FormErrorSummary';
import { errorText } from './errors';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

interface Options<F extends string> {
  /** The fields in the order their messages are listed in the error summary. */
  order: readonly F[];
  /** The id of the control the summary links to for a field. */
  targetOf: (field: F) => string;
  /** The form field a server error's field path belongs to ('' for none). */
  fieldOf: (path: string) => F | '';
}

/**
 * The submit and error plumbing the forms share: which fields were touched, whether a submit was
 * tried, the server's messages per field, the error summary (and `attempt`, its remount key) and
 * whether a save is pending. A failed save's field errors go to their fields and to the summary;
 * errors that belong to no field are listed first; with neither, the failure's own message is shown.
 */
export function useFormErrors<F extends string>({ order, targetOf, fieldOf }: Options<F>) {
  const { t } = useTranslation();
  const [touched, setTouched] = useState<Set<F>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors<F>>({});
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [pending, setPending] = useState(false);

  /** Marks a field as changed and drops the server's message for it (and for `alsoClear`). */
  const touch = (field: F, ...alsoClear: F[]) => {
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServerErrors((e) => {
      const next: FieldErrors<F> = { ...e };
      for (const f of [field, ...alsoClear]) next[f] = undefined;
      return next;
    });
  };

  /** The message to show at a field: the live one once the field is ready or a submit was tried, else the server's. */
  const shown = (live: FieldErrors<F>, field: F, ready = touched.has(field)) =>
    ((submitted || ready) && live[field]) || serverErrors[field];

  const itemsFor = (messages: FieldErrors<F>): SummaryItem[] =>
    order.filter((f) => messages[f]).map((f) => ({ message: messages[f]!, targetId: targetOf(f) }));

  /** Submits unless the live check finds something; maps a failed save's errors to fields and summary. */
  const submit = async (event: FormEvent, live: FieldErrors<F>, save: () => Promise<unknown>) => {
    event.preventDefault();
    setSubmitted(true);
    setAttempt((n) => n + 1);
    if (Object.values(live).some(Boolean)) {
      setSummary(itemsFor(live));
      return;
    }
    setSummary([]);
    setPending(true);
    try {
      await save();
    } catch (error) {
      const byField: FieldErrors<F> = {};
      const general: SummaryItem[] = [];
      for (const e of isApiError(error) ? error.errors : []) {
        const f = fieldOf(e.field ?? '');
        if (f && !byField[f]) byField[f] = e.message;
        else if (!f) general.push({ message: e.message });
      }
      setServerErrors(byField);
      const items = itemsFor(byField);
      setSummary(items.length || general.length ? [...general, ...items] : [{ message: errorText(t, error) }]);
    } finally {
      setPending(false);
    }
  };

  return { touched, touch, shown, summary, attempt, pending, submit };
}
