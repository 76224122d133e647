import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_BANDS, type RiskBand, type RiskBandRange } from '@mic/domain';
import { cellAt, moveFocus, ROWS_TOP_DOWN, SCALE, sameCell, type Cell, type HeatCell } from './heat-map';

interface Props {
  /** Prefix of the element ids, unique on the page. */
  id: string;
  /** The id of the heading that names the map. */
  labelledBy: string;
  /** The 25 cells with their counts and bands (RiskHeatMapCellDto). */
  cells: readonly HeatCell[];
  /** The scale's words ("Likely", "Severe"), when the programme has them. */
  probabilityLabel?: (n: number) => string;
  consequenceLabel?: (n: number) => string;
  /** The programme's band ranges, for the legend. */
  bands?: readonly RiskBandRange[];
  /** With onSelect, Enter or a click on a cell selects it (again: clears the choice). */
  selected?: Cell | null;
  onSelect?: (cell: Cell | null) => void;
}

/**
 * The 5 × 5 risk matrix as an ARIA grid: one tab stop, arrow keys between cells, each cell named in
 * full ("Probability 4, consequence 5: 2 risks, high"), so the colours are never the only signal.
 * The same numbers stand in a table beside it (RiskHeatMapTable).
 */
export function RiskHeatMap({ id, labelledBy, cells: data, probabilityLabel, consequenceLabel, bands, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState<Cell>(selected ?? { probability: 5, consequence: 1 });
  const cells = useRef(new Map<string, HTMLDivElement>());
  const key = (c: Cell) => `${c.probability}-${c.consequence}`;

  const focus = (cell: Cell) => {
    setActive(cell);
    cells.current.get(key(cell))?.focus();
  };
  const choose = (cell: Cell) => {
    setActive(cell);
    onSelect?.(sameCell(cell, selected) ? null : cell);
  };
  const onKeyDown = (event: KeyboardEvent, cell: Cell) => {
    if (onSelect && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      choose(cell);
      return;
    }
    const next = moveFocus(cell, event.key, event.ctrlKey || event.metaKey);
    if (!next) return;
    event.preventDefault();
    focus(next);
  };

  const label = (n: number, words?: (n: number) => string) => {
    const word = words?.(n);
    return word ? `${n} ${word}` : String(n);
  };

  const rangeText = (band: RiskBand) => {
    const range = bands?.find((b) => b.band === band);
    const name = t(`risks.bands.${band}`);
    return range ? t('risks.heatMap.legendItem', { band: name, from: range.from, to: range.to }) : name;
  };

  return (
    <div className="heatmap">
      <div className="heatmap__y-title" aria-hidden="true">
        {t('risks.heatMap.probability')}
      </div>
      <div className="heatmap__plot">
        <div role="grid" aria-labelledby={labelledBy} aria-describedby={`${id}-hint`} className="heatmap__grid">
          {ROWS_TOP_DOWN.map((probability) => (
            <div role="row" key={probability} className="heatmap__row">
              <div className="heatmap__row-label" aria-hidden="true">
                {label(probability, probabilityLabel)}
              </div>
              {SCALE.map((consequence) => {
                const cell = { probability, consequence };
                const { count, band } = cellAt(data, cell);
                const isSelected = sameCell(cell, selected);
                return (
                  <div
                    key={consequence}
                    role="gridcell"
                    ref={(el) => {
                      if (el) cells.current.set(key(cell), el);
                      else cells.current.delete(key(cell));
                    }}
                    id={`${id}-cell-${key(cell)}`}
                    tabIndex={sameCell(cell, active) ? 0 : -1}
                    aria-label={t('risks.heatMap.cell', { count, probability, consequence, band: t(`risks.bands.${band}`) })}
                    aria-selected={onSelect ? isSelected : undefined}
                    className={`heatmap__cell heatmap__cell--${band}${count ? '' : ' is-empty'}${isSelected ? ' is-selected' : ''}`}
                    onClick={() => (onSelect ? choose(cell) : focus(cell))}
                    onKeyDown={(e) => onKeyDown(e, cell)}
                    onFocus={() => setActive(cell)}
                  >
                    <span aria-hidden="true">{count || ''}</span>
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        <div className="heatmap__col-labels" aria-hidden="true">
          {SCALE.map((n) => (
            <div key={n}>{label(n, consequenceLabel)}</div>
          ))}
        </div>
        <div className="heatmap__x-title" aria-hidden="true">
          {t('risks.heatMap.consequence')}
        </div>
      </div>
      <p id={`${id}-hint`} className="heatmap__hint">
        {onSelect ? t('risks.heatMap.hintSelect') : t('risks.heatMap.hint')}
      </p>
      <ul className="heatmap__legend" aria-label={t('risks.heatMap.legend')}>
        {RISK_BANDS.map((band) => (
          <li key={band}>
            <span className={`heatmap__swatch heatmap__cell--${band}`} aria-hidden="true" />
            {rangeText(band)}
          </li>
        ))}
      </ul>
    </div>
  );
}
