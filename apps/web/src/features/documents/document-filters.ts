import { DOCUMENT_CATEGORIES } from '@mic/domain';
import { parsePage, useUrlFilterParams } from '../../lib/url-filters';
import type { DocumentFilters } from './documents-api';

/** The category and page from a query string; an unknown category shows everything. */
export function parseDocumentFilters(params: URLSearchParams): { filters: DocumentFilters; page: number } {
  const category = params.get('category');
  const filters: DocumentFilters = category && (DOCUMENT_CATEGORIES as readonly string[]).includes(category) ? { category } : {};
  return { filters, page: parsePage(params) };
}

/** The list's filter lives in the address, so "the council decisions" can be bookmarked. */
export function useDocumentFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<DocumentFilters>();
  const { filters, page } = parseDocumentFilters(params);
  return { filters, page, update, setPage, clear, active: !!filters.category };
}
