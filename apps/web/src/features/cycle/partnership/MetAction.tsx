import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PartnershipDeadlineDto } from '@mic/domain';
import { errorText } from '../../../lib/errors';
import { useMarkDeadlineMet } from '../cycle-api';

interface Props {
  partnershipId: string;
  deadline: PartnershipDeadlineDto;
  stepName: string;
  onDone: (message: string) => void;
}

/** For the programme office: "Mark as met" (with an optional note) or "Undo", in the deadline's row. */
export function MetAction({ partnershipId, deadline, stepName, onDone }: Props) {
  const { t } = useTranslation();
  const mark = useMarkDeadlineMet(partnershipId, deadline.fundingYear);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLInputElement>(null);
  const id = `met-${deadline.stepCode}`;
  useEffect(() => {
    if (open) noteRef.current?.focus();
  }, [open]);

  const send = (met: boolean) =>
    mark.mutate(
      { stepCode: deadline.stepCode, met, note: met && note.trim() ? note.trim() : null, version: deadline.version },
      {
        onSuccess: () => {
          setOpen(false);
          setNote('');
          onDone(t(met ? 'cycle.deadlines.markedMet' : 'cycle.deadlines.undone', { step: stepName }));
          // The row's other button replaces the one used.
          setTimeout(() => document.getElementById(`${id}-button`)?.focus());
        },
      },
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(true);
  };

  const error = mark.error && <ValidationMessage>{errorText(t, mark.error)}</ValidationMessage>;

  if (deadline.met) {
    return (
      <>
        <Button id={`${id}-button`} variant="tertiary" data-size="sm" aria-label={t('cycle.deadlines.undoFor', { step: stepName })} onClick={() => send(false)} loading={mark.isPending}>
          {t('cycle.deadlines.undo')}
        </Button>
        {error}
      </>
    );
  }
  if (!open) {
    return (
      <Button
        id={`${id}-button`}
        variant="secondary"
        data-size="sm"
        className="nowrap-button"
        aria-label={t('cycle.deadlines.markMetFor', { step: stepName })}
        onClick={() => setOpen(true)}
      >
        {t('cycle.deadlines.markMet')}
      </Button>
    );
  }
  return (
    <form className="date-form" onSubmit={onSubmit} noValidate>
      <Textfield ref={noteRef} id={`${id}-note`} data-size="sm" label={t('cycle.deadlines.noteFor', { step: stepName })} value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} />
      <div className="cell-actions">
        <Button type="submit" data-size="sm" loading={mark.isPending}>
          {t('cycle.deadlines.confirmMet')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          data-size="sm"
          onClick={() => {
            setOpen(false);
            mark.reset();
            setTimeout(() => document.getElementById(`${id}-button`)?.focus());
          }}
        >
          {t('cycle.calendar.cancel')}
        </Button>
      </div>
      {error}
    </form>
  );
}
