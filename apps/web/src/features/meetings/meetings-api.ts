import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { DEFAULT_PAGE_SIZE, type Page } from '@mic/domain';
import { api } from '../../api/client';

/** The decisions an annual meeting takes (as the server's contract lists them). */
export const MEETING_DECISION_KINDS = ['approve_work_plan', 'approve_budget', 'agree_amendment', 'other'] as const;
export type MeetingDecisionKind = (typeof MEETING_DECISION_KINDS)[number];

export interface MeetingInput {
  meetingDate: string;
  place: string;
  participants: { name: string; organisation: string }[];
  progressReviewed: string;
  decisions: { kind: MeetingDecisionKind; text: string }[];
  minutesDocumentId: string | null;
}

export interface MeetingDto extends MeetingInput {
  id: string;
  partnershipId: string;
  minutes: { id: string; fileName: string; url: string } | null;
  version: number;
  createdByName: string | null;
  createdAt: string;
  updatedAt: string;
  can: { edit: boolean; delete: boolean };
}

export type MeetingPage = Page<MeetingDto> & { can: { record: boolean } };

/** Query keys: everything about meetings starts with 'meetings'. */
export const MEETINGS_KEY = ['meetings'] as const;
const enc = encodeURIComponent;
const base = (partnershipId: string) => `/api/partnerships/${enc(partnershipId)}/meetings`;

export function useMeetings(partnershipId: string, page = 1, pageSize = DEFAULT_PAGE_SIZE) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'list', partnershipId, page, pageSize],
    queryFn: ({ signal }) => api.get<MeetingPage>(base(partnershipId), { page, pageSize }, signal),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(partnershipId: string, meetingId: string) {
  return useQuery({
    queryKey: [...MEETINGS_KEY, 'one', partnershipId, meetingId],
    queryFn: ({ signal }) => api.get<MeetingDto>(`${base(partnershipId)}/${enc(meetingId)}`, undefined, signal),
  });
}

function useAfterMeetingChange(partnershipId: string) {
  const queryClient = useQueryClient();
  return (saved?: MeetingDto) => {
    if (saved) queryClient.setQueryData([...MEETINGS_KEY, 'one', partnershipId, saved.id], saved);
    void queryClient.invalidateQueries({ queryKey: [...MEETINGS_KEY, 'list', partnershipId] });
    void queryClient.invalidateQueries({ queryKey: ['partnerships', 'history', partnershipId] });
  };
}

export function useCreateMeeting(partnershipId: string) {
  const after = useAfterMeetingChange(partnershipId);
  return useMutation({ mutationFn: (body: MeetingInput) => api.post<MeetingDto>(base(partnershipId), body), onSuccess: after });
}

export function useUpdateMeeting(partnershipId: string, meetingId: string) {
  const after = useAfterMeetingChange(partnershipId);
  return useMutation({
    mutationFn: (body: MeetingInput & { version: number }) => api.put<MeetingDto>(`${base(partnershipId)}/${enc(meetingId)}`, body),
    onSuccess: after,
  });
}

export function useDeleteMeeting(partnershipId: string, meetingId: string) {
  const queryClient = useQueryClient();
  const after = useAfterMeetingChange(partnershipId);
  return useMutation({
    mutationFn: () => api.delete(`${base(partnershipId)}/${enc(meetingId)}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: [...MEETINGS_KEY, 'one', partnershipId, meetingId] });
      after();
    },
  });
}
