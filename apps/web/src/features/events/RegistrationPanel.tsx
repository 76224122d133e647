import { useState, type FormEvent } from 'react';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { EventDetailDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDateTime } from '../../lib/format';
import { useCurrentUser } from '../auth/session';
import { registrationClosed } from './event-labels';
import { useRegister, useUnregister } from './events-api';

const NOTE_MAX = 1000;

/**
 * The user's own registration: register (with a note, and for someone in several invited
 * partnerships the one they come for), or cancel it; when registration is closed, why.
 */
export function RegistrationPanel({ event: e }: { event: EventDetailDto }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const register = useRegister(e.id);
  const unregister = useUnregister(e.id);
  const [note, setNote] = useState('');
  const [done, setDone] = useState<'registered' | 'cancelled' | null>(null);
  const mine = e.invitedPartnerships.filter((p) => user?.memberships.some((m) => m.partnershipId === p.id));
  const [partnershipId, setPartnershipId] = useState(mine[0]?.id ?? '');
  const closed = registrationClosed(e);
  const tooLong = note.trim().length > NOTE_MAX;

  const onRegister = (event: FormEvent) => {
    event.preventDefault();
    if (tooLong) return;
    unregister.reset();
    register.mutate(
      { note: note.trim() || null, ...(mine.length > 1 && partnershipId ? { partnershipId } : {}) },
      { onSuccess: () => setDone('registered') },
    );
  };
  const onCancel = () => {
    register.reset();
    unregister.mutate(undefined, {
      onSuccess: () => {
        setNote('');
        setDone('cancelled');
      },
    });
  };

  let body;
  if (e.myRegistration) {
    body = (
      <>
        <Paragraph>{t('events.registration.registeredOn', { date: formatDateTime(e.myRegistration.registeredAt, i18n.resolvedLanguage ?? 'en') })}</Paragraph>
        {!closed && (
          <div className="button-row">
            <Button variant="secondary" onClick={onCancel} loading={unregister.isPending}>
              {t('events.registration.cancel')}
            </Button>
          </div>
        )}
      </>
    );
  } else if (closed) {
    body = <Paragraph>{t(`events.registration.closed.${closed}`)}</Paragraph>;
  } else if (!e.can.register) {
    body = <Paragraph>{t('events.registration.notInvited')}</Paragraph>;
  } else {
    body = (
      <form onSubmit={onRegister} noValidate className="form-stack">
        {mine.length > 1 && (
          <SelectField
            id="registration-partnership"
            label={t('events.registration.partnership')}
            description={t('events.registration.partnershipHint')}
            value={partnershipId}
            onChange={setPartnershipId}
            options={mine.map((p) => ({ value: p.id, label: p.title }))}
          />
        )}
        <Textfield
          id="registration-note"
          label={t('events.registration.note')}
          description={t('events.registration.noteHint')}
          multiline
          rows={3}
          value={note}
          onChange={(ev) => setNote(ev.target.value)}
          error={tooLong ? t('events.form.tooLong', { max: NOTE_MAX }) : undefined}
        />
        <div className="form-actions">
          <Button type="submit" loading={register.isPending}>
            {t('events.registration.register')}
          </Button>
        </div>
      </form>
    );
  }

  const failed = register.error ?? unregister.error;
  return (
    <section aria-labelledby="event-registration-heading" className="section">
      <Heading level={2} data-size="sm" id="event-registration-heading">
        {t('events.registration.heading')}
      </Heading>
      {done && !failed && <SuccessAlert>{t(`events.registration.done.${done}`)}</SuccessAlert>}
      {failed && <ErrorAlert error={failed} />}
      {body}
    </section>
  );
}
