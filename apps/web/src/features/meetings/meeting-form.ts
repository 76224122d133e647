import type { TFunction } from 'i18next';
import type { MeetingDecisionKind, MeetingDto, MeetingInput } from './meetings-api';

export interface ParticipantValues {
  key: string;
  name: string;
  organisation: string;
}
export interface DecisionValues {
  key: string;
  kind: MeetingDecisionKind | '';
  text: string;
}

/** What the meeting form holds. */
export interface MeetingFormValues {
  meetingDate: string;
  place: string;
  participants: ParticipantValues[];
  progressReviewed: string;
  decisions: DecisionValues[];
  minutesDocumentId: string;
}

export const MEETING_FIELDS = ['meetingDate', 'place', 'participants', 'progressReviewed', 'decisions', 'minutesDocumentId'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];
export const MAX_DECISIONS = 20;

let keySeq = 0;
export const newParticipant = (): ParticipantValues => ({ key: `p-${++keySeq}`, name: '', organisation: '' });
export const newDecision = (): DecisionValues => ({ key: `d-${++keySeq}`, kind: '', text: '' });

export const meetingControlId = (field: string) => `meeting-${field.replace(/\./g, '-')}`;

/** The control the error summary links to: a list's first row, else the field itself. */
export function meetingTarget(field: MeetingField): string {
  if (field === 'participants') return meetingControlId('participants.0.name');
  if (field === 'decisions') return meetingControlId('decisions-list');
  return meetingControlId(field);
}

/** A server error's field path ("participants.2.name") belongs to the list it is in. */
export function meetingFieldOf(path: string): MeetingField | '' {
  const head = path.split('.')[0] as MeetingField;
  return MEETING_FIELDS.includes(head) ? head : '';
}

export function emptyMeeting(): MeetingFormValues {
  return { meetingDate: '', place: '', participants: [newParticipant()], progressReviewed: '', decisions: [], minutesDocumentId: '' };
}

export function valuesOfMeeting(m: MeetingDto): MeetingFormValues {
  return {
    meetingDate: m.meetingDate,
    place: m.place,
    participants: m.participants.map((p) => ({ ...newParticipant(), ...p })),
    progressReviewed: m.progressReviewed,
    decisions: m.decisions.map((d) => ({ ...newDecision(), ...d })),
    minutesDocumentId: m.minutes?.id ?? '',
  };
}

/** The checks the browser can make before sending: required fields and complete rows. */
export function validateMeeting(t: TFunction, v: MeetingFormValues): Partial<Record<MeetingField, string>> {
  const e: Partial<Record<MeetingField, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.meetingDate)) e.meetingDate = t('meetings.form.errors.date');
  if (!v.place.trim()) e.place = t('meetings.form.errors.place');
  const named = v.participants.filter((p) => p.name.trim());
  if (!named.length || named.length !== v.participants.length) e.participants = t('meetings.form.errors.participants');
  if (!v.progressReviewed.trim()) e.progressReviewed = t('meetings.form.errors.progress');
  if (v.decisions.some((d) => !d.kind || !d.text.trim())) e.decisions = t('meetings.form.errors.decisions');
  else if (v.decisions.length > MAX_DECISIONS) e.decisions = t('meetings.form.errors.tooManyDecisions', { max: MAX_DECISIONS });
  return e;
}

export function toMeetingInput(v: MeetingFormValues): MeetingInput {
  return {
    meetingDate: v.meetingDate,
    place: v.place.trim(),
    participants: v.participants.map((p) => ({ name: p.name.trim(), organisation: p.organisation.trim() })),
    progressReviewed: v.progressReviewed.trim(),
    decisions: v.decisions.map((d) => ({ kind: d.kind as MeetingDecisionKind, text: d.text.trim() })),
    minutesDocumentId: v.minutesDocumentId || null,
  };
}
