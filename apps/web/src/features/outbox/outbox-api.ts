import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, OUTBOX_STATUSES, type OutboxMessageDto, type OutboxStatus, type Page } from '@mic/domain';
import { api } from '../../api/client';
import { parsePage, useUrlFilterParams } from '../../lib/url-filters';

export function useOutbox(status: OutboxStatus | undefined, page: number) {
  return useQuery({
    queryKey: ['outbox', status ?? '', page],
    queryFn: ({ signal }) => api.get<Page<OutboxMessageDto>>('/api/admin/outbox', { status, page, pageSize: DEFAULT_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

const isStatus = (s: string | null): s is OutboxStatus => !!s && (OUTBOX_STATUSES as readonly string[]).includes(s);

/** The status filter and page live in the address; an unknown status shows every message. */
export function useOutboxUrlFilters() {
  const { params, update, setPage, clear } = useUrlFilterParams<{ status?: string }>();
  const raw = params.get('status');
  const status = isStatus(raw) ? raw : undefined;
  return { status, page: parsePage(params), update, setPage, clear };
}
