import { DomainError, checkRegister, type Actor, type RiskSettingsDto, type Violation } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { RegisterStateBody, RiskCreateBody, RiskPatchBody, RiskReviewBody } from './risks.contract';
import { mayWriteRisks } from './risks.policy';
import { factsOf, snapshot } from './risks.present';
import * as repo from './risks.repository';
import { resultOfPartnership } from './risks.results';
import { settingsOf } from './risks-settings.service';
import { checkVersion, staleVersion } from '../../lib/version-conflict';

/** Today as an ISO date (UTC): what "in the future" and "overdue" are measured against. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

interface WriteScope {
  partnershipId: string;
  register: repo.RiskRegisterRow;
  settings: RiskSettingsDto;
}

/**
 * Opens a change to a partnership's risks: the partnership must exist (404), the actor must keep its
 * register (403) and it must not be closed (409). Share-locks the partnership and locks its
 * register row, so changes to one register happen one after another.
 */
async function openForWrite(tx: Executor, actor: Actor, partnershipId: string): Promise<WriteScope> {
  const p = isUuid(partnershipId) ? await repo.partnershipForRisks(tx, partnershipId, true) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  if (!mayWriteRisks(actor, partnershipId)) throw new DomainError('FORBIDDEN');
  if (p.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
  const register = await repo.lockRegister(tx, partnershipId);
  return { partnershipId, register, settings: await settingsOf(tx, p.programmeId) };
}

async function lockRiskIn(tx: Executor, scope: WriteScope, riskId: string) {
  const row = isUuid(riskId) ? await repo.lockRisk(tx, scope.partnershipId, riskId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  return row;
}

/** A register saved as complete goes back to draft when a change breaks the high-risk rule. */
async function reconcileRegister(tx: Executor, actor: Actor, scope: WriteScope) {
  if (scope.register.state !== 'complete') return;
  const violations = checkRegister((await repo.allRisks(tx, scope.partnershipId)).map(factsOf), scope.settings.thresholds);
  if (violations.length === 0) return;
  await repo.updateRegister(tx, scope.partnershipId, { state: 'draft', completedAt: null, completedById: null, completedByName: null, version: scope.register.version + 1 });
  await recordChange(tx, actor, {
    action: 'risk_register.reopened',
    entityType: 'risk_register',
    entityId: scope.partnershipId,
    partnershipId: scope.partnershipId,
    before: { state: 'complete' },
    after: { state: 'draft', because: violations.map((v) => v.field) },
  });
}

/** Dates that may not lie ahead, and a result that must be this partnership's. */
async function checkFields(tx: Executor, partnershipId: string, values: { identifiedOn?: string; toleranceAcceptedOn?: string | null; resultId?: string | null }) {
  const today = todayIso();
  const v: Violation[] = [];
  if (values.identifiedOn && values.identifiedOn > today) v.push({ code: 'RISK_DATE_IN_FUTURE', field: 'identifiedOn' });
  if (values.toleranceAcceptedOn && values.toleranceAcceptedOn > today) v.push({ code: 'RISK_DATE_IN_FUTURE', field: 'tolerance.acceptedOn' });
  if (values.resultId && !(await resultOfPartnership(tx, partnershipId, values.resultId))) v.push({ code: 'RISK_RESULT_NOT_FOUND', field: 'resultId' });
  DomainError.throwIfAny(v);
}

function toleranceColumns(tolerance: RiskCreateBody['tolerance']) {
  return {
    toleranceJustification: tolerance?.justification ?? null,
    toleranceAcceptedBy: tolerance?.acceptedBy ?? null,
    toleranceAcceptedOn: tolerance?.acceptedOn ?? null,
  };
}

/** Adds a risk (its current rating is its initial analysis until reviewed); returns its id. */
export async function createRisk(db: Db, actor: Actor, partnershipId: string, body: RiskCreateBody): Promise<string> {
  return db.transaction(async (tx) => {
    const scope = await openForWrite(tx, actor, partnershipId);
    const values = {
      partnershipId,
      resultId: body.resultId ?? null,
      description: body.description,
      category: body.category,
      origin: body.origin,
      owner: body.owner,
      status: body.status ?? 'open',
      identifiedOn: body.identifiedOn,
      probability: body.probability,
      consequence: body.consequence,
      currentProbability: body.probability,
      currentConsequence: body.consequence,
      responseType: body.response?.type ?? null,
      measures: body.response?.measures ?? [],
      ...toleranceColumns(body.tolerance),
    };
    await checkFields(tx, partnershipId, values);
    const row = await repo.insertRisk(tx, values);
    await recordChange(tx, actor, { action: 'risk.created', entityType: 'risk', entityId: row.id, partnershipId, before: null, after: snapshot(row) });
    await reconcileRegister(tx, actor, scope);
    return row.id;
  });
}

/** Changes the fields given, on the version they were made on (409 CONFLICT when stale). */
export async function updateRisk(db: Db, actor: Actor, partnershipId: string, riskId: string, patch: RiskPatchBody): Promise<void> {
  await db.transaction(async (tx) => {
    const scope = await openForWrite(tx, actor, partnershipId);
    const before = await lockRiskIn(tx, scope, riskId);
    if (before.version !== patch.version) throw staleVersion(before.version);
    const probability = patch.probability ?? before.probability;
    const consequence = patch.consequence ?? before.consequence;
    const reviewed = before.lastReviewedOn !== null;
    const next = {
      ...before,
      resultId: patch.resultId === undefined ? before.resultId : patch.resultId,
      description: patch.description ?? before.description,
      category: patch.category ?? before.category,
      origin: patch.origin ?? before.origin,
      owner: patch.owner ?? before.owner,
      status: patch.status ?? before.status,
      identifiedOn: patch.identifiedOn ?? before.identifiedOn,
      probability,
      consequence,
      // Until the first review, the current rating is the initial analysis.
      currentProbability: reviewed ? before.currentProbability : probability,
      currentConsequence: reviewed ? before.currentConsequence : consequence,
      responseType: patch.response ? patch.response.type : before.responseType,
      measures: patch.response ? patch.response.measures : before.measures,
      ...(patch.tolerance === undefined ? {} : toleranceColumns(patch.tolerance)),
    };
    if (JSON.stringify(snapshot(next)) === JSON.stringify(snapshot(before))) return;
    await checkFields(tx, partnershipId, {
      identifiedOn: patch.identifiedOn,
      toleranceAcceptedOn: patch.tolerance?.acceptedOn,
      resultId: patch.resultId,
    });
    if (patch.identifiedOn) {
      const first = await repo.earliestReviewOn(tx, riskId);
      if (first && first < patch.identifiedOn) DomainError.throwIfAny([{ code: 'RISK_REVIEW_DATE_INVALID', field: 'identifiedOn' }]);
    }
    const { id: _id, partnershipId: _p, createdAt: _c, updatedAt: _u, ...values } = next;
    const after = await repo.updateRisk(tx, riskId, { ...values, version: before.version + 1 });
    await recordChange(tx, actor, { action: 'risk.updated', entityType: 'risk', entityId: riskId, partnershipId, before: snapshot(before), after: snapshot(after) });
    await reconcileRegister(tx, actor, scope);
  });
}

/** Removes a risk and its reviews; with `version`, only while the risk is still at it (409 otherwise). */
export async function deleteRisk(db: Db, actor: Actor, partnershipId: string, riskId: string, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const scope = await openForWrite(tx, actor, partnershipId);
    const before = await lockRiskIn(tx, scope, riskId);
    checkVersion(before.version, version);
    await repo.deleteRisk(tx, riskId);
    await recordChange(tx, actor, { action: 'risk.deleted', entityType: 'risk', entityId: riskId, partnershipId, before: snapshot(before), after: null });
  });
}

