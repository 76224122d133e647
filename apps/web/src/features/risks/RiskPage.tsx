import { useEffect, useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { SuccessAlert } from '../../components/SuccessAlert';
import { isApiError } from '../../api/client';
import { NotFoundPage } from '../layout/NotFoundPage';
import { usePartnership } from '../partnerships/api';
import { DeleteRisk } from './DeleteRisk';
import { RatingHistory } from './RatingHistory';
import { ReviewsTable } from './ReviewsTable';
import { RiskComments } from './RiskComments';
import { RiskFacts } from './RiskFacts';
import { shortText } from './risk-labels';
import { useRisk, useRiskSettings } from './risks-api';
import './risks.css';

type Saved = 'created' | 'updated' | 'reviewed';

/** /partnerships/:id/risks/:riskId: one risk, its rating history, reviews and comments. */
export function RiskPage() {
  const { t } = useTranslation();
  const { id = '', riskId = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [saved] = useState((location.state as { saved?: Saved } | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname, { replace: true, state: null });
  }, [location.state, location.pathname, navigate]);

  const risk = useRisk(id, riskId);
  const partnership = usePartnership(id);
  const settings = useRiskSettings();
  const r = risk.data;

  if (isApiError(risk.error) && risk.error.status === 404) return <NotFoundPage />;

  const savedText = saved === 'created' ? t('risks.detail.created') : saved === 'reviewed' ? t('risks.detail.reviewed') : t('risks.detail.saved');
  const heading = r ? shortText(r.description, 90) : t('common.loading');

  return (
    <>
      <p className="back-link">
        <RouterLink to={`/partnerships/${id}/risks`}>{t('risks.detail.backToRegister')}</RouterLink>
      </p>
      <div className="page-head">
        <PageHeading title={r ? t('risks.detail.pageTitle', { title: shortText(r.description, 60) }) : heading}>{heading}</PageHeading>
        {r?.can.edit && (
          <div className="button-row">
            <Button asChild>
              <RouterLink to={`/partnerships/${id}/risks/${riskId}/review`}>{t('risks.detail.addReview')}</RouterLink>
            </Button>
            <Button asChild variant="secondary">
              <RouterLink to={`/partnerships/${id}/risks/${riskId}/edit`}>{t('risks.detail.edit')}</RouterLink>
            </Button>
          </div>
        )}
      </div>
      {partnership.data && <Paragraph className="lead">{partnership.data.title}</Paragraph>}
      {saved && r && <SuccessAlert focus={false}>{savedText}</SuccessAlert>}
      {risk.isPending && <Loading />}
      {risk.isError && <ErrorAlert error={risk.error} onRetry={() => void risk.refetch()} />}
      {r && (
        <>
          <RiskFacts risk={r} />
          <RatingHistory points={r.history} bands={settings.data?.bands ?? []} />
          <ReviewsTable reviews={r.reviews} />
          <RiskComments partnershipId={id} riskId={r.id} canComment={r.can.comment} />
          {r.can.edit && (
            <div className="section">
              <DeleteRisk partnershipId={id} riskId={r.id} />
            </div>
          )}
        </>
      )}
    </>
  );
}
