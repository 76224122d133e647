import type { RiskBandThresholds, RiskScaleLabelDto } from './risks-types';

/** The programme's risk settings when nothing else is configured (the MIC 2013 defaults). */
export interface RiskSettingsConfig {
  probabilityLabels: RiskScaleLabelDto[];
  consequenceLabels: RiskScaleLabelDto[];
  thresholds: RiskBandThresholds;
  reviewIntervalMonths: number;
}

export const DEFAULT_RISK_SETTINGS: RiskSettingsConfig = {
  probabilityLabels: [
    { value: 1, label: { en: 'Very unlikely', nb: 'Svært lite sannsynlig', es: 'Muy improbable' } },
    { value: 2, label: { en: 'Unlikely', nb: 'Lite sannsynlig', es: 'Improbable' } },
    { value: 3, label: { en: 'Possible', nb: 'Mulig', es: 'Posible' } },
    { value: 4, label: { en: 'Likely', nb: 'Sannsynlig', es: 'Probable' } },
    { value: 5, label: { en: 'Very likely', nb: 'Svært sannsynlig', es: 'Muy probable' } },
  ],
  consequenceLabels: [
    { value: 1, label: { en: 'Insignificant', nb: 'Ubetydelig', es: 'Insignificante' } },
    { value: 2, label: { en: 'Minor', nb: 'Liten', es: 'Menor' } },
    { value: 3, label: { en: 'Moderate', nb: 'Moderat', es: 'Moderada' } },
    { value: 4, label: { en: 'Major', nb: 'Stor', es: 'Mayor' } },
    { value: 5, label: { en: 'Severe', nb: 'Svært alvorlig', es: 'Grave' } },
  ],
  thresholds: { mediumFrom: 5, highFrom: 10 },
  reviewIntervalMonths: 12,
};
