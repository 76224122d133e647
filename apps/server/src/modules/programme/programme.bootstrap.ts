import { MIC_2013, type ProgrammeConfig } from '@mic/domain';
import type { Db } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import * as repo from './programme.repository';

/** Loads the MIC 2013 programme configuration into an empty database; returns the programme id. */
export async function ensureProgramme(db: Db, config: ProgrammeConfig = MIC_2013): Promise<string> {
  return db.transaction(async (tx) => {
    const existing = await repo.findProgrammeId(tx);
    if (existing) return existing;
    const id = await repo.insertProgramme(tx, config);
    await recordChange(tx, null, { action: 'programme.created', entityType: 'programme', entityId: id, after: config });
    return id;
  });
}
