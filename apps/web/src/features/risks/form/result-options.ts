import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { localize, type ResultsFrameworkDto } from '@mic/domain';
import { api } from '../../../api/client';
import type { Option } from '../../../components/SelectField';

/**
 * The results of the partnership's framework (GET /api/partnerships/:id/results), for "the result it
 * threatens". Undefined while loading and when the framework cannot be had: the form then leaves the
 * field out (and keeps whatever link the risk has).
 */
export function useResultOptions(partnershipId: string): Option[] | undefined {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const framework = useQuery({
    queryKey: ['risks', 'result-options', partnershipId],
    queryFn: ({ signal }) => api.get<ResultsFrameworkDto>(`/api/partnerships/${encodeURIComponent(partnershipId)}/results`, undefined, signal),
    staleTime: 60_000,
    retry: false,
  });
  if (!framework.data) return undefined;
  return framework.data.results
    .filter((r) => r.level !== 'activity')
    .map((r) => {
      const level = t(`risks.form.resultLevels.${r.level}`);
      const name = [level, r.number].filter(Boolean).join(' ');
      return { value: r.id, label: `${name}: ${localize(r.statement, lang)}` };
    });
}
