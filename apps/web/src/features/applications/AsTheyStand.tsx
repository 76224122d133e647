import { Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationDto } from '@mic/domain';
import { useDocuments } from '../documents/documents-api';
import { useFramework } from '../results/results-api';
import { useRiskRegister } from '../risks/risks-api';
import { ApplicationSectionBlock } from './ApplicationSectionBlock';

/**
 * The parts of the application kept elsewhere, as they stand now: the documents, the results framework
 * and the risk register, each with what it still lacks and the way there.
 */
export function AsTheyStand({ app }: { app: ApplicationDto }) {
  const { t } = useTranslation();
  const id = app.partnership.id;
  const documents = useDocuments(id, {}, 1, 1).data;
  const framework = useFramework(id).data;
  const risks = useRiskRegister(id).data;
  const gaps = (section: 'documents' | 'results' | 'risks') => app.missing.filter((m) => m.section === section).length;
  const part = (section: 'documents' | 'results' | 'risks', status: string | null, to: string) => (
    <ApplicationSectionBlock section={section}>
      {status && <Paragraph>{status}</Paragraph>}
      <Paragraph data-size="sm">
        {gaps(section) ? t('applications.standing.gaps', { count: gaps(section) }) : t('applications.standing.noGaps')}
      </Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={to}>{t(`applications.standing.link.${section}`)}</RouterLink>
        </Link>
      </Paragraph>
    </ApplicationSectionBlock>
  );
  return (
    <>
      {part('documents', documents ? t('applications.standing.documents', { count: documents.total }) : null, `/partnerships/${id}/documents`)}
      {part(
        'results',
        framework ? t('applications.standing.results', { results: framework.results.length, indicators: framework.indicators.length }) : null,
        `/partnerships/${id}/results`,
      )}
      {part('risks', risks ? t('risks.summary.counts', risks.counts) : null, `/partnerships/${id}/risks`)}
    </>
  );
}
