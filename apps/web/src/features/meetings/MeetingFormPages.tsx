import { Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MAX_PAGE_SIZE } from '@mic/domain';
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { isApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { useDocuments } from '../documents/documents-api';
import { MeetingForm } from './MeetingForm';
import { emptyMeeting, valuesOfMeeting } from './meeting-form';
import { useCreateMeeting, useMeeting, useMeetings, useUpdateMeeting } from './meetings-api';
import { saveUnlessConflict } from '../../lib/useVersionedSave';
import { ConflictAlert } from '../../components/ConflictAlert';

const is404 = (e: unknown) => isApiError(e) && e.status === 404;

/** The partnership's annual meeting minutes, to choose from ("file name (date)"). */
function useMinutesOptions(partnershipId: string) {
  const { i18n } = useTranslation();
  const docs = useDocuments(partnershipId, { category: 'annual_meeting_minutes' }, 1, MAX_PAGE_SIZE);
  const options = (docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.documentDate ? `${d.fileName} (${formatDate(d.documentDate, i18n.language)})` : d.fileName }));
  return { docs, options };
}

/** /partnerships/:id/meetings/new: the coordinators or the programme office record an annual meeting. */
export function MeetingCreatePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const partnership = usePartnership(id);
  const list = useMeetings(id, 1, 1);
  const { docs, options } = useMinutesOptions(id);
  const create = useCreateMeeting(id);
  const back = `/partnerships/${id}`;

  if (is404(partnership.error) || is404(list.error)) return <NotFoundPage />;
  if (list.data && !list.data.can.record) return <NotFoundPage />;
  const failed = [partnership, list, docs].find((q) => q.isError);

  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to={back}>{t('meetings.backToPartnership')}</RouterLink>
      </p>
      <PageHeading title={partnership.data ? `${t('meetings.form.createHeading')} – ${partnership.data.title}` : undefined}>
        {t('meetings.form.createHeading')}
      </PageHeading>
      {partnership.data && <Paragraph className="lead">{partnership.data.title}</Paragraph>}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!list.data || !docs.data) && <Loading />}
      {list.data && docs.data && (
        <MeetingForm
          partnershipId={id}
          initial={emptyMeeting()}
          minutesOptions={options}
          submitLabel={t('meetings.form.create')}
          cancelTo={back}
          onSubmit={async (input) => {
            const saved = await create.mutateAsync(input);
            navigate(`/partnerships/${id}/meetings/${saved.id}`, { state: { saved: 'created' } });
          }}
        />
      )}
    </div>
  );
}

/** /partnerships/:id/meetings/:meetingId/edit */
export function MeetingEditPage() {
  const { t, i18n } = useTranslation();
  const { id = '', meetingId = '' } = useParams();
  const navigate = useNavigate();
  const meeting = useMeeting(id, meetingId);
  const { docs, options } = useMinutesOptions(id);
  const update = useUpdateMeeting(id, meetingId);
  const m = meeting.data;
  const conflict = isApiError(update.error) && update.error.code === 'CONFLICT';
  const back = `/partnerships/${id}/meetings/${meetingId}`;

  if (is404(meeting.error)) return <NotFoundPage />;
  if (m && !m.can.edit) return <NotFoundPage />;
  const failed = [meeting, docs].find((q) => q.isError);
  const heading = m ? t('meetings.form.editHeading', { date: formatDate(m.meetingDate, i18n.language) }) : t('meetings.form.editHeadingShort');

  return (
    <div className="form-page">
      <p className="back-link">
        <RouterLink to={back}>{t('meetings.form.backToMeeting')}</RouterLink>
      </p>
      <PageHeading title={heading}>{heading}</PageHeading>
      {conflict && (
        <ConflictAlert
          onReload={() => {
            update.reset();
            void meeting.refetch();
          }}
          reloadLabel={t('meetings.form.reload')}
        />
      )}
      {failed && <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />}
      {!failed && (!m || !docs.data) && <Loading />}
      {m && docs.data && (
        <MeetingForm
          key={m.version}
          partnershipId={id}
          initial={valuesOfMeeting(m)}
          minutesOptions={options}
          submitLabel={t('meetings.form.save')}
          cancelTo={back}
          onSubmit={async (input) => {
            if (!(await saveUnlessConflict(() => update.mutateAsync({ ...input, version: m.version })))) return;
            navigate(back, { state: { saved: 'updated' } });
          }}
        />
      )}
    </div>
  );
}
