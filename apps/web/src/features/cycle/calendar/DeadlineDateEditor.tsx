import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '@mic/domain';
import { errorText } from '../../../lib/errors';
import { isApiError } from '../../../api/client';
import { useCycleDates, useSetCycleDate } from '../cycle-api';

interface Props {
  deadline: Deadline;
  stepName: string;
  /** Whether the step has a standing day and month to fall back to (else clearing means "to be announced"). */
  hasStandingDate: boolean;
  onDone: (message: string | null) => void;
}

/** In a calendar row, for the programme office: sets this year's date of a step, or goes back to the standing one. */
export function DeadlineDateEditor({ deadline, stepName, hasStandingDate, onDone }: Props) {
  const { t } = useTranslation();
  const save = useSetCycleDate(deadline.fundingYear);
  const dates = useCycleDates(deadline.fundingYear);
  // The version of the date shown (0: none set); unknown while the dates load, then the save is unconditional.
  const version =
    deadline.dateSource === 'set'
      ? dates.data?.dates.find((d) => d.fundingSource === deadline.fundingSource && d.stepCode === deadline.stepCode && d.date === deadline.date)?.version
      : 0;
  const [date, setDate] = useState(deadline.date ?? '');
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const id = `date-${deadline.fundingSource}-${deadline.stepCode}`;

  const send = (value: string | null) => {
    setError(undefined);
    save.mutate(
      { fundingSource: deadline.fundingSource, stepCode: deadline.stepCode, date: value, version },
      {
        onSuccess: () => onDone(t(value ? 'cycle.calendar.dateSaved' : 'cycle.calendar.dateCleared', { step: stepName })),
        onError: (e) => setError((isApiError(e) && e.errors[0]?.message) || errorText(t, e)),
      },
    );
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return setError(t('cycle.calendar.dateRequired'));
    send(date);
  };

  return (
    <form className="date-form" onSubmit={onSubmit} noValidate>
      <Textfield
        ref={inputRef}
        id={id}
        type="date"
        data-size="sm"
        label={t('cycle.calendar.dateFor', { step: stepName })}
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={error}
      />
      <div className="cell-actions">
        <Button type="submit" data-size="sm" loading={save.isPending && save.variables?.date !== null}>
          {t('cycle.calendar.save')}
        </Button>
        {deadline.dateSource === 'set' && (
          <Button type="button" variant="secondary" data-size="sm" onClick={() => send(null)} loading={save.isPending && save.variables?.date === null}>
            {hasStandingDate ? t('cycle.calendar.useStanding') : t('cycle.calendar.clearDate')}
          </Button>
        )}
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => onDone(null)}>
          {t('cycle.calendar.cancel')}
        </Button>
      </div>
    </form>
  );
}
