import { MIC_2013, MIC_2013_CYCLE, type ProgrammeConfig } from '@mic/domain';
import type { Db } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import * as repo from './programme.repository';
import { insertCycleIfMissing } from '../cycle/cycle.repository';
import { insertAgreementTemplatesIfMissing } from '../agreements/agreements-templates.service';
import { insertRulesIfMissing } from '../budget/budget.repository';
import { insertIatiSettingsIfMissing } from '../iati/iati.settings';

/** Loads the MIC 2013 programme configuration (and its yearly cycle) into an empty database; returns the programme id. */
export async function ensureProgramme(db: Db, config: ProgrammeConfig = MIC_2013): Promise<string> {
  return db.transaction(async (tx) => {
    const existing = await repo.findProgrammeId(tx);
    const id = existing ?? (await repo.insertProgramme(tx, config));
    if (!existing) await recordChange(tx, null, { action: 'programme.created', entityType: 'programme', entityId: id, after: config });
    // The yearly cycle (Appendix 1) came later than the programme: a database from before it gets it too.
    if (await insertCycleIfMissing(tx, id, MIC_2013_CYCLE)) {
      await recordChange(tx, null, { action: 'cycle.created', entityType: 'programme_cycle', entityId: id, after: MIC_2013_CYCLE });
    }
    // The agreement templates (issue 6) likewise: the languages a database lacks are loaded.
    await insertAgreementTemplatesIfMissing(tx, id);
    // The budget rules (issue 7) likewise, as the templates: the defaults once, then the office's changes are audited.
    await insertRulesIfMissing(tx, id);
    // The IATI settings (issue 9) likewise.
    await insertIatiSettingsIfMissing(tx, id);
    return id;
  });
}
