import type { TFunction } from 'i18next';
import {
  bandRanges,
  checkThresholds,
  LANGUAGES,
  REVIEW_INTERVAL_MAX,
  REVIEW_INTERVAL_MIN,
  RISK_SCORES,
  type Language,
  type RiskBandRange,
  type RiskSettingsDto,
  type RiskSettingsInput,
} from '@mic/domain';

export type ScaleTexts = Record<number, Record<Language, string>>;
export type Scale = 'probabilityLabels' | 'consequenceLabels';

export interface RiskSettingsValues {
  mediumFrom: string;
  highFrom: string;
  reviewIntervalMonths: string;
  probabilityLabels: ScaleTexts;
  consequenceLabels: ScaleTexts;
}

const texts = (labels: RiskSettingsDto['probabilityLabels']): ScaleTexts =>
  Object.fromEntries(
    RISK_SCORES.map((n) => {
      const label = labels.find((l) => l.value === n)?.label ?? {};
      return [n, Object.fromEntries(LANGUAGES.map((lang) => [lang, label[lang] ?? ''])) as Record<Language, string>];
    }),
  );

export function valuesOfSettings(s: RiskSettingsDto): RiskSettingsValues {
  return {
    mediumFrom: String(s.thresholds.mediumFrom),
    highFrom: String(s.thresholds.highFrom),
    reviewIntervalMonths: String(s.reviewIntervalMonths),
    probabilityLabels: texts(s.probabilityLabels),
    consequenceLabels: texts(s.consequenceLabels),
  };
}

const whole = (s: string) => (/^\s*\d+\s*$/.test(s) ? Number(s) : NaN);

export function toSettingsInput(v: RiskSettingsValues, version: number): RiskSettingsInput {
  const scale = (x: ScaleTexts) => RISK_SCORES.map((n) => ({ value: n, label: Object.fromEntries(LANGUAGES.map((l) => [l, x[n]![l].trim()])) }));
  return {
    thresholds: { mediumFrom: whole(v.mediumFrom), highFrom: whole(v.highFrom) },
    reviewIntervalMonths: whole(v.reviewIntervalMonths),
    probabilityLabels: scale(v.probabilityLabels),
    consequenceLabels: scale(v.consequenceLabels),
    version,
  };
}

/** The bands the thresholds as typed would make; null while they are not valid. */
export function previewBands(v: RiskSettingsValues): RiskBandRange[] | null {
  const t = { mediumFrom: whole(v.mediumFrom), highFrom: whole(v.highFrom) };
  return checkThresholds(t).length ? null : bandRanges(t);
}

export const settingsControlId = (path: string) => `rs-${path.replace(/\./g, '-')}`;

/** A server field path → the control to go to. */
export function settingsTarget(path: string): string {
  if (path.startsWith('thresholds')) return settingsControlId(path === 'thresholds.highFrom' ? 'highFrom' : 'mediumFrom');
  if (path === 'reviewIntervalMonths') return settingsControlId(path);
  const [scale] = path.split('.');
  if (scale === 'probabilityLabels' || scale === 'consequenceLabels') return settingsControlId(`${scale}.1.en`);
  return settingsControlId('mediumFrom');
}

/** What the form can tell before asking the server: path → message. */
export function validateSettings(t: TFunction, v: RiskSettingsValues): Record<string, string> {
  const e: Record<string, string> = {};
  if (!previewBands(v)) e.mediumFrom = t('risks.settings.thresholdsInvalid');
  const months = whole(v.reviewIntervalMonths);
  if (!(months >= REVIEW_INTERVAL_MIN && months <= REVIEW_INTERVAL_MAX)) e.reviewIntervalMonths = t('risks.settings.intervalInvalid');
  for (const scale of ['probabilityLabels', 'consequenceLabels'] as const) {
    for (const n of RISK_SCORES) {
      for (const lang of LANGUAGES) {
        if (!v[scale][n]![lang].trim()) e[`${scale}.${n}.${lang}`] = t('risks.settings.labelRequired');
      }
    }
  }
  return e;
}
