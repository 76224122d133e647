import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isPublicStatus, type PartnershipStatus } from '@mic/domain';
import { useCurrentUser } from '../auth/session';
import { publicPageUrl } from './publication-api';

/** On the partnership page, for the programme office: what the public sees of it and where that is chosen. */
export function PublicationLinks({ partnershipId, status }: { partnershipId: string; status: PartnershipStatus }) {
  const { t } = useTranslation();
  const role = useCurrentUser()?.globalRole;
  if (role !== 'programme_officer' && role !== 'admin') return null;
  const isPublic = isPublicStatus(status);
  return (
    <section aria-labelledby="publication-links-heading" className="section">
      <Heading level={2} data-size="sm" id="publication-links-heading">
        {t('publication.links.heading')}
      </Heading>
      <Paragraph>{isPublic ? t('publication.status.public') : t('publication.status.notPublic')}</Paragraph>
      <ul className="plain-list link-list">
        <li>
          <RouterLink to={`/partnerships/${partnershipId}/publication`}>{t('publication.links.settings')}</RouterLink>
        </li>
        {isPublic && (
          <li>
            <RouterLink to={publicPageUrl(partnershipId)}>{t('publication.links.publicPage')}</RouterLink>
          </li>
        )}
      </ul>
    </section>
  );
}
