import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { hasDocumentedTolerance, hasReducingResponse, rate, type RiskRatingDto, type RiskSettingsDto } from '@mic/domain';
import { useScaleLabels } from '../risk-labels';
import { ScoreFieldset } from './ScoreFieldset';
import { score, toRiskInput, type RiskFormValues } from './risk-form';

interface Props {
  values: RiskFormValues;
  settings: RiskSettingsDto;
  set: (changes: Partial<RiskFormValues>) => void;
  error: (path: string) => string | undefined;
  /** When the risk has been reviewed: its current rating, which the register's rules go by. */
  current?: RiskRatingDto;
}

/** Probability and consequence, with the rating and its band worked out as they are chosen. */
export function AnalysisFields({ values, settings, set, error, current }: Props) {
  const { t } = useTranslation();
  const words = useScaleLabels(settings);
  const p = score(values.probability);
  const c = score(values.consequence);
  const rating = p !== null && c !== null ? rate(p, c, settings.thresholds) : null;
  const input = toRiskInput(values);
  const open = values.status === 'open';
  const band = current?.band ?? rating?.band;
  const needsAnswer =
    open && band === 'high' && !hasReducingResponse(input.response) && !(values.documentTolerance && hasDocumentedTolerance(input.tolerance));
  const noResponse = open && band === 'high' && values.responseType === 'no_response_possible';

  return (
    <section aria-labelledby="rf-analysis-heading" className="form-section">
      <Heading level={2} data-size="sm" id="rf-analysis-heading">
        {t('risks.form.analysis')}
      </Heading>
      <Paragraph data-size="sm">{t('risks.form.analysisHint')}</Paragraph>
      <ScoreFieldset
        id="rf-probability"
        legend={t('risks.form.probability')}
        value={values.probability}
        onChange={(probability) => set({ probability })}
        words={words.probability}
        error={error('probability')}
      />
      <ScoreFieldset
        id="rf-consequence"
        legend={t('risks.form.consequence')}
        value={values.consequence}
        onChange={(consequence) => set({ consequence })}
        words={words.consequence}
        error={error('consequence')}
      />
      <div aria-live="polite" className="live-feedback">
        <p className={`live-rating live-rating--${rating?.band ?? 'none'}`}>
          {rating ? t('risks.form.liveRating', { rating: rating.rating, band: t(`risks.bands.${rating.band}`) }) : t('risks.form.liveRatingNone')}
        </p>
        {current && (
          <p className={`live-rating live-rating--${current.band}`}>
            {t('risks.form.currentFromReview', { rating: current.rating, band: t(`risks.bands.${current.band}`) })}
          </p>
        )}
        {needsAnswer && (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{t('risks.form.highNeedsAnswer')}</Paragraph>
          </Alert>
        )}
        {noResponse && (
          <Alert data-color="warning" data-size="sm">
            <Paragraph data-size="sm">{t('risks.form.noResponseHigh')}</Paragraph>
          </Alert>
        )}
      </div>
    </section>
  );
}
