import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/PageHeading';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { isApiError } from '../../../api/client';
import { useProgramme } from '../../programme/programme-api';
import { usePartnership } from '../api';
import { HistoryList } from './HistoryList';
import { MembersTable } from './MembersTable';
import { PartnershipFacts } from './PartnershipFacts';
import { StatusActions } from './StatusActions';
import { PartnershipRiskAlert, PartnershipRiskSummary } from '../../risks/PartnershipRiskSummary';
import { ResultsLinks } from '../../results/ResultsLinks';
import { PartnershipDeadlines } from '../../cycle/partnership/PartnershipDeadlines';
import { PartnershipDocumentsSummary } from '../../documents/PartnershipDocumentsSummary';
import { PartnershipAgreementSummary } from '../../agreements/PartnershipAgreementSummary';
import { PartnershipApplications } from '../../applications/PartnershipApplications';
import { PartnershipMeetings } from '../../meetings/PartnershipMeetings';
import { PartnershipBudgetLinks } from '../../budget/BudgetLinks';
import { ReportsAuditsLinks } from '../../audits/ReportsAuditsLinks';
import { PublicationLinks } from '../../publication/PublicationLinks';

export function PartnershipPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  // "Saved" comes once with the navigation from the form; it is not shown again on reload.
  const [saved, setSaved] = useState((location.state as { saved?: 'created' | 'updated' } | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);
  const partnership = usePartnership(id);
  const programme = useProgramme();
  const p = partnership.data;
  const notFound = partnership.isError && isApiError(partnership.error) && partnership.error.status === 404;

  const heading = p ? p.title : notFound ? t('partnership.notFound') : t('common.loading');

  return (
    <>
      <p className="back-link">
        <RouterLink to="/partnerships">{t('partnership.backToList')}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={p ? t('partnership.pageTitle', { title: p.title }) : heading}>{heading}</PageHeading>
        {p?.can.edit && (
          <Button asChild variant="secondary">
            <RouterLink to={`/partnerships/${p.id}/edit`}>{t('partnership.edit')}</RouterLink>
          </Button>
        )}
      </div>
      {saved && p && (
        <Alert data-color="success" className="page-alert">
          <Paragraph>{saved === 'created' ? t('partnership.created') : t('partnership.saved')}</Paragraph>
        </Alert>
      )}
      {p && <PartnershipRiskAlert partnershipId={p.id} />}
      {partnership.isPending && <Loading />}
      {notFound && <Paragraph>{t('partnership.notFoundText')}</Paragraph>}
      {partnership.isError && !notFound && <ErrorAlert error={partnership.error} onRetry={() => void partnership.refetch()} />}
      {p && (
        <>
          <PartnershipFacts p={p} programme={programme.data} />
          <StatusActions p={p} onChanged={() => setSaved(undefined)} />
          <ResultsLinks partnershipId={p.id} />
          <PartnershipBudgetLinks partnershipId={p.id} />
          <ReportsAuditsLinks partnershipId={p.id} />
          <PublicationLinks partnershipId={p.id} status={p.status} />
          <PartnershipRiskSummary partnershipId={p.id} />
          <PartnershipApplications p={p} />
          <PartnershipDocumentsSummary partnershipId={p.id} />
          <PartnershipAgreementSummary partnershipId={p.id} />
          <PartnershipMeetings partnershipId={p.id} />
          <PartnershipDeadlines partnershipId={p.id} />
          <MembersTable members={p.members} />
          <HistoryList partnershipId={p.id} programme={programme.data} />
        </>
      )}
    </>
  );
}
