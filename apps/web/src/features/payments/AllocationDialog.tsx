import { useState } from 'react';
import { Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { localize, MAX_MONEY, type FundsSourceDto } from '@mic/domain';
import { DialogActions } from '../../components/DialogActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormErrors, type FieldErrors } from '../../lib/useFormErrors';
import { ChangedMeanwhile, isChangedMeanwhile } from './ChangedMeanwhile';
import { useSaveFunds } from './payments-api';
import { usePaymentsText } from './payments-labels';

type Field = 'amount' | 'note';
const ORDER: readonly Field[] = ['amount', 'note'];
const fieldId = (f: Field) => `funds-${f}`;

interface Props {
  year: number;
  source: FundsSourceDto;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void;
}

/** What the donor allocated to the programme for a year from one funding source, with a note. */
export function AllocationDialog({ year, source, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const save = useSaveFunds(year);
  const [amount, setAmount] = useState<number | null>(source.allocated);
  const [note, setNote] = useState(source.note ?? '');
  const [changed, setChanged] = useState(false);
  const form = useFormErrors<Field>({
    order: ORDER,
    targetOf: fieldId,
    fieldOf: (path) => (path === 'amount' || path === 'note' ? path : ''),
  });

  const live: FieldErrors<Field> = {};
  if (amount === null || amount < 0) live.amount = t('payments.funds.amountInvalid');
  else if (amount > MAX_MONEY) live.amount = t('payments.funds.amountTooHigh');
  else if (amount < source.granted) live.amount = t('payments.funds.belowGranted', { granted: text.exact(source.granted) });
  if (note.length > 2000) live.note = t('payments.funds.noteTooLong');

  const submit = async () => {
    try {
      await save.mutateAsync({ funding: source.fundingSource, body: { amount: amount!, note: note.trim() || null, version: source.version } });
      onDone();
    } catch (e) {
      if (isChangedMeanwhile(e)) return setChanged(true);
      throw e;
    }
  };

  const headingId = 'funds-dialog-heading';
  const name = localize(source.name, text.lang);
  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('payments.funds.dialogHeading', { source: name, year })}
      </Heading>
      <Paragraph>{t('payments.funds.dialogText', { granted: text.exact(source.granted) })}</Paragraph>
      {changed ? (
        <ChangedMeanwhile onReload={onReload} />
      ) : (
        <form onSubmit={(e) => void form.submit(e, live, submit)} noValidate className="form-stack">
          <FormErrorSummary key={form.attempt} items={form.summary} />
          <MoneyInput
            id={fieldId('amount')}
            label={t('payments.funds.allocated')}
            value={amount}
            onChange={(v) => {
              setAmount(v);
              form.touch('amount');
            }}
            error={form.shown(live, 'amount')}
          />
          <Textfield
            id={fieldId('note')}
            label={t('payments.funds.note')}
            description={t('payments.funds.noteHint')}
            multiline
            rows={3}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              form.touch('note');
            }}
            error={form.shown(live, 'note')}
          />
          <DialogActions submitLabel={t('payments.funds.save')} pending={form.pending} onClose={onClose} />
        </form>
      )}
    </Dialog>
  );
}
