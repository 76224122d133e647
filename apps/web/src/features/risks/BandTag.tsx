import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { RiskBand } from '@mic/domain';

export const BAND_COLOR: Record<RiskBand, string> = { low: 'success', medium: 'warning', high: 'danger' };

/** The band in words (never colour alone), with the rating when given: "High, 16". */
export function BandTag({ band, rating }: { band: RiskBand; rating?: number }) {
  const { t } = useTranslation();
  const name = t(`risks.bands.${band}`);
  return (
    <Tag data-color={BAND_COLOR[band]} data-size="sm" className="band-tag">
      {rating === undefined ? name : t('risks.bandRating', { band: name, rating })}
    </Tag>
  );
}
