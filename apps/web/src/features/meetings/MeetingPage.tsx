import { useEffect, useState } from 'react';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { useDeleteMeeting, useMeeting, type MeetingDto } from './meetings-api';

/** "Delete meeting", asked once more in a dialog; afterwards the partnership page is shown. */
function DeleteMeeting({ partnershipId, meetingId }: { partnershipId: string; meetingId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useDeleteMeeting(partnershipId, meetingId);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="tertiary" data-color="danger" onClick={() => setOpen(true)}>
        {t('meetings.detail.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        onClose={() => setOpen(false)}
        headingId="delete-meeting-heading"
        heading={t('meetings.detail.confirmDeleteHeading')}
        text={t('meetings.detail.confirmDeleteText')}
        confirmLabel={t('meetings.detail.confirmDelete')}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(`/partnerships/${partnershipId}`) })}
        pending={remove.isPending}
        error={remove.error}
      />
    </>
  );
}

function MeetingBody({ m }: { m: MeetingDto }) {
  const { t } = useTranslation();
  return (
    <>
      <Facts
        rows={[
          [t('meetings.fields.place'), m.place],
          [t('meetings.fields.minutes'), m.minutes ? <a href={m.minutes.url}>{m.minutes.fileName}</a> : t('meetings.noMinutes')],
          [t('meetings.detail.recordedBy'), m.createdByName ?? '—'],
        ]}
      />
      <section aria-labelledby="meeting-participants-heading" className="section">
        <Heading level={2} data-size="sm" id="meeting-participants-heading">
          {t('meetings.fields.participants')}
        </Heading>
        <ul>
          {m.participants.map((p, i) => (
            <li key={i}>{p.organisation ? `${p.name} (${p.organisation})` : p.name}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="meeting-progress-heading" className="section">
        <Heading level={2} data-size="sm" id="meeting-progress-heading">
          {t('meetings.fields.progressReviewed')}
        </Heading>
        <Paragraph className="pre-line">{m.progressReviewed}</Paragraph>
      </section>
      <section aria-labelledby="meeting-decisions-heading" className="section">
        <Heading level={2} data-size="sm" id="meeting-decisions-heading">
          {t('meetings.fields.decisions')}
        </Heading>
        {m.decisions.length === 0 && <Paragraph>{t('meetings.noDecisions')}</Paragraph>}
        {m.decisions.length > 0 && (
          <ul>
            {m.decisions.map((d, i) => (
              <li key={i}>
                <strong>{t(`meetings.kinds.${d.kind}`)}:</strong> <span className="pre-line">{d.text}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** /partnerships/:id/meetings/:meetingId: one annual meeting as recorded. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const { id = '', meetingId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState((location.state as { saved?: 'created' | 'updated' } | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const meeting = useMeeting(id, meetingId);
  const partnership = usePartnership(id);
  const m = meeting.data;

  if (isApiError(meeting.error) && meeting.error.status === 404) return <NotFoundPage />;
  const heading = m ? t('meetings.detail.heading', { date: formatDate(m.meetingDate, i18n.language) }) : t('common.loading');

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('meetings.backToPartnership')}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={heading}>{heading}</PageHeading>
        {m && (m.can.edit || m.can.delete) && (
          <div className="button-row">
            {m.can.edit && (
              <Button asChild variant="secondary">
                <RouterLink to={`/partnerships/${id}/meetings/${meetingId}/edit`}>{t('meetings.detail.edit')}</RouterLink>
              </Button>
            )}
            {m.can.delete && <DeleteMeeting partnershipId={id} meetingId={meetingId} />}
          </div>
        )}
      </div>
      {partnership.data && <Paragraph className="lead">{partnership.data.title}</Paragraph>}
      {saved && m && <SuccessAlert focus={false}>{saved === 'created' ? t('meetings.detail.created') : t('meetings.detail.saved')}</SuccessAlert>}
      {meeting.isPending && <Loading />}
      {meeting.isError && <ErrorAlert error={meeting.error} onRetry={() => void meeting.refetch()} />}
      {m && <MeetingBody m={m} />}
    </>
  );
}
