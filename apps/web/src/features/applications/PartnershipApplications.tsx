import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ApplicationSummaryDto, PartnershipDetailDto } from '@mic/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isProgrammeOfficeUser, useCurrentUser } from '../auth/session';
import { ApplicationStatusTag, LateTag } from './application-labels';
import { useCreateApplication, usePartnershipApplications } from './applications-api';

/** The first year of the project period, from this year on, that has no application yet; null when none is left. */
export function nextApplicationYear(p: Pick<PartnershipDetailDto, 'startYear' | 'endYear'>, apps: Pick<ApplicationSummaryDto, 'year'>[], thisYear: number): number | null {
  for (let y = Math.max(p.startYear, thisYear); y <= p.endYear; y++) if (!apps.some((a) => a.year === y)) return y;
  return null;
}

/** On the partnership page: its applications with their status, and for its coordinators the way to start the next. */
export function PartnershipApplications({ p }: { p: PartnershipDetailDto }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const office = isProgrammeOfficeUser(useCurrentUser());
  const list = usePartnershipApplications(p.id);
  const create = useCreateApplication(p.id);
  const apps = list.data ?? [];
  const mayStart = office || p.myRole === 'home_coordinator' || p.myRole === 'partner_coordinator';
  const year = list.data ? nextApplicationYear(p, apps, new Date().getFullYear()) : null;

  const start = (y: number) =>
    create.mutate({ year: y }, { onSuccess: (saved) => navigate(`/partnerships/${p.id}/applications/${saved.id}`) });

  return (
    <section aria-labelledby="applications-summary-heading" className="section">
      <Heading level={2} data-size="sm" id="applications-summary-heading">
        {t('applications.summary.heading')}
      </Heading>
      {list.isError && <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && apps.length === 0 && <Paragraph>{t('applications.summary.none')}</Paragraph>}
      {apps.length > 0 && (
        <ul className="plain-list link-list">
          {apps.map((a) => (
            <li key={a.id}>
              <RouterLink to={`/partnerships/${p.id}/applications/${a.id}`}>
                {t(`applications.page.heading.${a.kind}`, { year: a.year })}
              </RouterLink>{' '}
              <ApplicationStatusTag status={a.status} />
              {a.late && (
                <>
                  {' '}
                  <LateTag />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayStart && year !== null && (
        <div className="button-row">
          <Button variant="secondary" onClick={() => start(year)} loading={create.isPending}>
            {t('applications.summary.start', { year })}
          </Button>
        </div>
      )}
      {create.isError && <ErrorAlert error={create.error} />}
    </section>
  );
}
