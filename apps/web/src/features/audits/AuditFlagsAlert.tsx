import { Alert, Heading } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditFlag } from '@mic/domain';
import './audits.css';

/**
 * Wherever a partnership's money is shown: the audits whose opinion was not clean, each naming the year
 * and the opinion and leading to the audit. `flags` may be missing from an older answer; then nothing shows.
 */
export function AuditFlagsAlert({ partnershipId, flags }: { partnershipId: string; flags: readonly AuditFlag[] | undefined }) {
  const { t } = useTranslation();
  if (!flags?.length) return null;
  const sorted = [...flags].sort((a, b) => b.year - a.year);
  return (
    <Alert data-color="warning" className="page-alert audit-flags">
      <Heading level={2} data-size="xs">
        {t('audits.flags.heading', { count: sorted.length })}
      </Heading>
      <ul className="plain-list">
        {sorted.map((f) => (
          <li key={f.auditId}>
            <RouterLink to={`/partnerships/${partnershipId}/audits/${f.auditId}`}>{t(`audits.flags.${f.opinion}`, { year: f.year })}</RouterLink>
          </li>
        ))}
      </ul>
    </Alert>
  );
}

/** In a table cell: the latest flag as a short link, or nothing. */
export function AuditFlagLink({ partnershipId, flag }: { partnershipId: string; flag: AuditFlag | null | undefined }) {
  const { t } = useTranslation();
  if (!flag) return null;
  return (
    <RouterLink to={`/partnerships/${partnershipId}/audits/${flag.auditId}`} className="audit-flag-link">
      {t(`audits.flags.${flag.opinion}`, { year: flag.year })}
    </RouterLink>
  );
}
