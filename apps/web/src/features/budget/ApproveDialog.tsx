import { useState } from 'react';
import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { WorkPlanDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useApproveWorkPlan } from './budget-api';
import { useBudgetText } from './budget-labels';

/** The programme office approves a draft plan, naming the annual meeting that decided it. */
export function ApproveButton({ plan, onApproved }: { plan: WorkPlanDto; onApproved: () => void }) {
  const { t } = useTranslation();
  const text = useBudgetText();
  const approve = useApproveWorkPlan(plan.partnershipId, plan.year);
  const [open, setOpen] = useState(false);
  // The latest meeting is the likely one.
  const [meetingId, setMeetingId] = useState(plan.meetings.at(-1)?.id ?? '');
  const [note, setNote] = useState('');
  const close = () => {
    setOpen(false);
    approve.reset();
  };
  const run = () =>
    approve.mutate(
      { version: plan.version, ...(meetingId ? { meetingId } : {}), ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setOpen(false);
          onApproved();
        },
      },
    );

  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('budget.page.approve')}</Button>
      <Dialog open={open} onClose={close} closeButton={t('common.closeDialog')} aria-labelledby="wp-approve-heading">
        <Heading level={2} data-size="xs" id="wp-approve-heading">
          {t('budget.approval.dialogHeading', { year: plan.year })}
        </Heading>
        <Paragraph>{t('budget.approval.dialogText')}</Paragraph>
        <div className="form-stack">
          <SelectField
            id="wp-approve-meeting"
            label={t('budget.approval.meeting')}
            description={plan.meetings.length ? t('budget.approval.meetingHint') : t('budget.approval.noMeetings')}
            value={meetingId}
            onChange={setMeetingId}
            placeholder={t('budget.approval.noMeeting')}
            options={[...plan.meetings].reverse().map((m) => ({ value: m.id, label: text.date(m.meetingDate) }))}
          />
          <Textfield id="wp-approve-note" label={t('budget.approval.note')} multiline rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        {!!approve.error && <ErrorAlert error={approve.error} />}
        <div className="button-row">
          <Button onClick={run} loading={approve.isPending}>
            {t('budget.approval.confirm')}
          </Button>
          <Button variant="secondary" onClick={close}>
            {t('common.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
