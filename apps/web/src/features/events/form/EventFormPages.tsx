import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../api/client';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { useEventText } from '../event-labels';
import { useCreateEvent, useEvent, useUpdateEvent } from '../events-api';
import { EventForm } from './EventForm';
import { emptyEvent, valuesOfEvent } from './event-form';
import '../events.css';
import { ConflictAlert } from '../../../components/ConflictAlert';

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <RouterLink to={to}>{label}</RouterLink>
    </p>
  );
}

/** /events/new: the programme office plans an event and invites partnerships. */
export function EventCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateEvent();
  return (
    <div className="form-page wide">
      <BackLink to="/events" label={t('events.detail.backToList')} />
      <PageHeading>{t('events.form.createHeading')}</PageHeading>
      <Paragraph className="lead">{t('events.form.intro')}</Paragraph>
      <EventForm
        initial={emptyEvent()}
        editing={false}
        submitLabel={t('events.form.create')}
        cancelTo="/events"
        onSubmit={async (input) => {
          const saved = await create.mutateAsync(input);
          navigate(`/events/${saved.id}`, { state: { saved: 'created' } });
        }}
      />
    </div>
  );
}

/** /events/:id/edit: change, reschedule or cancel an event. */
export function EventEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const event = useEvent(id);
  const update = useUpdateEvent(id);
  const text = useEventText();
  const e = event.data;
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';
  const back = `/events/${id}`;

  if (isApiError(event.error) && event.error.status === 404) return <NotFoundPage />;
  if (e && !e.can.edit) return <NotFoundPage />;

  const reload = async () => {
    update.reset();
    await event.refetch();
  };

  return (
    <div className="form-page wide">
      <BackLink to={back} label={t('events.form.backToEvent')} />
      <PageHeading title={e ? t('events.form.editTitle', { title: text.title(e) }) : undefined}>{t('events.form.editHeading')}</PageHeading>
      {e && <Paragraph className="lead">{text.title(e)}</Paragraph>}
      {conflict && (
        <ConflictAlert onReload={() => void reload()} reloadLabel={t('events.form.reload')} />
      )}
      {event.isPending && <Loading />}
      {event.isError && <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />}
      {e && (
        <EventForm
          key={e.version}
          initial={valuesOfEvent(e)}
          editing
          submitLabel={t('events.form.save')}
          cancelTo={back}
          onSubmit={async (input) => {
            try {
              await update.mutateAsync({ ...input, version: e.version });
            } catch (error) {
              // A lost update is explained once, above the form, with a way to load the latest version.
              if (isApiError(error) && error.code === 'CONFLICT') return;
              throw error;
            }
            navigate(back, { state: { saved: 'updated' } });
          }}
        />
      )}
    </div>
  );
}
