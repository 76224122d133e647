/** The programme's IATI settings (reporting organisation, DAC sectors per purpose): read by the office, edited by it, audited. */
import { eq } from 'drizzle-orm';
import { DEFAULT_IATI_SETTINGS, DomainError, isProgrammeOffice, type Actor, type IatiSettings } from '@mic/domain';
import type { Executor } from '../../db/client';
import { iatiSettings, purposes } from '../../db/schema';
import { findProgrammeId } from '../programme/programme.repository';
import { recordChange } from '../audit/audit.service';
import { staleVersion } from '../../lib/version-conflict';

export type IatiSettingsDto = IatiSettings & { version: number; can: { edit: boolean } };

export function mayEditIatiSettings(actor: Actor): boolean {
  return isProgrammeOffice(actor);
}

/** Loaded on start for a programme without a row (like the budget rules); later changes are the office's. */
export async function insertIatiSettingsIfMissing(db: Executor, programmeId: string, settings: IatiSettings = DEFAULT_IATI_SETTINGS): Promise<boolean> {
  const inserted = await db.insert(iatiSettings).values({ programmeId, settings }).onConflictDoNothing().returning({ programmeId: iatiSettings.programmeId });
  return inserted.length > 0;
}

async function findRow(db: Executor, programmeId: string, lock = false) {
  const query = db.select().from(iatiSettings).where(eq(iatiSettings.programmeId, programmeId));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function programmeIdOf(db: Executor): Promise<string> {
  const id = await findProgrammeId(db);
  if (!id) throw new DomainError('NOT_FOUND');
  return id;
}

/** The settings the export uses: the stored ones, the defaults while there is no row. */
export async function currentIatiSettings(db: Executor, programmeId: string): Promise<IatiSettings> {
  return (await findRow(db, programmeId))?.settings ?? DEFAULT_IATI_SETTINGS;
}

export async function getIatiSettings(db: Executor, actor: Actor): Promise<IatiSettingsDto> {
  const row = await findRow(db, await programmeIdOf(db));
  return { ...(row?.settings ?? DEFAULT_IATI_SETTINGS), version: row?.version ?? 0, can: { edit: mayEditIatiSettings(actor) } };
}

/** PUT: version-checked; every purpose key must be one of the programme's purposes. */
export async function updateIatiSettings(db: Executor, actor: Actor, body: IatiSettings & { version: number }): Promise<IatiSettingsDto> {
  if (!mayEditIatiSettings(actor)) throw new DomainError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const programmeId = await programmeIdOf(tx);
    await insertIatiSettingsIfMissing(tx, programmeId);
    const before = (await findRow(tx, programmeId, true))!;
    if (before.version !== body.version) throw staleVersion(before.version);
    const known = new Set((await tx.select({ code: purposes.code }).from(purposes).where(eq(purposes.programmeId, programmeId))).map((p) => p.code));
    const unknown = Object.keys(body.sectorsByPurpose).filter((p) => !known.has(p));
    if (unknown.length > 0) {
      throw new DomainError('VALIDATION_FAILED', { violations: unknown.map((p) => ({ code: 'PURPOSE_UNKNOWN', field: `sectorsByPurpose.${p}` })) });
    }
    const { version, ...next } = body;
    const settings: IatiSettings = {
      reportingOrgRef: next.reportingOrgRef,
      reportingOrgType: next.reportingOrgType,
      reportingOrgName: next.reportingOrgName,
      sectorsByPurpose: Object.fromEntries(Object.entries(next.sectorsByPurpose).map(([p, codes]) => [p, [...new Set(codes)]])),
    };
    const [after] = await tx
      .update(iatiSettings)
      .set({ settings, version: version + 1, updatedBy: actor.userId, updatedByName: actor.name, updatedAt: new Date() })
      .where(eq(iatiSettings.programmeId, programmeId))
      .returning();
    await recordChange(tx, actor, {
      action: 'iati_settings.updated',
      entityType: 'iati_settings',
      entityId: programmeId,
      before: { ...before.settings, version: before.version },
      after: { ...settings, version: after!.version },
    });
    return { ...settings, version: after!.version, can: { edit: true } };
  });
}
