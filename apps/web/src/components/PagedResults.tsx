import type { ReactNode, RefObject } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Page } from '@mic/domain';
import { ErrorAlert } from './ErrorAlert';
import { Loading } from './Loading';
import { PaginationNav } from './PaginationNav';

interface Props<T> {
  query: UseQueryResult<Page<T>>;
  /** The "Showing 1–25 of 80" line; focus moves here after a page change. */
  resultsRef: RefObject<HTMLParagraphElement | null>;
  showing: (range: { from: number; to: number; total: number }) => string;
  /** Shown when there is nothing at all, or nothing matching when `active` filters are on. */
  empty: string;
  emptyFiltered?: string;
  active?: boolean;
  clearLabel?: string;
  onClear?: () => void;
  paginationLabel: string;
  onPage: (page: number) => void;
  children: (items: T[]) => ReactNode;
}

/** A list's result line, loading and error states, empty state, the items and their pages. */
export function PagedResults<T>({ query, resultsRef, showing, empty, emptyFiltered, active, clearLabel, onClear, paginationLabel, onPage, children }: Props<T>) {
  const data = query.data;
  const filtered = !!active && !!emptyFiltered;
  return (
    <>
      <p ref={resultsRef} tabIndex={-1} className="results-summary" role="status">
        {data && data.total > 0
          ? showing({ from: (data.page - 1) * data.pageSize + 1, to: (data.page - 1) * data.pageSize + data.items.length, total: data.total })
          : ''}
      </p>
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length === 0 && (
        <div className="empty-state">
          <Paragraph>{filtered ? emptyFiltered : empty}</Paragraph>
          {filtered && onClear && clearLabel && (
            <Button variant="secondary" onClick={onClear}>
              {clearLabel}
            </Button>
          )}
        </div>
      )}
      {data && data.items.length > 0 && (
        <div aria-busy={query.isFetching}>
          {children(data.items)}
          <PaginationNav page={data.page} pageSize={data.pageSize} total={data.total} onChange={onPage} label={paginationLabel} />
        </div>
      )}
    </>
  );
}
