/** Open data takes exactly the public list's filters (not its paging: a file holds every matching row). */
import { listQuery } from '../public/public.contract';

export const openDataQuery = listQuery.omit({ page: true, pageSize: true });
export type OpenDataQuery = ReturnType<typeof openDataQuery.parse>;

export const OPEN_DATA_FILES = ['partnerships', 'budgets', 'results'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
