import { useTranslation } from 'react-i18next';
import { localize, type LocalizedText } from '@mic/domain';
import { useProgramme } from '../programme/programme-api';
import { useProgrammeLabels } from '../programme/useLabels';
import { formatDay } from '../risks/risk-labels';

/** Deadline dates ("1 October 2026" or "To be announced"), step names and funding sources in the interface language. */
export function useCycleLabels() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const programme = useProgramme();
  const labels = useProgrammeLabels(programme.data);
  return {
    lang,
    programme: programme.data,
    date: (iso: string | null) => (iso ? formatDay(iso, lang) : t('cycle.tba')),
    text: (text: LocalizedText) => localize(text, lang),
    source: (code: string) => labels.fundingSource(code),
  };
}

/** Today in the browser's calendar, YYYY-MM-DD (for labels only; the server decides what is overdue). */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
