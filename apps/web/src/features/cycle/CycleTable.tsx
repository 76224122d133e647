import type { ReactNode } from 'react';
import { Table } from '@digdir/designsystemet-react';
import { ScrollRegion } from '../risks/ScrollRegion';
import { useCycleLabels } from './cycle-labels';

interface Props {
  /** Names the table (its caption, read by screen readers) and its scrolling region. */
  caption: string;
  /** Column headers; `false` leaves a column out. */
  headers: (ReactNode | false)[];
  className?: string;
  zebra?: boolean;
  children: ReactNode;
}

/** The cycle's tables: a hidden caption, column headers, and a box that scrolls sideways on narrow screens. */
export function CycleTable({ caption, headers, className = '', zebra = true, children }: Props) {
  return (
    <ScrollRegion label={caption}>
      <Table zebra={zebra} className={`data-table ${className}`.trim()}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {headers.map((h, i) => h !== false && <Table.HeaderCell key={i}>{h}</Table.HeaderCell>)}
          </Table.Row>
        </Table.Head>
        <Table.Body>{children}</Table.Body>
      </Table>
    </ScrollRegion>
  );
}

/** A deadline's or event's date in the interface language, or "To be announced". */
export function CycleDate({ date }: { date: string | null }) {
  const labels = useCycleLabels();
  return date ? <time dateTime={date}>{labels.date(date)}</time> : <>{labels.date(null)}</>;
}
