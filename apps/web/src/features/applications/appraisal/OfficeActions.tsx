import { useState, type FormEvent } from 'react';
import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ApplicationAction, ApplicationDto } from '@mic/domain';
import { DialogActions } from '../../../components/DialogActions';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { useApplicationAction } from '../applications-api';
import { MAX_AMOUNT_ORE, nokText, parseNok } from '../form/application-form';

type OfficeAction = Exclude<ApplicationAction, 'submit'>;
const OFFICE_ACTIONS: OfficeAction[] = ['start_appraisal', 'return', 'approve', 'reject'];
const MESSAGE_REQUIRED: OfficeAction[] = ['return', 'reject'];

/** The programme office's decisions on the application, each confirmed in a dialog. */
export function OfficeActions({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<OfficeAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = OFFICE_ACTIONS.filter((a) => app.can.actions.includes(a));
  if (!actions.length && !done) return null;
  return (
    <section aria-labelledby="office-actions-heading" className="section">
      <Heading level={2} data-size="sm" id="office-actions-heading">
        {t('applications.actions.heading')}
      </Heading>
      {done && <SuccessAlert>{done}</SuccessAlert>}
      <div className="button-row">
        {actions.map((a) => (
          <Button key={a} variant={a === 'approve' || a === 'start_appraisal' ? 'primary' : 'secondary'} data-color={a === 'reject' ? 'danger' : undefined} onClick={() => setOpen(a)}>
            {t(`applications.actions.${a}.button`)}
          </Button>
        ))}
      </div>
      {open && (
        <ActionDialog
          app={app}
          action={open}
          onClose={() => setOpen(null)}
          onDone={(saved) => {
            setOpen(null);
            setDone(t('applications.actions.done', { status: t(`applications.statuses.${saved.status}`) }));
          }}
        />
      )}
    </section>
  );
}

interface DialogProps {
  app: ApplicationDto;
  action: OfficeAction;
  onClose: () => void;
  onDone: (saved: ApplicationDto) => void;
}

/** One decision: its message to the applicants (required to return or reject) and, to approve, the amounts granted. */
function ActionDialog({ app, action, onClose, onDone }: DialogProps) {
  const { t } = useTranslation();
  const mutation = useApplicationAction(app.id);
  const [message, setMessage] = useState('');
  const [granted, setGranted] = useState(() => app.content.budgetRequested.map((b) => ({ year: b.year, amount: nokText(b.amount) })));
  const [tried, setTried] = useState(false);
  const headingId = `action-${action}-heading`;

  const errors: Record<string, string> = {};
  if (MESSAGE_REQUIRED.includes(action) && !message.trim()) errors.message = t(`applications.actions.${action}.messageRequired`);
  if (action === 'approve') {
    for (const g of granted) {
      const ore = parseNok(g.amount);
      if (ore === null) errors[`granted.${g.year}`] = t('applications.form.amountInvalid');
      else if (ore > MAX_AMOUNT_ORE) errors[`granted.${g.year}`] = t('applications.form.amountTooHigh');
    }
  }
  const shown = (f: string) => (tried ? errors[f] : undefined);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const first = Object.keys(errors)[0];
    if (first) return document.getElementById(`action-${first.replace('.', '-')}`)?.focus();
    try {
      const saved = await mutation.mutateAsync({
        action,
        body: {
          version: app.version,
          ...(action !== 'start_appraisal' ? { message: message.trim() || null } : {}),
          ...(action === 'approve' ? { granted: granted.map((g) => ({ year: g.year, amount: parseNok(g.amount) ?? 0 })) } : {}),
        },
      });
      onDone(saved);
    } catch {
      // shown below from the mutation's error
    }
  };

  return (
    <Dialog open onClose={onClose} closeButton={t('common.closeDialog')} aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t(`applications.actions.${action}.heading`)}
      </Heading>
      <Paragraph>{t(`applications.actions.${action}.text`)}</Paragraph>
      <form onSubmit={onSubmit} noValidate className="form-stack">
        {action === 'approve' &&
          granted.map((g, i) => (
            <Textfield
              key={g.year}
              id={`action-granted-${g.year}`}
              label={t('applications.actions.approve.grantedYear', { year: g.year })}
              inputMode="decimal"
              value={g.amount}
              onChange={(e) => setGranted((list) => list.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))}
              error={shown(`granted.${g.year}`)}
            />
          ))}
        {action !== 'start_appraisal' && (
          <Textfield
            id="action-message"
            label={t(`applications.actions.${action}.message`)}
            description={t('applications.actions.messageHint')}
            multiline
            rows={4}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={shown('message')}
          />
        )}
        {mutation.isError && <ErrorAlert error={mutation.error} />}
        <DialogActions submitLabel={t(`applications.actions.${action}.confirm`)} pending={mutation.isPending} onClose={onClose} danger={action === 'reject'} />
      </form>
    </Dialog>
  );
}
