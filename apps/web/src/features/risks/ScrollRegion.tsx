import type { ReactNode } from 'react';

/**
 * A table's box that scrolls sideways when the table is wider than the screen. It is a named,
 * focusable region so that keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
