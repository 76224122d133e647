import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { useRiskRegister } from './risks-api';

/**
 * At the top of the partnership page, for the programme office only: "continuation should be
 * questioned" when an open high risk has no possible response.
 */
export function PartnershipRiskAlert({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const office = isProgrammeOfficeUser(useCurrentUser());
  // The same query as the register's first page, so going there is instant.
  const data = useRiskRegister(partnershipId).data;
  if (!office || !data?.continuationQuestioned) return null;
  return (
    <Alert data-color="danger" className="page-alert">
      <Heading level={2} data-size="xs">
        {t('risks.summary.questionedHeading')}
      </Heading>
      <Paragraph>{t('risks.summary.questionedText', { count: data.questioningRiskIds.length })}</Paragraph>
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/partnerships/${partnershipId}/risks`}>{t('risks.summary.link')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}

/** On the partnership page: the risk register's counts and the way there. */
export function PartnershipRiskSummary({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const data = useRiskRegister(partnershipId).data;
  return (
    <section aria-labelledby="risk-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-summary-heading">
        {t('risks.summary.heading')}
      </Heading>
      {data && <Paragraph>{t('risks.summary.counts', data.counts)}</Paragraph>}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/partnerships/${partnershipId}/risks`}>{t('risks.summary.link')}</RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}
