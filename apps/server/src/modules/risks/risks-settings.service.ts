import { DEFAULT_RISK_SETTINGS, DomainError, bandRanges, checkRiskSettings, type Actor, type RiskSettingsDto } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { currentProgrammeId } from '../programme/programme.service';
import type { RiskSettingsBody } from './risks.contract';
import * as repo from './risks-settings.repository';
import { staleVersion } from '../../lib/version-conflict';

const defaultRow = {
  probabilityLabels: DEFAULT_RISK_SETTINGS.probabilityLabels,
  consequenceLabels: DEFAULT_RISK_SETTINGS.consequenceLabels,
  mediumFrom: DEFAULT_RISK_SETTINGS.thresholds.mediumFrom,
  highFrom: DEFAULT_RISK_SETTINGS.thresholds.highFrom,
  reviewIntervalMonths: DEFAULT_RISK_SETTINGS.reviewIntervalMonths,
};

function present(row: repo.RiskSettingsRow | null): RiskSettingsDto {
  const r = row ?? { ...defaultRow, version: 1, updatedAt: new Date(0) };
  const thresholds = { mediumFrom: r.mediumFrom, highFrom: r.highFrom };
  return {
    probabilityLabels: r.probabilityLabels,
    consequenceLabels: r.consequenceLabels,
    thresholds,
    bands: bandRanges(thresholds),
    reviewIntervalMonths: r.reviewIntervalMonths,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The programme's risk settings: the saved ones, else the defaults (version 1). */
export async function settingsOf(db: Executor, programmeId: string): Promise<RiskSettingsDto> {
  return present(await repo.findSettings(db, programmeId));
}

export async function getRiskSettings(db: Executor): Promise<RiskSettingsDto> {
  return settingsOf(db, await currentProgrammeId(db));
}

/** Inside a write: the settings, locked against change until the transaction ends. */
export async function lockedSettingsOf(tx: Executor, programmeId: string): Promise<RiskSettingsDto> {
  return present(await repo.lockSettings(tx, programmeId, defaultRow));
}

function snapshot(s: RiskSettingsDto) {
  const { bands: _bands, updatedAt: _updatedAt, ...rest } = s;
  return rest;
}

/** Replaces the settings (administrator), on the version they were read at. */
export async function updateRiskSettings(db: Db, actor: Actor, body: RiskSettingsBody): Promise<RiskSettingsDto> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    const before = await lockedSettingsOf(tx, programmeId);
    if (before.version !== body.version) throw staleVersion(before.version);
    DomainError.throwIfAny(checkRiskSettings(body));
    const byValue = (labels: RiskSettingsBody['probabilityLabels']) =>
      [...labels].sort((a, b) => a.value - b.value).map((l) => ({ value: l.value, label: { en: l.label.en!, nb: l.label.nb!, es: l.label.es! } }));
    const row = await repo.updateSettings(tx, programmeId, {
      probabilityLabels: byValue(body.probabilityLabels),
      consequenceLabels: byValue(body.consequenceLabels),
      mediumFrom: body.thresholds.mediumFrom,
      highFrom: body.thresholds.highFrom,
      reviewIntervalMonths: body.reviewIntervalMonths,
      version: before.version + 1,
    });
    const after = present(row);
    await recordChange(tx, actor, {
      action: 'risk_settings.updated',
      entityType: 'risk_settings',
      entityId: programmeId,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
