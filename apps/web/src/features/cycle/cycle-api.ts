import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CalendarFeedDto,
  CycleDatesDto,
  DuePanelDto,
  EventSummaryDto,
  Page,
  PartnershipDeadlineDto,
  PartnershipDeadlinesDto,
  ProgrammeCycle,
  ProgrammeCycleDto,
  ProgrammeDeadlinesDto,
} from '@mic/domain';
import { api } from '../../api/client';

/** Query keys: everything about the cycle starts with 'cycle', so one invalidation refreshes it all. */
export const CYCLE_KEY = ['cycle'] as const;
const enc = encodeURIComponent;

export function useDuePanel() {
  return useQuery({
    queryKey: [...CYCLE_KEY, 'due'],
    queryFn: ({ signal }) => api.get<DuePanelDto>('/api/me/due', undefined, signal),
  });
}

export function useProgrammeDeadlines(year: number, funding?: string) {
  return useQuery({
    queryKey: [...CYCLE_KEY, 'programme-deadlines', year, funding ?? ''],
    queryFn: ({ signal }) => api.get<ProgrammeDeadlinesDto>('/api/programme/deadlines', { year, funding }, signal),
    placeholderData: keepPreviousData,
  });
}

/** The dates set for one funding year, each with the version to send back when changing it. */
export function useCycleDates(year: number) {
  return useQuery({
    queryKey: [...CYCLE_KEY, 'dates', year],
    queryFn: ({ signal }) => api.get<CycleDatesDto>('/api/programme/cycle-dates', { year }, signal),
  });
}

/**
 * Sets (a date) or clears (null: back to the standing rule or "to be announced") one step's date for a year,
 * on the version it was read at (0: no date set); a date changed meanwhile is 409 CONFLICT.
 */
export function useSetCycleDate(year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fundingSource, stepCode, date, version }: { fundingSource: string; stepCode: string; date: string | null; version?: number }) =>
      api.put<CycleDatesDto>(`/api/programme/cycle-dates/${year}/${enc(fundingSource)}/${enc(stepCode)}`, { date, version }),
    // Every deadline list and the due panel may show the date.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CYCLE_KEY }),
  });
}

export const PROGRAMME_CYCLE_KEY = [...CYCLE_KEY, 'config'] as const;

export function useProgrammeCycle(enabled = true) {
  return useQuery({
    queryKey: PROGRAMME_CYCLE_KEY,
    queryFn: ({ signal }) => api.get<ProgrammeCycleDto>('/api/programme/cycle', undefined, signal),
    enabled,
  });
}

export function useSaveProgrammeCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeCycle & { version: number }) => api.put<ProgrammeCycleDto>('/api/programme/cycle', body),
    onSuccess: (saved) => {
      queryClient.setQueryData(PROGRAMME_CYCLE_KEY, saved);
      void queryClient.invalidateQueries({ queryKey: CYCLE_KEY, predicate: (q) => q.queryKey[1] !== 'config' });
    },
  });
}

const deadlinesPath = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/deadlines`;

/** A partnership's deadlines; without a year the server picks the current one within its period. */
export function usePartnershipDeadlines(partnershipId: string, year: number | undefined) {
  return useQuery({
    queryKey: [...CYCLE_KEY, 'partnership', partnershipId, year ?? 'current'],
    queryFn: ({ signal }) => api.get<PartnershipDeadlinesDto>(deadlinesPath(partnershipId), { year }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMarkDeadlineMet(partnershipId: string, year: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ stepCode, met, note, version }: { stepCode: string; met: boolean; note?: string | null; version?: number }) =>
      api.put<PartnershipDeadlineDto>(`${deadlinesPath(partnershipId)}/${year}/${enc(stepCode)}/met`, { met, note: note ?? null, version }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...CYCLE_KEY, 'partnership', partnershipId] });
      void queryClient.invalidateQueries({ queryKey: [...CYCLE_KEY, 'due'] });
      void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
    },
  });
}

/** The .ics download: a plain link, so the browser saves it with the session cookie. */
export const partnershipIcsUrl = (partnershipId: string) => `${deadlinesPath(partnershipId)}.ics`;

const FEED_KEY = [...CYCLE_KEY, 'feed'] as const;

export function useCalendarFeed() {
  return useQuery({
    queryKey: FEED_KEY,
    queryFn: ({ signal }) => api.get<CalendarFeedDto>('/api/me/calendar-feed', undefined, signal),
  });
}

/** Creates the private feed, or replaces it (the old address stops working); the answer holds the URL. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CalendarFeedDto>('/api/me/calendar-feed'),
    onSuccess: (feed) => queryClient.setQueryData(FEED_KEY, { active: feed.active, createdAt: feed.createdAt }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/me/calendar-feed'),
    onSuccess: () => queryClient.setQueryData<CalendarFeedDto>(FEED_KEY, { active: false, createdAt: null }),
  });
}

export const YEAR_EVENTS_PAGE_SIZE = 50;

/** The events of a year, for the calendar page (the events pages have the full list). */
export function useYearEvents(year: number) {
  return useQuery({
    queryKey: ['events', 'calendar', year],
    queryFn: ({ signal }) => api.get<Page<EventSummaryDto>>('/api/events', { year, pageSize: YEAR_EVENTS_PAGE_SIZE }, signal),
    retry: false,
  });
}
