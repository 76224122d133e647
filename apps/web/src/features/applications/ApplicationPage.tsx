import { useEffect, useRef, useState } from 'react';
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApplicationEditable, type ApplicationDto, type MunicipalitySide, type PartnershipRole } from '@mic/domain';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Facts } from '../../components/Facts';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { formatDateTime } from '../../lib/format';
import { hasRole, useCurrentUser } from '../auth/session';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { useProgramme } from '../programme/programme-api';
import { ApplicationReadView } from './ApplicationReadView';
import { AsTheyStand } from './AsTheyStand';
import { CompletenessPanel } from './CompletenessPanel';
import { ConfirmationsPanel } from './ConfirmationsPanel';
import { StatusHistory } from './StatusHistory';
import { SubmitPanel } from './SubmitPanel';
import { AppraisalForm } from './appraisal/AppraisalForm';
import { AppraisalView } from './appraisal/AppraisalView';
import { OfficeActions } from './appraisal/OfficeActions';
import { ApplicationForm } from './form/ApplicationForm';
import { ApplicationStatusTag, LateTag, useApplicationText } from './application-labels';
import { useApplication } from './applications-api';
import { WorkPlanSummary } from '../budget/WorkPlanSummary';
import './applications.css';

/** /partnerships/:id/applications/:applicationId: the application, its completeness, confirmations, submission and appraisal. */
export function ApplicationPage() {
  const { t } = useTranslation();
  const { id = '', applicationId = '' } = useParams();
  const application = useApplication(applicationId);
  const partnership = usePartnership(id);
  const programme = useProgramme();
  const app = application.data;
  useScrollToHash(!!app && !!programme.data);

  if (isApiError(application.error) && application.error.status === 404) return <NotFoundPage />;
  const heading = app ? t(`applications.page.heading.${app.kind}`, { year: app.year }) : t('common.loading');
  const title = app ? `${heading} – ${app.partnership.title}` : undefined;
  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}`}>{t('applications.page.backToPartnership')}</RouterLink>
      </p>
      <PageHeading title={title}>{heading}</PageHeading>
      {application.isPending && <Loading />}
      {application.isError && <ErrorAlert error={application.error} onRetry={() => void application.refetch()} />}
      {app && (
        <ApplicationBody
          app={app}
          myRole={partnership.data?.myRole ?? null}
          names={{ home: partnership.data?.homeMunicipality.name ?? '', partner: partnership.data?.partnerMunicipality.name ?? '' }}
          reload={async () => (await application.refetch()).data}
        />
      )}
    </>
  );
}

interface BodyProps {
  app: ApplicationDto;
  myRole: PartnershipRole | null;
  names: Record<MunicipalitySide, string>;
  reload: () => Promise<ApplicationDto | undefined>;
}

function ApplicationBody({ app, myRole, names, reload }: BodyProps) {
  const { t } = useTranslation();
  const text = useApplicationText();
  const user = useCurrentUser();
  const programme = useProgramme().data;
  const office = hasRole(user, 'admin', 'programme_officer', 'donor_viewer');
  const open = isApplicationEditable(app.status);
  const lastMessage = [...app.events].reverse().find((e) => e.message);
  // "Submitted" outlives the submit panel, which closes with the submission.
  const [submitted, setSubmitted] = useState(false);

  return (
    <>
      <Paragraph className="lead">
        <RouterLink to={`/partnerships/${app.partnership.id}`}>{app.partnership.title}</RouterLink>
      </Paragraph>
      <p className="tag-row">
        <ApplicationStatusTag status={app.status} />
        {app.late && <LateTag />}
      </p>
      {submitted && <SuccessAlert>{t('applications.submit.done')}</SuccessAlert>}
      <Facts
        rows={[
          [t('applications.fields.kind'), t(`applications.kinds.${app.kind}`)],
          [t('applications.fields.year'), String(app.year)],
          [t('applications.fields.deadline'), app.deadline ? text.date(app.deadline) : t('applications.submit.noDeadline')],
          [t('applications.fields.submittedAt'), app.submittedAt ? formatDateTime(app.submittedAt, text.lang) : t('applications.fields.notSubmitted')],
          [t('applications.fields.requested'), text.money(app.requestedTotal)],
          ...(app.grantedTotal !== null ? [[t('applications.fields.granted'), text.money(app.grantedTotal)] as [string, string]] : []),
        ]}
      />
      {lastMessage && (app.status === 'returned' || app.status === 'rejected' || app.status === 'approved') && (
        <Alert data-color={app.status === 'rejected' ? 'danger' : app.status === 'approved' ? 'success' : 'warning'} className="page-alert">
          <Heading level={2} data-size="xs">
            {t(`applications.page.messageHeading.${app.status}`)}
          </Heading>
          <Paragraph className="pre-wrap">{lastMessage.message}</Paragraph>
        </Alert>
      )}
      <WorkPlanSummary partnershipId={app.partnership.id} year={app.year} />
      {open && <CompletenessPanel app={app} editable={app.can.edit} />}
      {!office && <AppraisalView app={app} office={false} />}
      {app.can.edit && programme ? (
        <ApplicationForm app={app} programme={programme} names={names} reload={reload} />
      ) : (
        <ApplicationReadView app={app} programme={programme} names={names} />
      )}
      <AsTheyStand app={app} />
      {open && <ConfirmationsPanel app={app} myRole={myRole} />}
      {open && (myRole === 'home_coordinator' || myRole === 'partner_coordinator' || app.can.submit) && <SubmitPanel app={app} reload={reload} onSubmitted={() => setSubmitted(true)} />}
      {office && (app.can.appraise ? <AppraisalForm app={app} reload={reload} /> : <AppraisalView app={app} office />)}
      <OfficeActions app={app} />
      <StatusHistory app={app} />
    </>
  );
}

/** A link to a section (#budget) opens the page there once the application has arrived. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  const done = useRef('');
  useEffect(() => {
    if (!ready || !hash || done.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    done.current = hash;
    // A link in the completeness panel has already put the focus on the field itself.
    if (el.contains(document.activeElement)) return;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [ready, hash]);
}
