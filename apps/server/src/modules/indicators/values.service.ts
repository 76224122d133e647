import {
  DomainError,
  checkValue,
  nextValueStatus,
  statusAfterEdit,
  yearInPeriod,
  type Actor,
  type IndicatorFacts,
  type ResultOwner,
  type ValueAction,
  type ValueStatus,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { checkVersion, lockOpen, stale } from '../results/results.guard';
import { mayApproveValuesOf, mayEditResults } from '../results/results.policy';
import * as resultsRepo from '../results/results.repository';
import type { ValueActionBody, ValueBody } from './indicators.contract';
import * as repo from './indicators.repository';
import { lockIndicator } from './indicators.service';

/** What the audit log keeps of an actual value. */
function snapshot(v: repo.ValueRow) {
  return { indicatorId: v.indicatorId, year: v.year, value: v.value, comment: v.comment, status: v.status, returnComment: v.returnComment, version: v.version };
}

const ACTION_NAMES: Record<ValueAction, string> = { submit: 'submitted', approve: 'approved', return: 'returned' };

/** Opens a change to one indicator's value of one year: the partnership open, the indicator here, the year in the period. */
async function open(tx: Executor, actor: Actor, partnershipId: string, indicatorId: string, year: number) {
  const facts = await lockOpen(tx, actor, partnershipId);
  const indicator = await lockIndicator(tx, partnershipId, indicatorId);
  if (!yearInPeriod(year, facts)) {
    const params = { year, startYear: facts.startYear, endYear: facts.endYear };
    throw new DomainError('YEAR_OUTSIDE_PERIOD', { params, violations: [{ code: 'YEAR_OUTSIDE_PERIOD', field: 'year', params }] });
  }
  const result = await resultsRepo.findResult(tx, partnershipId, indicator.resultId);
  const owner = (result?.owner ?? 'both') as ResultOwner;
  return { indicator, owner, existing: await repo.findValue(tx, indicatorId, year) };
}

const who = (actor: Actor) => ({ id: actor.userId, name: actor.name });

/**
 * Enters the value of a year (new: a draft) or edits it. A value that is not approved is edited by the
 * framework's editors and goes back to draft. An approved one is locked: only someone who may approve
 * it changes it, with a reason (kept in the audit log), and it stays approved in their name.
 * Answers whether the value is new.
 */
export async function putValue(db: Db, actor: Actor, partnershipId: string, indicatorId: string, year: number, body: ValueBody) {
  return db.transaction(async (tx) => {
    const { indicator, owner, existing } = await open(tx, actor, partnershipId, indicatorId, year);
    DomainError.throwIfAny(checkValue(indicator as IndicatorFacts, body.value, 'value'));
    const now = new Date();
    const me = who(actor);

    if (!existing) {
      if (body.version !== undefined) throw stale(0);
      if (!mayEditResults(actor, partnershipId)) throw new DomainError('FORBIDDEN');
      const row = await repo.insertValue(tx, {
        indicatorId,
        partnershipId,
        year,
        value: body.value,
        comment: body.comment,
        status: 'draft',
        enteredBy: me.id,
        enteredByName: me.name,
        enteredAt: now,
      });
      await recordChange(tx, actor, { action: 'indicator_value.entered', entityType: 'indicator_value', entityId: row.id, partnershipId, before: null, after: snapshot(row) });
      return { id: row.id, created: true };
    }

    if (body.version === undefined) throw stale(existing.version);
    checkVersion(existing.version, body.version);
    const unchanged = existing.value === body.value && existing.comment === body.comment;

    if (existing.status === 'approved') {
      if (!mayApproveValuesOf(actor, partnershipId, owner)) throw new DomainError('FORBIDDEN');
      if (unchanged) return { id: existing.id, created: false };
      if (!body.reason) throw new DomainError('VALUE_LOCKED', { violations: [{ code: 'VALUE_LOCKED', field: 'reason' }] });
      const after = await repo.updateValue(tx, existing.id, {
        value: body.value,
        comment: body.comment,
        approvedBy: me.id,
        approvedByName: me.name,
        approvedAt: now,
        version: existing.version + 1,
      });
      await recordChange(tx, actor, {
        action: 'indicator_value.changed_after_approval',
        entityType: 'indicator_value',
        entityId: existing.id,
        partnershipId,
        before: snapshot(existing),
        after: { ...snapshot(after), reason: body.reason },
      });
      return { id: existing.id, created: false };
    }

    if (!mayEditResults(actor, partnershipId)) throw new DomainError('FORBIDDEN');
    if (unchanged) return { id: existing.id, created: false };
    const after = await repo.updateValue(tx, existing.id, {
      value: body.value,
      comment: body.comment,
      status: statusAfterEdit(existing.status as ValueStatus),
      enteredBy: me.id,
      enteredByName: me.name,
      enteredAt: now,
      version: existing.version + 1,
    });
    await recordChange(tx, actor, { action: 'indicator_value.updated', entityType: 'indicator_value', entityId: existing.id, partnershipId, before: snapshot(existing), after: snapshot(after) });
    return { id: existing.id, created: false };
  });
}

/** Deletes the value of a year that is not approved (an approved one is locked: 409 VALUE_LOCKED). */
export async function deleteValue(db: Db, actor: Actor, partnershipId: string, indicatorId: string, year: number, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { existing } = await open(tx, actor, partnershipId, indicatorId, year);
    if (!mayEditResults(actor, partnershipId)) throw new DomainError('FORBIDDEN');
    if (!existing) throw new DomainError('NOT_FOUND');
    checkVersion(existing.version, version);
    if (existing.status === 'approved') throw new DomainError('VALUE_LOCKED');
    await repo.deleteValue(tx, existing.id);
    await recordChange(tx, actor, { action: 'indicator_value.deleted', entityType: 'indicator_value', entityId: existing.id, partnershipId, before: snapshot(existing), after: null });
  });
}

