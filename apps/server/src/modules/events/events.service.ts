import { DomainError, type Actor, type Violation } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { canonicalJson } from '../../lib/canonical-json';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import { currentProgrammeId } from '../programme/programme.service';
import type { EventBody, EventUpdateBody } from './events.contract';
import { mayManageEvents } from './events.policy';
import { snapshot } from './events.present';
import * as repo from './events.repository';
import { registrationCount } from './events-registrations.repository';
import { checkEvent } from './events.rules';
import { checkVersion, staleVersion } from '../../lib/version-conflict';


function assertManager(actor: Actor) {
  if (!mayManageEvents(actor)) throw new DomainError('FORBIDDEN');
}

/** The invited partnerships, each once; an unknown one is refused at its place in the list. */
async function checkInvitations(tx: Executor, ids: string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  const found = await repo.existingPartnerships(tx, unique);
  const v: Violation[] = [];
  ids.forEach((id, i) => {
    if (!found.has(id)) v.push({ code: 'VALIDATION_FAILED', field: `invitedPartnershipIds.${i}` });
  });
  DomainError.throwIfAny(v);
  return unique;
}

function columnsOf(body: EventBody) {
  return {
    type: body.type,
    title: body.title,
    description: body.description,
    date: body.date,
    endDate: body.endDate,
    startTime: body.startTime,
    place: body.place,
    onlineUrl: body.onlineUrl,
    materials: body.materials,
    status: body.status,
  };
}

/** Creates an event and its invitations (POST /api/events); returns its id. */
export async function createEvent(db: Db, actor: Actor, body: EventBody): Promise<string> {
  assertManager(actor);
  DomainError.throwIfAny(checkEvent(body));
  return db.transaction(async (tx) => {
    const invited = await checkInvitations(tx, body.invitedPartnershipIds);
    const row = await repo.insertEvent(tx, { programmeId: await currentProgrammeId(tx), ...columnsOf(body), createdBy: actor.userId });
    await repo.replaceInvitations(tx, row.id, invited);
    await recordChange(tx, actor, { action: 'event.created', entityType: 'event', entityId: row.id, before: null, after: snapshot(row, invited) });
    return row.id;
  });
}

/**
 * Replaces the event's fields and invitations, on the version they were made on (409 CONFLICT when
 * stale). Cancelling is setting `status: 'cancelled'` (audited as `event.cancelled`). Registrations
 * stay, also of partnerships no longer invited.
 */
export async function updateEvent(db: Db, actor: Actor, id: string, body: EventUpdateBody): Promise<void> {
  assertManager(actor);
  DomainError.throwIfAny(checkEvent(body));
  await db.transaction(async (tx) => {
    const before = isUuid(id) ? await repo.lockEvent(tx, id, 'update') : null;
    if (!before) throw new DomainError('NOT_FOUND');
    if (before.version !== body.version) throw staleVersion(before.version);
    const invited = await checkInvitations(tx, body.invitedPartnershipIds);
    const was = snapshot(before, await repo.invitationIds(tx, id));
    const next = snapshot({ ...before, ...columnsOf(body) }, invited);
    if (canonicalJson(was) === canonicalJson(next)) return;
    const after = await repo.updateEvent(tx, id, { ...columnsOf(body), version: before.version + 1 });
    await repo.replaceInvitations(tx, id, invited);
    const cancelled = before.status !== 'cancelled' && after.status === 'cancelled';
    await recordChange(tx, actor, { action: cancelled ? 'event.cancelled' : 'event.updated', entityType: 'event', entityId: id, before: was, after: snapshot(after, invited) });
  });
}

/**
 * Deletes an event nobody registered for; with registrations it is kept (409: cancel it instead). With
 * `version`, only while the event is still at that version (409 CONFLICT otherwise).
 */
export async function deleteEvent(db: Db, actor: Actor, id: string, version?: number): Promise<void> {
  assertManager(actor);
  await db.transaction(async (tx) => {
    const before = isUuid(id) ? await repo.lockEvent(tx, id, 'update') : null;
    if (!before) throw new DomainError('NOT_FOUND');
    checkVersion(before.version, version);
    if ((await registrationCount(tx, id)) > 0) {
      throw new DomainError('CONFLICT', { violations: [{ code: 'EVENT_HAS_REGISTRATIONS' }] });
    }
    const invited = await repo.invitationIds(tx, id);
    await repo.deleteEvent(tx, id);
    await recordChange(tx, actor, { action: 'event.deleted', entityType: 'event', entityId: id, before: snapshot(before, invited), after: null });
  });
}
