import type { TFunction } from 'i18next';
import type { ResultsSettingsDto } from '@mic/domain';

export type SettingsField = Exclude<keyof ResultsSettingsDto, 'version'>;
export type SettingsValues = Record<SettingsField, string>;

export const SETTINGS_FIELDS: SettingsField[] = ['maxIndicatorsPerOutcome', 'maxIndicatorsPerPartnership', 'onTrackPercent', 'atRiskPercent'];

const RANGES: Record<SettingsField, [number, number]> = {
  maxIndicatorsPerOutcome: [1, 50],
  maxIndicatorsPerPartnership: [1, 500],
  onTrackPercent: [1, 100],
  atRiskPercent: [0, 100],
};

export const settingsId = (f: SettingsField) => `rs-${f}`;

export function settingsValuesOf(s: ResultsSettingsDto): SettingsValues {
  return Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, String(s[f])])) as SettingsValues;
}

/** The body of PUT /api/programme/results-settings: the values, and the version the form was loaded at. */
export function toSettings(v: SettingsValues, version: number): ResultsSettingsDto {
  return { ...(Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, Number(v[f].trim())])) as Omit<ResultsSettingsDto, 'version'>), version };
}

/** Whole numbers in their ranges, and "at risk" not above "on track"; field → message. */
export function validateSettings(t: TFunction, v: SettingsValues): Partial<Record<SettingsField, string>> {
  const e: Partial<Record<SettingsField, string>> = {};
  for (const f of SETTINGS_FIELDS) {
    const [min, max] = RANGES[f];
    const s = v[f].trim();
    if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) e[f] = t('results.settings.range', { min, max });
  }
  if (!e.onTrackPercent && !e.atRiskPercent && Number(v.atRiskPercent) > Number(v.onTrackPercent)) e.atRiskPercent = t('results.settings.atRiskAboveOnTrack');
  return e;
}
