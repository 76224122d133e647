import { and, eq } from 'drizzle-orm';
import { DomainError, isProgrammeOffice, type Actor, type ConsolidatedReportDto, type ProgrammeReportNarrative } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { programmeReports } from '../../db/schema';
import { recordChange } from '../audit/audit.service';
import { currentProgrammeId } from '../programme/programme.service';
import { sourcesOf } from '../payments/funds.service';
import { consolidatedData } from './consolidated.data';
import type { Scope } from './consolidated.queries';
import { staleVersion } from '../../lib/version-conflict';

type NarrativeRow = typeof programmeReports.$inferSelect;

/** The programme office writes the narrative; the administrator, office and donor viewers read it all. */
export const mayEditConsolidated = (actor: Actor) => isProgrammeOffice(actor);

/** The programme's scope for a source and year; an unknown source is the caller's mistake, not a 500. */
export async function scopeOf(db: Executor, funding: string, year: number): Promise<Scope> {
  const programmeId = await currentProgrammeId(db);
  if (!(await sourcesOf(db, programmeId)).some((s) => s.code === funding)) {
    throw new DomainError('FUNDING_SOURCE_UNKNOWN', { violations: [{ code: 'FUNDING_SOURCE_UNKNOWN', field: 'funding', params: { code: funding } }] });
  }
  return { programmeId, fundingSource: funding, year };
}

async function narrativeOf(db: Executor, s: Scope, lock = false): Promise<NarrativeRow | null> {
  const where = and(eq(programmeReports.programmeId, s.programmeId), eq(programmeReports.fundingSource, s.fundingSource), eq(programmeReports.year, s.year));
  const query = db.select().from(programmeReports).where(where);
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

function present(actor: Actor, s: Scope, row: NarrativeRow | null, data: ConsolidatedReportDto['data']): ConsolidatedReportDto {
  return {
    fundingSource: s.fundingSource,
    year: s.year,
    narrative: row?.narrative ?? {},
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedByName: row?.updatedByName ?? null,
    data,
    can: { edit: mayEditConsolidated(actor) },
  };
}

/** GET /api/programme/consolidated-report: the narrative (version 0 while none is written) and the data. */
export async function consolidatedReport(db: Executor, actor: Actor, funding: string, year: number, lang: string): Promise<ConsolidatedReportDto> {
  const s = await scopeOf(db, funding, year);
  const [row, data] = [await narrativeOf(db, s), await consolidatedData(db, s, lang)];
  return present(actor, s, row, data);
}

/** The narrative and when it was written, for the files. */
export async function narrativeFor(db: Executor, s: Scope) {
  return narrativeOf(db, s);
}

/**
 * PUT /api/programme/consolidated-report/:funding/:year (programme office), on the version it was read
 * at: 0 writes it the first time; two officers writing the first text at once, the second gets 409.
 */
export async function saveNarrative(
  db: Db,
  actor: Actor,
  funding: string,
  year: number,
  body: { version: number; narrative: ProgrammeReportNarrative },
  lang: string,
): Promise<ConsolidatedReportDto> {
  const s = await scopeOf(db, funding, year);
  const saved = await db.transaction(async (tx) => {
    const before = await narrativeOf(tx, s, true);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before?.version ?? 0);
    const values = { narrative: body.narrative, updatedBy: actor.userId, updatedByName: actor.name, updatedAt: new Date() };
    const [after] = before
      ? await tx
          .update(programmeReports)
          .set({ ...values, version: before.version + 1 })
          .where(and(eq(programmeReports.programmeId, s.programmeId), eq(programmeReports.fundingSource, funding), eq(programmeReports.year, year)))
          .returning()
      : await tx
          .insert(programmeReports)
          .values({ programmeId: s.programmeId, fundingSource: funding, year, ...values, version: 1 })
          .onConflictDoNothing()
          .returning();
    if (!after) throw staleVersion((await narrativeOf(tx, s, true))?.version ?? 0);
    await recordChange(tx, actor, {
      action: 'programme_report.saved',
      entityType: 'programme_report',
      entityId: `${funding}:${year}`,
      before: before ? { narrative: before.narrative, version: before.version } : null,
      after: { narrative: after.narrative, version: after.version },
    });
    return after;
  });
  return present(actor, s, saved, await consolidatedData(db, s, lang));
}
