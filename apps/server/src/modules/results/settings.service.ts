import { DomainError, type Actor, type ResultsSettingsDto, type ResultsSettingsInput } from '@mic/domain';
import { checkVersion } from '../../lib/version-conflict';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { currentProgrammeId } from '../programme/programme.service';
import { lockProgramme } from '../programme/programme.repository';
import * as repo from './settings.repository';

export async function getSettings(db: Executor): Promise<ResultsSettingsDto> {
  return repo.loadSettings(db, await currentProgrammeId(db));
}

/** Saves the settings (audit-logged); the at-risk threshold may not be above the on-track one. */
export async function updateSettings(db: Db, actor: Actor, body: ResultsSettingsInput): Promise<ResultsSettingsDto> {
  if (body.atRiskPercent > body.onTrackPercent) {
    throw new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field: 'atRiskPercent' }] });
  }
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    await lockProgramme(tx, programmeId, 'share');
    const before = await repo.lockSettings(tx, programmeId);
    checkVersion(before.version, body.version);
    const { version: _sent, ...values } = body;
    const after = await repo.saveSettings(tx, programmeId, { ...values, version: before.version + 1 });
    await recordChange(tx, actor, { action: 'results_settings.updated', entityType: 'results_settings', entityId: programmeId, before, after });
    return after;
  });
}
