import { randomUUID } from 'node:crypto';
import {
  DomainError,
  checkParent,
  checkResultFields,
  descendantsOf,
  placeAt,
  type Actor,
  type ResultLevel,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { results } from '../../db/schema';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import * as indicatorsRepo from '../indicators/indicators.repository';
import type { ResultCreateBody, ResultMoveBody, ResultPatchBody } from './results.contract';
import { checkVersion, lockOpen } from './results.guard';
import { mayEditResults } from './results.policy';
import { resultSnapshot } from './results.present';
import * as repo from './results.repository';

const parentInvalid = () => new DomainError('RESULT_PARENT_INVALID', { violations: [{ code: 'RESULT_PARENT_INVALID', field: 'parentId' }] });

async function parentOf(tx: Executor, partnershipId: string, parentId: string | null) {
  if (parentId === null) return null;
  const parent = isUuid(parentId) ? await repo.findResult(tx, partnershipId, parentId) : null;
  if (!parent) throw parentInvalid();
  return parent;
}

async function lockResult(tx: Executor, partnershipId: string, resultId: string) {
  const row = isUuid(resultId) ? await repo.findResult(tx, partnershipId, resultId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** Adds a result under its parent (at `position`, else last) and records it; returns its id. */
export async function createResult(db: Db, actor: Actor, partnershipId: string, body: ResultCreateBody): Promise<string> {
  return db.transaction(async (tx) => {
    const facts = await lockOpen(tx, actor, partnershipId, mayEditResults);
    const values = {
      statement: body.statement,
      owner: body.owner,
      purpose: body.purpose || null,
      justification: body.justification,
      startDate: body.startDate ?? null,
      endDate: body.endDate ?? null,
    };
    const parent = await parentOf(tx, partnershipId, body.parentId);
    DomainError.throwIfAny([...checkParent(body.level, parent && { level: parent.level as ResultLevel }), ...checkResultFields(values, facts)]);
    if (body.level === 'impact' && (await repo.findImpact(tx, partnershipId))) throw new DomainError('IMPACT_EXISTS');

    const id = randomUUID();
    const order = placeAt(await repo.siblingIds(tx, partnershipId, body.parentId), id, body.position ?? Number.MAX_SAFE_INTEGER);
    const row = await repo.insertResult(tx, { id, partnershipId, parentId: body.parentId, level: body.level, position: order.indexOf(id), ...values });
    await repo.renumber(tx, results, order);
    await recordChange(tx, actor, { action: 'result.created', entityType: 'result', entityId: id, partnershipId, before: null, after: resultSnapshot(row) });
    return id;
  });
}

/** Changes a result's fields on the version they were made on; nothing given that differs changes nothing. */
export async function updateResult(db: Db, actor: Actor, partnershipId: string, resultId: string, patch: ResultPatchBody): Promise<void> {
  await db.transaction(async (tx) => {
    const facts = await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockResult(tx, partnershipId, resultId);
    checkVersion(before.version, patch.version);
    const values = {
      statement: patch.statement ?? before.statement,
      owner: patch.owner ?? before.owner,
      purpose: patch.purpose === undefined ? before.purpose : patch.purpose || null,
      justification: patch.justification === undefined ? before.justification : patch.justification,
      startDate: patch.startDate === undefined ? before.startDate : patch.startDate,
      endDate: patch.endDate === undefined ? before.endDate : patch.endDate,
    };
    if (JSON.stringify(resultSnapshot({ ...before, ...values })) === JSON.stringify(resultSnapshot(before))) return;
    DomainError.throwIfAny(checkResultFields(values, facts));
    const after = await repo.updateResult(tx, resultId, { ...values, version: before.version + 1 });
    await recordChange(tx, actor, { action: 'result.updated', entityType: 'result', entityId: resultId, partnershipId, before: resultSnapshot(before), after: resultSnapshot(after) });
  });
}

/**
 * Reorders a result among its siblings, or moves it under another parent of the right level; the
 * siblings on both sides are renumbered 0…n−1.
 */
export async function moveResult(db: Db, actor: Actor, partnershipId: string, resultId: string, body: ResultMoveBody): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayEditResults);
    const before = await lockResult(tx, partnershipId, resultId);
    checkVersion(before.version, body.version);
    const parent = await parentOf(tx, partnershipId, body.parentId);
    DomainError.throwIfAny(checkParent(before.level as ResultLevel, parent && { level: parent.level as ResultLevel }));

    const sameParent = before.parentId === body.parentId;
    if (!sameParent) {
      const left = (await repo.siblingIds(tx, partnershipId, before.parentId)).filter((id) => id !== resultId);
      await repo.renumber(tx, results, left);
    }
    const order = placeAt(await repo.siblingIds(tx, partnershipId, body.parentId), resultId, body.position);
    if (sameParent && order.indexOf(resultId) === before.position) return;
    await repo.updateResult(tx, resultId, { parentId: body.parentId, position: order.indexOf(resultId), version: before.version + 1 });
    await repo.renumber(tx, results, order);
    await recordChange(tx, actor, {
      action: 'result.moved',
      entityType: 'result',
      entityId: resultId,
      partnershipId,
      before: { parentId: before.parentId, position: before.position },
      after: { parentId: body.parentId, position: order.indexOf(resultId) },
    });
  });
}

/**
 * Deletes a result with everything under it. When that is more than the result itself (sub-results,
 * indicators, values) it needs `confirm`, else 409 RESULT_HAS_DATA with the counts. The audit entry
 * keeps everything removed.
 */
export async function deleteResult(db: Db, actor: Actor, partnershipId: string, resultId: string, confirm: boolean, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    await lockOpen(tx, actor, partnershipId, mayEditResults);
    const row = await lockResult(tx, partnershipId, resultId);
    checkVersion(row.version, version);
    const under = descendantsOf(
      (await repo.listResults(tx, partnershipId)).map((r) => ({ ...r, level: r.level as ResultLevel })),
      resultId,
    );
    const ids = [resultId, ...under.map((r) => r.id)];
    const counts = await repo.dataUnder(tx, ids);
    if ((under.length > 0 || counts.indicators > 0 || counts.values > 0) && !confirm) {
      throw new DomainError('RESULT_HAS_DATA', { params: { results: under.length, indicators: counts.indicators, values: counts.values } });
    }
    const inds = await indicatorsRepo.indicatorsOfResults(tx, ids);
    const vals = await indicatorsRepo.valuesOf(tx, inds.map((i) => i.id));
    await repo.deleteResult(tx, resultId);
    await repo.renumber(tx, results, (await repo.siblingIds(tx, partnershipId, row.parentId)).filter((id) => id !== resultId));
    await recordChange(tx, actor, {
      action: 'result.deleted',
      entityType: 'result',
      entityId: resultId,
      partnershipId,
      before: {
        ...resultSnapshot(row),
        results: under.map((r) => ({ id: r.id, ...resultSnapshot(r) })),
        indicators: inds.map((i) => ({ id: i.id, resultId: i.resultId, name: i.name, baselineValue: i.baselineValue, endTarget: i.endTarget })),
        values: vals.map((v) => ({ id: v.id, indicatorId: v.indicatorId, year: v.year, value: v.value, status: v.status })),
      },
      after: null,
    });
  });
}
