import type { Actor, EventDetailDto, EventMaterialDto, EventParticipantDto, EventStatus, EventSummaryDto, EventType } from '@mic/domain';
import type { EventDetailRow, EventRow, EventSummaryRow } from './events.repository';
import type { ParticipantRow } from './events-registrations.repository';
import { mayManageEvents, mayRegister, type EventAccessFacts } from './events.policy';
import { registrationOpen } from './events.rules';

export function presentSummary(row: EventSummaryRow): EventSummaryDto {
  return {
    id: row.id,
    type: row.type as EventType,
    title: row.title,
    date: row.date,
    endDate: row.endDate,
    startTime: row.startTime,
    place: row.place,
    onlineUrl: row.onlineUrl,
    status: row.status as EventStatus,
    invitedCount: row.invitedCount,
    registrationCount: row.registrationCount,
    myRegistration: row.myRegisteredAt ? { registeredAt: row.myRegisteredAt.toISOString() } : null,
  };
}

export function presentDetail(actor: Actor, row: EventDetailRow, invited: { id: string; title: string }[], today: string): EventDetailDto {
  const facts: EventAccessFacts = { invitedPartnershipIds: invited.map((p) => p.id), registered: row.myRegisteredAt !== null };
  const manage = mayManageEvents(actor);
  return {
    ...presentSummary(row),
    description: row.description,
    materials: row.materials,
    invitedPartnerships: invited,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: manage, register: mayRegister(actor, facts) && registrationOpen({ status: row.status, date: row.date }, today), seeParticipants: manage },
  };
}

export function presentParticipant(row: ParticipantRow): EventParticipantDto {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    partnership: row.partnershipId ? { id: row.partnershipId, title: row.partnershipTitle ?? '' } : null,
    role: row.role,
    note: row.note,
    registeredAt: row.registeredAt.toISOString(),
  };
}

/** What the audit log keeps of an event: its fields and invitations, without bookkeeping. */
export function snapshot(row: EventRow, invitedPartnershipIds: string[]) {
  return {
    type: row.type,
    title: row.title,
    description: row.description,
    date: row.date,
    endDate: row.endDate,
    startTime: row.startTime,
    place: row.place,
    onlineUrl: row.onlineUrl,
    materials: row.materials as EventMaterialDto[],
    status: row.status,
    invitedPartnershipIds: [...invitedPartnershipIds].sort(),
  };
}
