import { useState } from 'react';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RiskDto, RiskHeatMapCellDto, RiskSettingsDto } from '@mic/domain';
import { RiskHeatMap } from './RiskHeatMap';
import { RiskHeatMapTable } from './RiskHeatMapTable';
import { sameCell, type Cell } from './heat-map';
import { shortText, useScaleLabels } from './risk-labels';

interface Props {
  partnershipId: string;
  cells: RiskHeatMapCellDto[];
  settings: RiskSettingsDto;
  /** The risks at hand (the register page), to name those of a chosen cell. */
  risks: RiskDto[];
}

/** The partnership's open risks on the 5 × 5 map, the same numbers in a table, and a cell's risks on request. */
export function HeatMapSection({ partnershipId, cells, settings, risks }: Props) {
  const { t } = useTranslation();
  const words = useScaleLabels(settings);
  const [selected, setSelected] = useState<Cell | null>(null);
  const cell = selected ? cells.find((c) => sameCell(c, selected)) : undefined;
  const named = cell ? risks.filter((r) => cell.riskIds.includes(r.id)) : [];

  return (
    <section aria-labelledby="risk-heatmap-heading" className="section">
      <Heading level={2} data-size="sm" id="risk-heatmap-heading">
        {t('risks.heatMap.heading')}
      </Heading>
      <Paragraph data-size="sm">{t('risks.heatMap.intro')}</Paragraph>
      <div className="heatmap-pair">
        <div>
          <RiskHeatMap
            id="risk-heatmap"
            labelledBy="risk-heatmap-heading"
            cells={cells}
            probabilityLabel={words.probability}
            consequenceLabel={words.consequence}
            bands={settings.bands}
            selected={selected}
            onSelect={setSelected}
          />
          <div aria-live="polite" className="heatmap-selection">
            {cell && (
              <>
                <Paragraph data-size="sm">
                  <strong>{t('risks.heatMap.selected', { count: cell.count, probability: cell.probability, consequence: cell.consequence })}</strong>
                </Paragraph>
                {named.length > 0 && (
                  <ul>
                    {named.map((r) => (
                      <li key={r.id}>
                        <Link asChild>
                          <RouterLink to={`/partnerships/${partnershipId}/risks/${r.id}`}>{shortText(r.description, 120)}</RouterLink>
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
                <Button variant="tertiary" data-size="sm" onClick={() => setSelected(null)}>
                  {t('risks.heatMap.clearSelection')}
                </Button>
              </>
            )}
          </div>
        </div>
        <RiskHeatMapTable
          cells={cells}
          caption={t('risks.heatMap.tableCaption')}
          probabilityLabel={words.probability}
          consequenceLabel={words.consequence}
        />
      </div>
    </section>
  );
}
