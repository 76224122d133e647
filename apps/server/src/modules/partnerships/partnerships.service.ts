import {
  DomainError,
  canTransition,
  checkPartnership,
  defaultEndYear,
  type Actor,
  type PartnershipStatus,
  type ProgrammeConfig,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import * as municipalitiesRepo from '../municipalities/municipalities.repository';
import { currentProgrammeId, lockedConfig } from '../programme/programme.service';
import type { PartnershipCreateBody, PartnershipPatchBody } from './partnerships.contract';
import { mayChangeStatus, mayWrite } from './partnerships.policy';
import { snapshot } from './partnerships.present';
import * as repo from './partnerships.repository';
import { staleVersion } from '../../lib/version-conflict';

/** Purposes once each, in the order given. */
const distinct = (values: string[]) => [...new Set(values)];

/**
 * Runs the programme's rules (checkPartnership) on the values, with the two municipalities read
 * (and share-locked) in the same transaction; throws 422 with each broken rule's code and field.
 */
async function enforceRules(tx: Executor, config: ProgrammeConfig, values: repo.PartnershipValues) {
  const ids = [values.homeMunicipalityId, values.partnerMunicipalityId].filter(isUuid);
  const found = await municipalitiesRepo.findMunicipalities(tx, [...new Set(ids)], 'share');
  const facts = (id: string) => {
    const m = found.find((x) => x.id === id);
    return m ? { id: m.id, country: m.country } : null;
  };
  DomainError.throwIfAny(
    checkPartnership({ ...values, homeMunicipality: facts(values.homeMunicipalityId), partnerMunicipality: facts(values.partnerMunicipalityId) }, config),
  );
}

/** Creates a draft partnership and its audit entry in one transaction; returns its id. */
export async function createPartnership(db: Db, actor: Actor, body: PartnershipCreateBody): Promise<string> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    const config = await lockedConfig(tx, programmeId);
    const values: repo.PartnershipValues = {
      title: body.title,
      homeMunicipalityId: body.homeMunicipalityId,
      partnerMunicipalityId: body.partnerMunicipalityId,
      fundingSource: body.fundingSource,
      startYear: body.startYear,
      endYear: body.endYear ?? defaultEndYear(body.startYear, config.projectYears),
      workingLanguage: body.workingLanguage,
      purposes: distinct(body.purposes),
    };
    await enforceRules(tx, config, values);
    const row = await repo.insertPartnership(tx, { ...values, programmeId });
    await recordChange(tx, actor, {
      action: 'partnership.created',
      entityType: 'partnership',
      entityId: row.id,
      partnershipId: row.id,
      before: null,
      after: snapshot(row),
    });
    return row.id;
  });
}


/** Reads and locks the row, or 404; the caller's right to write is checked against it. */
async function lockForWrite(tx: Executor, actor: Actor, id: string) {
  const row = isUuid(id) ? await repo.lockPartnership(tx, id) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  if (!mayWrite(actor, id)) throw new DomainError('FORBIDDEN');
  return row;
}

/**
 * Applies the fields given, on the version they were made on (409 CONFLICT when someone changed it
 * since). An absent endYear stays as it is; `endYear: null` takes the default for the start year.
 */
export async function updatePartnership(db: Db, actor: Actor, id: string, patch: PartnershipPatchBody): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockForWrite(tx, actor, id);
    if (before.version !== patch.version) throw staleVersion(before.version);
    if (before.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
    const config = await lockedConfig(tx, before.programmeId);
    const startYear = patch.startYear ?? before.startYear;
    const values: repo.PartnershipValues = {
      title: patch.title ?? before.title,
      homeMunicipalityId: patch.homeMunicipalityId ?? before.homeMunicipalityId,
      partnerMunicipalityId: patch.partnerMunicipalityId ?? before.partnerMunicipalityId,
      fundingSource: patch.fundingSource ?? before.fundingSource,
      startYear,
      endYear: patch.endYear === null ? defaultEndYear(startYear, config.projectYears) : (patch.endYear ?? before.endYear),
      workingLanguage: patch.workingLanguage ?? before.workingLanguage,
      purposes: patch.purposes ? distinct(patch.purposes) : before.purposes,
    };
    if (JSON.stringify(snapshot({ ...before, ...values })) === JSON.stringify(snapshot(before))) return;
    await enforceRules(tx, config, values);
    const after = await repo.updatePartnership(tx, id, { ...values, version: before.version + 1 });
    await recordChange(tx, actor, {
      action: 'partnership.updated',
      entityType: 'partnership',
      entityId: id,
      partnershipId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
  });
}

/**
 * Moves the partnership along its state machine. The transition and the actor's right to make it
 * are checked on the row locked inside the write transaction, not on what was read before.
 * Asking for the status it already has changes nothing.
 */
export async function changeStatus(db: Db, actor: Actor, id: string, to: PartnershipStatus, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await lockForWrite(tx, actor, id);
    if (version !== undefined && before.version !== version) throw staleVersion(before.version);
    const from = before.status as PartnershipStatus;
    if (from === to) return;
    if (!canTransition(from, to)) {
      const params = { from, to };
      throw new DomainError('STATUS_TRANSITION_INVALID', { params, violations: [{ code: 'STATUS_TRANSITION_INVALID', field: 'status', params }] });
    }
    if (!mayChangeStatus(actor, id, from, to)) throw new DomainError('FORBIDDEN');
    const after = await repo.updatePartnership(tx, id, { status: to, version: before.version + 1 });
    await recordChange(tx, actor, {
      action: 'partnership.status_changed',
      entityType: 'partnership',
      entityId: id,
      partnershipId: id,
      before: snapshot(before),
      after: snapshot(after),
    });
  });
}
