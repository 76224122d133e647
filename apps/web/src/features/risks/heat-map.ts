import type { RiskBand } from '@mic/domain';

/** Pure helpers of the 5 × 5 heat map: cell positions and keyboard movement. */

export const SCALE = [1, 2, 3, 4, 5] as const;
/** Rows from the top: the highest probability first, as risk matrices are drawn. */
export const ROWS_TOP_DOWN = [5, 4, 3, 2, 1] as const;

export interface Cell {
  probability: number;
  consequence: number;
}

export const sameCell = (a: Cell | null | undefined, b: Cell | null | undefined) =>
  !!a && !!b && a.probability === b.probability && a.consequence === b.consequence;

const clamp = (n: number) => Math.min(5, Math.max(1, n));

/**
 * Where a key moves the focus in the grid (drawn with probability 5 at the top and consequence 1 at
 * the left): arrows one cell, Home/End to the row's ends, Ctrl+Home/End to the grid's corners.
 * Undefined for a key the grid does not handle.
 */
export function moveFocus(from: Cell, key: string, ctrl = false): Cell | undefined {
  const { probability: p, consequence: c } = from;
  switch (key) {
    case 'ArrowUp':
      return { probability: clamp(p + 1), consequence: c };
    case 'ArrowDown':
      return { probability: clamp(p - 1), consequence: c };
    case 'ArrowLeft':
      return { probability: p, consequence: clamp(c - 1) };
    case 'ArrowRight':
      return { probability: p, consequence: clamp(c + 1) };
    case 'Home':
      return ctrl ? { probability: 5, consequence: 1 } : { probability: p, consequence: 1 };
    case 'End':
      return ctrl ? { probability: 1, consequence: 5 } : { probability: p, consequence: 5 };
    case 'PageUp':
      return { probability: 5, consequence: c };
    case 'PageDown':
      return { probability: 1, consequence: c };
    default:
      return undefined;
  }
}

/** A cell of the map as the API gives it (RiskHeatMapCellDto). */
export interface HeatCell extends Cell {
  count: number;
  band: RiskBand;
}

/** The cell at a position; an empty one when the list lacks it. */
export function cellAt(cells: readonly HeatCell[], at: Cell, fallbackBand: RiskBand = 'low'): HeatCell {
  return cells.find((c) => sameCell(c, at)) ?? { ...at, count: 0, band: fallbackBand };
}