/**
 * Moves a value along its workflow (VALUE_TRANSITIONS). Editors submit; the approvers of the result's
 * side approve or return (with a comment). Approval needs the indicator's baseline (BASELINE_MISSING).
 * Returns the value's id.
 */
export async function actOnValue(db: Db, actor: Actor, partnershipId: string, indicatorId: string, year: number, action: ValueAction, body: ValueActionBody): Promise<string> {
  return db.transaction(async (tx) => {
    const { indicator, owner, existing } = await open(tx, actor, partnershipId, indicatorId, year);
    const allowed = action === 'submit' ? mayEditResults(actor, partnershipId) : mayApproveValuesOf(actor, partnershipId, owner);
    if (!allowed) throw new DomainError('FORBIDDEN');
    if (!existing) throw new DomainError('NOT_FOUND');
    checkVersion(existing.version, body.version);
    const from = existing.status as ValueStatus;
    const to = nextValueStatus(from, action);
    if (!to) {
      const params = { from, to: ACTION_NAMES[action] };
      throw new DomainError('STATUS_TRANSITION_INVALID', { params, violations: [{ code: 'STATUS_TRANSITION_INVALID', field: 'status', params }] });
    }
    if (action === 'approve' && indicator.baselineDate === null) throw new DomainError('BASELINE_MISSING');
    if (action === 'return' && !body.comment) {
      throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'comment' }] });
    }
    const now = new Date();
    const me = who(actor);
    const changes =
      action === 'submit'
        ? { submittedAt: now, returnComment: null }
        : action === 'approve'
          ? { approvedBy: me.id, approvedByName: me.name, approvedAt: now }
          : { returnedBy: me.id, returnedByName: me.name, returnedAt: now, returnComment: body.comment! };
    const after = await repo.updateValue(tx, existing.id, { ...changes, status: to, version: existing.version + 1 });
    await recordChange(tx, actor, {
      action: `indicator_value.${ACTION_NAMES[action]}`,
      entityType: 'indicator_value',
      entityId: existing.id,
      partnershipId,
      before: snapshot(existing),
      after: snapshot(after),
    });
    return existing.id;
  });
}
