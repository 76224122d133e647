import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type EventDetailDto, type EventInput, type EventParticipantDto, type EventSummaryDto, type Page } from '@mic/domain';
import { api, type Query } from '../../api/client';
import { CYCLE_KEY } from '../cycle/cycle-api';

/** Query keys: everything about events starts with 'events', so one invalidation refreshes it all. */
export const EVENTS_KEY = ['events'] as const;
const enc = encodeURIComponent;
const one = (id: string) => `/api/events/${enc(id)}`;

export interface EventFilters {
  year?: string;
  upcoming?: string;
}

export function useEvents(filters: EventFilters, page: number) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'list', filters, page],
    queryFn: ({ signal }) =>
      api.get<Page<EventSummaryDto>>('/api/events', { ...filters, page, pageSize: DEFAULT_PAGE_SIZE } as Query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'one', id],
    queryFn: ({ signal }) => api.get<EventDetailDto>(one(id), undefined, signal),
  });
}

export const PARTICIPANTS_PAGE_SIZE = DEFAULT_PAGE_SIZE;

export function useParticipants(id: string, page: number) {
  return useQuery({
    queryKey: [...EVENTS_KEY, 'participants', id, page],
    queryFn: ({ signal }) =>
      api.get<Page<EventParticipantDto>>(`${one(id)}/participants`, { page, pageSize: PARTICIPANTS_PAGE_SIZE }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The XLSX download: a plain link, so the browser saves it with the session cookie. */
export const participantsXlsxUrl = (id: string) => `${one(id)}/participants.xlsx`;

/** After a change: the event's answer replaces the cached one; lists and participants are fetched again. */
function useAfterEventChange() {
  const queryClient = useQueryClient();
  return (saved?: EventDetailDto) => {
    if (saved) queryClient.setQueryData([...EVENTS_KEY, 'one', saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: EVENTS_KEY, predicate: (q) => q.queryKey[1] !== 'one' });
    // The due panel and the programme calendar list events too.
    void queryClient.invalidateQueries({ queryKey: CYCLE_KEY });
  };
}

export function useCreateEvent() {
  const after = useAfterEventChange();
  return useMutation({
    mutationFn: (body: EventInput) => api.post<EventDetailDto>('/api/events', body),
    onSuccess: after,
  });
}

export function useUpdateEvent(id: string) {
  const after = useAfterEventChange();
  return useMutation({
    mutationFn: (body: EventInput & { version: number }) => api.put<EventDetailDto>(one(id), body),
    onSuccess: after,
  });
}

export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  const after = useAfterEventChange();
  return useMutation({
    mutationFn: () => api.delete(one(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...EVENTS_KEY, 'one', id] });
      after();
    },
  });
}

export interface RegistrationInput {
  note: string | null;
  partnershipId?: string;
}

export function useRegister(id: string) {
  const after = useAfterEventChange();
  return useMutation({
    mutationFn: (body: RegistrationInput) => api.post<EventDetailDto>(`${one(id)}/registration`, body),
    onSuccess: after,
  });
}

export function useUnregister(id: string) {
  const queryClient = useQueryClient();
  const after = useAfterEventChange();
  return useMutation({
    mutationFn: () => api.delete(`${one(id)}/registration`),
    onSuccess: async () => {
      after();
      await queryClient.invalidateQueries({ queryKey: [...EVENTS_KEY, 'one', id] });
    },
  });
}
