import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDto } from '@mic/domain';
import { useCurrentUser } from '../auth/session';
import { useProgrammeLabels } from '../programme/useLabels';
import { fixPath, type Problem } from './iati-problems';

/** What keeps one partnership from a complete IATI activity, each with what to do and a link to where. */
export function IatiProblemList({ partnershipId, problems, programme }: { partnershipId: string; problems: Problem[]; programme: ProgrammeDto | undefined }) {
  const { t } = useTranslation();
  const labels = useProgrammeLabels(programme);
  // The programme settings (where a funding source gets its IATI identifier) are the administrator's.
  const admin = useCurrentUser()?.globalRole === 'admin';

  // The params say which indicator, purpose or funding source a problem is about, when the check knows.
  const detail = (params: Problem['params'] = {}) => {
    const parts: string[] = [];
    if (params.indicator !== undefined) parts.push(t('iati.problems.about.indicator', { name: String(params.indicator) }));
    if (typeof params.purpose === 'string') parts.push(t('iati.problems.about.purpose', { name: labels.purpose(params.purpose) }));
    if (typeof params.funding === 'string') parts.push(t('iati.problems.about.funding', { name: labels.fundingSource(params.funding) }));
    if (typeof params.fundingSource === 'string') parts.push(t('iati.problems.about.funding', { name: labels.fundingSource(params.fundingSource) }));
    if (params.year !== undefined) parts.push(t('iati.problems.about.year', { year: params.year }));
    return parts.join('; ');
  };

  return (
    <ul className="iati-problems">
      {problems.map((problem, i) => {
        const path = fixPath(problem.code, partnershipId, problem.params);
        const about = detail(problem.params);
        return (
          <li key={`${problem.code}-${i}`}>
            {t(`iati.problems.text.${problem.code}`)}
            {about && <> ({about})</>}{' '}
            {path === '/programme' && !admin ? (
              t('iati.problems.fixByAdmin')
            ) : path.startsWith('#') ? (
              <a href={path}>{t(`iati.problems.fix.${problem.code}`)}</a>
            ) : (
              <RouterLink to={path}>{t(`iati.problems.fix.${problem.code}`)}</RouterLink>
            )}
          </li>
        );
      })}
    </ul>
  );
}
