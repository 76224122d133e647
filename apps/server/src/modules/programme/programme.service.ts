import {
  DomainError,
  checkProgrammeAgainstUse,
  checkProgrammeConfig,
  type Actor,
  type ProgrammeConfig,
  type ProgrammeDto,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { checkVersion } from '../../lib/version-conflict';
import type { ProgrammeBody } from './programme.contract';
import * as repo from './programme.repository';

/** The id of the programme this installation runs. */
export async function currentProgrammeId(db: Executor): Promise<string> {
  const id = await repo.findProgrammeId(db);
  if (!id) throw new DomainError('NOT_FOUND');
  return id;
}

export async function getProgramme(db: Executor): Promise<ProgrammeDto> {
  const programme = await repo.loadProgramme(db, await currentProgrammeId(db));
  if (!programme) throw new DomainError('NOT_FOUND');
  return programme;
}

/**
 * The programme's configuration as partnership rules read it, inside a write transaction: the row is
 * share-locked, so the configuration cannot change before the transaction ends.
 */
export async function lockedConfig(tx: Executor, programmeId: string): Promise<ProgrammeConfig> {
  await repo.lockProgramme(tx, programmeId, 'share');
  const config = await repo.loadProgramme(tx, programmeId);
  if (!config) throw new DomainError('NOT_FOUND');
  return config;
}

/**
 * Replaces the configuration. Refused (409 CONFLICT) when it would take away a purpose, partner
 * country, funding source or working language an existing partnership uses, or set a limit below
 * what one of them has.
 */
export async function updateProgramme(db: Db, actor: Actor, body: ProgrammeBody): Promise<ProgrammeDto> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    await repo.lockProgramme(tx, programmeId, 'update');
    const before = await repo.loadProgramme(tx, programmeId);
    if (!before) throw new DomainError('NOT_FOUND');
    checkVersion(before.version, body.version);
    const { version: _sent, ...config } = body;
    const next: ProgrammeConfig = { ...config, code: body.code ?? before.code };
    DomainError.throwIfAny(checkProgrammeConfig(next));
    const conflicts = checkProgrammeAgainstUse(next, await repo.programmeUsage(tx, programmeId));
    if (conflicts.length) throw new DomainError('CONFLICT', { violations: conflicts });

    await repo.updateSettings(tx, programmeId, { ...next, version: before.version + 1 });
    await repo.replaceLists(tx, programmeId, next);
    const { id: _id, version: _version, ...beforeConfig } = before;
    await recordChange(tx, actor, { action: 'programme.updated', entityType: 'programme', entityId: programmeId, before: beforeConfig, after: next });
    const after = await repo.loadProgramme(tx, programmeId);
    return after!;
  });
}
