import { useEffect, useState } from 'react';
import { Paragraph } from '@digdir/designsystemet-react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { SuccessAlert } from '../../../components/SuccessAlert';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { useProgramme } from '../../programme/programme-api';
import { useProgrammeLabels } from '../../programme/useLabels';
import { useFramework } from '../results-api';
import { Downloads } from '../shared/Downloads';
import { ResultsFrame } from '../shared/ResultsFrame';
import { ResultTree } from './ResultTree';
import { SmartSummaryPanel } from './SmartSummaryPanel';
import { WarningsPanel } from './WarningsPanel';

/** What a form sends back with the navigation after a save. */
export interface SavedState {
  saved: string;
}

/** One partnership's results framework: the SMART summary, warnings and the results chain as a tree. */
export function FrameworkPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const framework = useFramework(id);
  const programme = useProgramme();
  const labels = useProgrammeLabels(programme.data);
  // "Saved" comes once with the navigation from a form; it is not shown again on reload.
  const [saved] = useState((location.state as SavedState | null)?.saved);
  useEffect(() => {
    if (location.state) navigate(location.pathname + location.search, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  if (framework.isError && isApiError(framework.error) && framework.error.status === 404) return <NotFoundPage />;
  const fw = framework.data;

  return (
    <ResultsFrame partnershipId={id} heading={t('results.framework.heading')} views>
      <Paragraph>{t('results.framework.intro')}</Paragraph>
      {saved && <SuccessAlert focus={false}>{saved}</SuccessAlert>}
      {framework.isPending && <Loading />}
      {framework.isError && <ErrorAlert error={framework.error} onRetry={() => void framework.refetch()} />}
      {fw && (
        <div aria-busy={framework.isFetching}>
          <SmartSummaryPanel summary={fw.smartSummary} />
          <WarningsPanel fw={fw} />
          <ResultTree fw={fw} purposeName={labels.purpose} />
          <Downloads partnershipId={id} views={['framework', 'all']} />
        </div>
      )}
    </ResultsFrame>
  );
}
