import { useState } from 'react';
import { Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { isInstalmentAmountLocked, sumMoney, type InstalmentDto, type PartnershipPaymentsDto } from '@mic/domain';
import { DialogActions } from '../../components/DialogActions';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { MoneyInput } from '../../components/MoneyInput';
import { useFormErrors, type FieldErrors } from '../../lib/useFormErrors';
import { ChangedMeanwhile, isChangedMeanwhile } from './ChangedMeanwhile';
import { useSaveSplit } from './payments-api';
import { usePaymentsText } from './payments-labels';

interface Props {
  partnershipId: string;
  year: number;
  grant: number;
  instalments: InstalmentDto[];
  onClose: () => void;
  onDone: (saved: PartnershipPaymentsDto) => void;
  onReload: () => void;
}

/** `amounts.2` for one instalment's field, `amounts` for the sum. */
type Field = string;
const fieldId = (f: Field) => (f === 'amounts' ? 'split-sum' : `split-${f.replace('.', '-')}`);

/**
 * How a year's grant is split over its instalments, with the sum against the grant as one types.
 * Approved and paid instalments keep their amounts (their fields are disabled).
 */
export function SplitDialog({ partnershipId, year, grant, instalments, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const mutation = useSaveSplit(partnershipId);
  const [amounts, setAmounts] = useState<(number | null)[]>(() => instalments.map((i) => i.amount));
  const [changed, setChanged] = useState(false);
  const order = [...instalments.map((_, i) => `amounts.${i}`), 'amounts'];
  const form = useFormErrors<Field>({
    order,
    targetOf: fieldId,
    // The server names `amounts.3.amount`; the form's field is the instalment's.
    fieldOf: (path) => (path === 'amounts' ? 'amounts' : /^amounts\.\d+/.exec(path)?.[0] ?? ''),
  });

  const whole = amounts.every((a): a is number => a !== null && a >= 0);
  const sum = whole ? sumMoney(amounts as number[]) : null;
  const live: FieldErrors<Field> = {};
  amounts.forEach((a, i) => {
    if (a === null || a < 0) live[`amounts.${i}`] = t('payments.split.amountInvalid');
  });
  if (sum !== null && sum !== grant) live.amounts = t('payments.split.mismatch', { sum: text.exact(sum), grant: text.exact(grant) });

  const save = async () => {
    try {
      onDone(await mutation.mutateAsync({ year, amounts: instalments.map((i, n) => ({ id: i.id, amount: amounts[n]!, version: i.version })) }));
    } catch (e) {
      if (isChangedMeanwhile(e)) return setChanged(true);
      throw e;
    }
  };

  const headingId = 'split-heading';
  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('payments.split.heading', { year })}
      </Heading>
      <Paragraph>{t('payments.split.text', { grant: text.exact(grant) })}</Paragraph>
      {changed ? (
        <ChangedMeanwhile onReload={onReload} />
      ) : (
        <form onSubmit={(e) => void form.submit(e, live, save)} noValidate className="form-stack">
          <FormErrorSummary key={form.attempt} items={form.summary} />
          {instalments.map((inst, i) => {
            const locked = isInstalmentAmountLocked(inst.status);
            return (
              <MoneyInput
                key={inst.id}
                id={fieldId(`amounts.${i}`)}
                label={t('payments.split.instalment', { seq: inst.seq, due: inst.dueDate ? text.date(inst.dueDate) : t('payments.tba') })}
                description={locked ? t('payments.split.locked', { status: t(`payments.statuses.${inst.status}`) }) : undefined}
                value={amounts[i] ?? null}
                disabled={locked}
                onChange={(v) => {
                  setAmounts((list) => list.map((x, n) => (n === i ? v : x)));
                  form.touch(`amounts.${i}`, 'amounts');
                }}
                error={form.shown(live, `amounts.${i}`)}
              />
            );
          })}
          <p id={fieldId('amounts')} tabIndex={-1} role="status" className={sum === grant ? 'split-sum' : 'split-sum split-sum--off'}>
            {sum === null
              ? t('payments.split.sumUnknown')
              : sum === grant
                ? t('payments.split.sumMatches', { sum: text.exact(sum) })
                : t('payments.split.sumDiffers', { sum: text.exact(sum), grant: text.exact(grant), diff: text.exact(Math.abs(grant - sum)) })}
          </p>
          <DialogActions submitLabel={t('payments.split.save')} pending={form.pending} onClose={onClose} />
        </form>
      )}
    </Dialog>
  );
}
