import { AGREEMENT_LANGUAGES, DomainError, type Actor, type AgreementLanguage, type AgreementTemplateDto } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { currentProgrammeId } from '../programme/programme.service';
import type { TemplateBody } from './agreements.contract';
import { DEFAULT_AGREEMENT_TEMPLATES } from './agreements.defaults';
import * as repo from './agreements.repository';
import { staleVersion } from '../../lib/version-conflict';

function present(language: AgreementLanguage, row: repo.TemplateRow | null): AgreementTemplateDto {
  const r = row ?? { ...DEFAULT_AGREEMENT_TEMPLATES[language], version: 1, updatedAt: new Date(0) };
  return { language, title: r.title, sections: r.sections, version: r.version, updatedAt: r.updatedAt.toISOString() };
}

/**
 * Loads the default templates the programme does not have yet (called from ensureProgramme, like the
 * cycle defaults). Like the risk settings' defaults, they are part of the code and not audited when
 * loaded; every change by the programme office is.
 */
export async function insertAgreementTemplatesIfMissing(tx: Executor, programmeId: string): Promise<void> {
  const have = new Set(await repo.templateLanguages(tx, programmeId));
  for (const language of AGREEMENT_LANGUAGES) {
    if (!have.has(language)) await repo.insertTemplate(tx, { programmeId, language, ...DEFAULT_AGREEMENT_TEMPLATES[language] });
  }
}

/** The template in a language: the saved one, else the default. */
export async function templateOf(db: Executor, programmeId: string, language: AgreementLanguage): Promise<AgreementTemplateDto> {
  return present(language, await repo.findTemplate(db, programmeId, language));
}

export async function getTemplate(db: Executor, language: AgreementLanguage): Promise<AgreementTemplateDto> {
  return templateOf(db, await currentProgrammeId(db), language);
}

/** Replaces the template in a language (programme office), on the version it was read at. */
export async function updateTemplate(db: Db, actor: Actor, language: AgreementLanguage, body: TemplateBody): Promise<AgreementTemplateDto> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    await insertAgreementTemplatesIfMissing(tx, programmeId);
    const before = (await repo.lockTemplate(tx, programmeId, language))!;
    if (before.version !== body.version) throw staleVersion(before.version);
    const row = await repo.updateTemplate(tx, programmeId, language, { title: body.title, sections: body.sections, version: before.version + 1, updatedAt: new Date() });
    await recordChange(tx, actor, {
      action: 'agreement_template.updated',
      entityType: 'agreement_template',
      entityId: programmeId,
      before: { language, title: before.title, sections: before.sections, version: before.version },
      after: { language, title: row.title, sections: row.sections, version: row.version },
    });
    return present(language, row);
  });
}
