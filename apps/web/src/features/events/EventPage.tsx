import { useEffect, useState } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../layout/NotFoundPage';
import { DeleteEvent } from './DeleteEvent';
import { EventFacts } from './EventFacts';
import { ParticipantsSection } from './ParticipantsSection';
import { RegistrationPanel } from './RegistrationPanel';
import { useEventText } from './event-labels';
import { useEvent } from './events-api';
import './events.css';

type Saved = 'created' | 'updated';

/** /events/:id: one event, the user's registration, and for the programme office its participants. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState((location.state as { saved?: Saved } | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  const event = useEvent(id);
  const text = useEventText();
  const e = event.data;

  if (isApiError(event.error) && event.error.status === 404) return <NotFoundPage />;
  const heading = e ? text.title(e) : t('common.loading');

  return (
    <>
      <p className="back-link">
        <RouterLink to="/events">{t('events.detail.backToList')}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={e ? t('events.detail.pageTitle', { title: heading }) : heading}>
          {e && text.titleLang(e) ? <span lang={text.titleLang(e)}>{heading}</span> : heading}
        </PageHeading>
        {e?.can.edit && (
          <Button asChild variant="secondary">
            <RouterLink to={`/events/${e.id}/edit`}>{t('events.detail.edit')}</RouterLink>
          </Button>
        )}
      </div>
      {saved && e && <SuccessAlert focus={false}>{t(saved === 'created' ? 'events.detail.created' : 'events.detail.saved')}</SuccessAlert>}
      {event.isPending && <Loading />}
      {event.isError && <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />}
      {e && (
        <>
          <EventFacts event={e} />
          <RegistrationPanel key={e.id} event={e} />
          {e.can.seeParticipants && <ParticipantsSection eventId={e.id} />}
          {e.can.edit && (
            <div className="section">
              <DeleteEvent event={e} />
            </div>
          )}
        </>
      )}
    </>
  );
}