/**
 * Records a review. When it is the newest (by date; the later entry on the same day), its scores
 * become the risk's current rating.
 */
export async function addReview(db: Db, actor: Actor, partnershipId: string, riskId: string, body: RiskReviewBody): Promise<void> {
  await db.transaction(async (tx) => {
    const scope = await openForWrite(tx, actor, partnershipId);
    const before = await lockRiskIn(tx, scope, riskId);
    if (body.reviewedOn < before.identifiedOn || body.reviewedOn > todayIso()) {
      DomainError.throwIfAny([{ code: 'RISK_REVIEW_DATE_INVALID', field: 'reviewedOn' }]);
    }
    const review = await repo.insertReview(tx, {
      riskId,
      reviewedOn: body.reviewedOn,
      probability: body.probability,
      consequence: body.consequence,
      assumptionStatus: body.assumptionStatus,
      correctiveAction: body.correctiveAction,
      reviewerId: actor.userId,
      reviewerName: actor.name,
    });
    const newest = before.lastReviewedOn === null || body.reviewedOn >= before.lastReviewedOn;
    const after = await repo.updateRisk(tx, riskId, {
      ...(newest ? { currentProbability: body.probability, currentConsequence: body.consequence, lastReviewedOn: body.reviewedOn } : {}),
      version: before.version + 1,
    });
    await recordChange(tx, actor, {
      action: 'risk.reviewed',
      entityType: 'risk',
      entityId: riskId,
      partnershipId,
      before: { current: { probability: before.currentProbability, consequence: before.currentConsequence }, lastReviewedOn: before.lastReviewedOn },
      after: {
        review: { id: review.id, reviewedOn: review.reviewedOn, probability: review.probability, consequence: review.consequence, assumptionStatus: review.assumptionStatus, correctiveAction: review.correctiveAction },
        current: { probability: after.currentProbability, consequence: after.currentConsequence },
        lastReviewedOn: after.lastReviewedOn,
      },
    });
    await reconcileRegister(tx, actor, scope);
  });
}

/**
 * Saves the register as complete (refused with RISK_TOLERANCE_MISSING, one violation per risk, while
 * an open high risk has neither a reducing response nor a documented tolerance) or back as draft.
 */
export async function setRegisterState(db: Db, actor: Actor, partnershipId: string, body: RegisterStateBody): Promise<void> {
  await db.transaction(async (tx) => {
    const scope = await openForWrite(tx, actor, partnershipId);
    if (scope.register.version !== body.version) throw staleVersion(scope.register.version);
    if (scope.register.state === body.state) return;
    if (body.state === 'complete') {
      const violations = checkRegister((await repo.allRisks(tx, partnershipId)).map(factsOf), scope.settings.thresholds);
      DomainError.throwIfAny(violations);
    }
    const complete = body.state === 'complete';
    await repo.updateRegister(tx, partnershipId, {
      state: body.state,
      completedAt: complete ? new Date() : null,
      completedById: complete ? actor.userId : null,
      completedByName: complete ? actor.name : null,
      version: scope.register.version + 1,
    });
    await recordChange(tx, actor, {
      action: complete ? 'risk_register.completed' : 'risk_register.reopened',
      entityType: 'risk_register',
      entityId: partnershipId,
      partnershipId,
      before: { state: scope.register.state },
      after: { state: body.state },
    });
  });
}
