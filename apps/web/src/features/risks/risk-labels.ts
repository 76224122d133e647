import { useTranslation } from 'react-i18next';
import { localize, type RiskScaleLabelDto, type RiskSettingsDto } from '@mic/domain';
import { formatDate } from '../../lib/format';

const word = (labels: readonly RiskScaleLabelDto[] | undefined, n: number, lang: string) =>
  localize(labels?.find((l) => l.value === n)?.label, lang);

/** The programme's scale words ("Likely", "Severe") in the interface language. */
export function useScaleLabels(settings: RiskSettingsDto | undefined) {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return {
    lang,
    probability: (n: number) => word(settings?.probabilityLabels, n, lang),
    consequence: (n: number) => word(settings?.consequenceLabels, n, lang),
  };
}

/** "4 – Likely", or "4" when the programme has no word for it. */
export const scoreText = (n: number, words: (n: number) => string) => {
  const w = words(n);
  return w ? `${n} – ${w}` : String(n);
};

/** Today's date where the user is, as `YYYY-MM-DD` (the API's dates). */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A description cut to a heading's length. */
export function shortText(text: string, max = 90): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** An API date (`YYYY-MM-DD`) in the user's form, read as that day where the user is (not UTC midnight). */
export const formatDay = (iso: string, lang: string) => formatDate(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00` : iso, lang);
