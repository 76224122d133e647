import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { EventDetailDto } from '@mic/domain';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDeleteEvent } from './events-api';

/**
 * "Delete event", asked once more in a dialog; only an event nobody has registered for can go.
 * With registrations the office is told to cancel it instead, so that the participants see that.
 */
export function DeleteEvent({ event: e }: { event: EventDetailDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteEvent(e.id);
  const [open, setOpen] = useState(false);
  if (e.registrationCount > 0) {
    return <Paragraph data-size="sm">{t(e.status === 'cancelled' ? 'events.detail.cannotDelete' : 'events.detail.cancelInstead')}</Paragraph>;
  }
  const run = () => remove.mutate(undefined, { onSuccess: () => navigate('/events', { state: { deleted: true } }) });
  return (
    <>
      <Button variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        {t('events.detail.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        headingId="delete-event-heading"
        heading={t('events.detail.confirmDeleteHeading')}
        text={t('events.detail.confirmDeleteText')}
        confirmLabel={t('events.detail.confirmDelete')}
        onConfirm={run}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}
