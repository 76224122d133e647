import { useTranslation } from 'react-i18next';
import type {
  FrameworkWarning,
  ProgressStatus,
  ResultLevel,
  ResultOwner,
  SmartLetter,
  SmartReason,
  ValueStatus,
} from '@mic/domain';
import { formatDate } from '../../../lib/format';
import { useProgramme } from '../../programme/programme-api';
import { useProgrammeLabels } from '../../programme/useLabels';

type Params = Record<string, string | number>;

/**
 * Names of the results framework's codes in the interface language. The rule texts (levels, owners,
 * statuses, SMART reasons, warnings) are the shared `resultsRules` catalogue that the XLSX export
 * uses too; these pages' own texts are under `results`. Codes inside parameters (a purpose, a
 * language, an ISO date) are turned into words first.
 */
export function useResultsLabels() {
  const { t } = useTranslation();
  const programme = useProgramme();
  const names = useProgrammeLabels(programme.data);
  const lang = names.lang;
  const level = (l: ResultLevel) => t(`resultsRules.levels.${l}`);
  const readable = (params: Params = {}): Params => {
    const out: Params = { ...params };
    if (typeof out.purpose === 'string') out.purpose = names.purpose(out.purpose);
    if (typeof out.language === 'string') out.language = names.language(out.language);
    for (const key of ['baselineDate', 'firstActivityDate'] as const) {
      if (typeof out[key] === 'string') out[key] = formatDate(out[key] as string, lang);
    }
    return out;
  };
  return {
    lang,
    purpose: names.purpose,
    language: names.language,
    level,
    /** "Outcome 2", "Output 1.3", "Impact". */
    resultName: (r: { level: ResultLevel; number: string }) => (r.number ? `${level(r.level)} ${r.number}` : level(r.level)),
    owner: (o: ResultOwner) => t(`resultsRules.owners.${o}`),
    valueStatus: (s: ValueStatus) => t(`resultsRules.valueStatuses.${s}`),
    progress: (p: ProgressStatus) => t(`resultsRules.progress.${p}`),
    letter: (l: SmartLetter) => t(`resultsRules.letters.${l}`),
    reason: (r: SmartReason) => t(`resultsRules.smart.${r.code}`, readable(r.params)),
    warning: (w: FrameworkWarning) => t(`resultsRules.warnings.${w.code}`, readable(w.params)),
  };
}

export type ResultsLabels = ReturnType<typeof useResultsLabels>;
