import { parsePage, useUrlFilterParams } from '../../../lib/url-filters';
import { RESULT_LEVELS, RESULT_OWNERS, type ResultLevel, type ResultOwner } from '@mic/domain';
import type { TrackingFilters } from '../results-api';

/** Levels that carry indicators, so the only ones the tracking table can be filtered by. */
export const TRACKED_LEVELS = RESULT_LEVELS.filter((l) => l !== 'activity');

/**
 * The tracking table's filters from the query string, keeping only values the API accepts so that a
 * mistyped link shows the table rather than an error.
 */
export function parseTrackingFilters(params: URLSearchParams): { filters: TrackingFilters; page: number } {
  const filters: TrackingFilters = {};
  const level = params.get('level');
  if (level && (TRACKED_LEVELS as readonly string[]).includes(level)) filters.level = level as ResultLevel;
  const purpose = params.get('purpose')?.trim();
  if (purpose && /^[a-z0-9][a-z0-9-]*$/i.test(purpose)) filters.purpose = purpose;
  const owner = params.get('owner');
  if (owner && (RESULT_OWNERS as readonly string[]).includes(owner)) filters.owner = owner as ResultOwner;
  const page = parsePage(params);
  return { filters, page };
}

/** The filters live in the address, so a filtered view can be bookmarked, shared and reloaded. */
export function useTrackingUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<TrackingFilters>();
  const { filters, page } = parseTrackingFilters(params);
  const active = Object.keys(filters).length > 0;
  return { filters, page, update, setPage, clear, active };
}
