import { useSearchParams } from 'react-router';

/** The page a query string asks for: a whole number from 1, else 1. */
export function parsePage(params: URLSearchParams): number {
  return Math.max(1, Math.floor(Number(params.get('page'))) || 1);
}

/**
 * The query-string plumbing of a filtered list, so that a filtered view can be bookmarked and shared:
 * `update` sets some filters (an empty value removes one) and goes back to the first page, `setPage`
 * moves to a page (the first one has no `page` parameter) and `clear` removes every parameter.
 */
export function useUrlFilterParams<C extends object>() {
  const [params, setParams] = useSearchParams();
  const update = (changes: C) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(changes) as [string, string | undefined][]) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      next.delete('page');
      return next;
    });
  const setPage = (p: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (p > 1) next.set('page', String(p));
      else next.delete('page');
      return next;
    });
  const clear = () => setParams(new URLSearchParams());
  return { params, setParams, update, setPage, clear };
}
