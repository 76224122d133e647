import { useState } from 'react';
import { Alert, Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { InstalmentAction, InstalmentDto, PartnershipPaymentsDto, PaymentBlocker } from '@mic/domain';
import { DialogActions } from '../../components/DialogActions';
import { isApiError } from '../../api/client';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { useFormErrors, type FieldErrors } from '../../lib/useFormErrors';
import { useInstalmentAction, type InstalmentActionBody } from './payments-api';
import { BlockerList } from './BlockersAlert';
import { ChangedMeanwhile, isChangedMeanwhile } from './ChangedMeanwhile';
import { todayIso, usePaymentsText } from './payments-labels';

type Field = 'overrideReason' | 'paidOn' | 'paymentReference' | 'reason';
const ORDER: readonly Field[] = ['overrideReason', 'paidOn', 'paymentReference', 'reason'];
const fieldId = (f: Field) => `instalment-${f}`;

interface Props {
  partnershipId: string;
  instalment: InstalmentDto;
  action: InstalmentAction;
  blockers: PaymentBlocker[];
  onClose: () => void;
  onDone: (saved: PartnershipPaymentsDto) => void;
  /** Someone else changed the instalment: fetch it again (the dialog closes). */
  onReload: () => void;
}

/**
 * One decision on an instalment: approve (with a written reason when a report is overdue), pay (date
 * and payment reference), withhold (a reason) or release. Escape and the close button cancel.
 */
export function InstalmentActionDialog({ partnershipId, instalment, action, blockers, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const text = usePaymentsText();
  const mutation = useInstalmentAction(partnershipId);
  const [values, setValues] = useState<Record<Field, string>>({ overrideReason: '', paidOn: todayIso(), paymentReference: '', reason: '' });
  const [changed, setChanged] = useState(false);
  const headingId = 'instalment-action-heading';
  // A report may have become overdue since the page was loaded: the server's refusal asks for the reason too.
  const overdueRefused = isApiError(mutation.error) && mutation.error.code === 'REPORT_OVERDUE';
  const needsOverride = action === 'approve' && (blockers.length > 0 || overdueRefused);

  const form = useFormErrors<Field>({
    order: ORDER,
    targetOf: fieldId,
    fieldOf: (path) => ((ORDER as readonly string[]).includes(path) ? (path as Field) : ''),
  });

  const live: FieldErrors<Field> = {};
  if (needsOverride && !values.overrideReason.trim()) live.overrideReason = t('payments.action.overrideRequired');
  if (action === 'pay') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.paidOn)) live.paidOn = t('payments.action.paidOnRequired');
    else if (values.paidOn > todayIso()) live.paidOn = t('payments.action.paidOnFuture');
    if (!values.paymentReference.trim()) live.paymentReference = t('payments.action.referenceRequired');
  }
  if (action === 'withhold' && !values.reason.trim()) live.reason = t('payments.action.reasonRequired');

  const set = (f: Field, v: string) => {
    setValues((x) => ({ ...x, [f]: v }));
    form.touch(f);
  };

  const body = (): InstalmentActionBody => {
    const b: InstalmentActionBody = { version: instalment.version };
    if (needsOverride) b.overrideReason = values.overrideReason.trim();
    if (action === 'pay') Object.assign(b, { paidOn: values.paidOn, paymentReference: values.paymentReference.trim() });
    if (action === 'withhold') b.reason = values.reason.trim();
    return b;
  };

  const save = async () => {
    try {
      onDone(await mutation.mutateAsync({ instalmentId: instalment.id, action, body: body() }));
    } catch (e) {
      // Not a mistake in the form: someone else acted first. Said above the form, with a reload.
      if (isChangedMeanwhile(e)) return setChanged(true);
      throw e;
    }
  };

  const shown = (f: Field) => form.shown(live, f);
  const what = t('payments.action.what', { year: instalment.year, seq: instalment.seq, amount: text.exact(instalment.amount) });

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t(`payments.action.${action}.heading`)}
      </Heading>
      <Paragraph>{what}</Paragraph>
      <Paragraph>{t(`payments.action.${action}.text`)}</Paragraph>
      {changed ? (
        <ChangedMeanwhile onReload={onReload} />
      ) : (
        <form onSubmit={(e) => void form.submit(e, live, save)} noValidate className="form-stack">
          <FormErrorSummary key={form.attempt} items={form.summary} />
          {needsOverride && (
            <Alert data-color="warning">
              <Paragraph>{t('payments.action.approve.blocked')}</Paragraph>
              <BlockerList partnershipId={partnershipId} blockers={blockers} />
            </Alert>
          )}
          {needsOverride && (
            <Textfield
              id={fieldId('overrideReason')}
              label={t('payments.action.overrideReason')}
              description={t('payments.action.overrideHint')}
              multiline
              rows={3}
              value={values.overrideReason}
              onChange={(e) => set('overrideReason', e.target.value)}
              error={shown('overrideReason')}
            />
          )}
          {action === 'pay' && (
            <>
              <Textfield
                id={fieldId('paidOn')}
                label={t('payments.action.paidOn')}
                type="date"
                max={todayIso()}
                value={values.paidOn}
                onChange={(e) => set('paidOn', e.target.value)}
                error={shown('paidOn')}
              />
              <Textfield
                id={fieldId('paymentReference')}
                label={t('payments.action.paymentReference')}
                description={t('payments.action.referenceHint')}
                value={values.paymentReference}
                onChange={(e) => set('paymentReference', e.target.value)}
                error={shown('paymentReference')}
              />
            </>
          )}
          {action === 'withhold' && (
            <Textfield
              id={fieldId('reason')}
              label={t('payments.action.reason')}
              multiline
              rows={3}
              value={values.reason}
              onChange={(e) => set('reason', e.target.value)}
              error={shown('reason')}
            />
          )}
          <DialogActions submitLabel={t(`payments.action.${action}.confirm`)} pending={form.pending} onClose={onClose} danger={action === 'withhold'} />
        </form>
      )}
    </Dialog>
  );
}
