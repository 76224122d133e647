import { DomainError, type Actor, type ApplicationDto, type ApplicationSummaryDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { missingItems } from './applications.facts';
import { mayReadApplications } from './applications.policy';
import { presentApplication, presentSummary } from './applications.present';
import * as repo from './applications.repository';

/** GET /api/partnerships/:id/applications: the partnership's applications by year, each with its missing count. */
export async function applicationsOfPartnership(db: Executor, actor: Actor, partnershipId: string): Promise<ApplicationSummaryDto[]> {
  const p = isUuid(partnershipId) && mayReadApplications(actor, partnershipId) ? await repo.findPartnership(db, partnershipId) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  const rows = await repo.listOfPartnership(db, partnershipId);
  if (!rows.length) return [];
  const { maxPurposes } = await repo.programmePurposes(db, p.programmeId);
  const missing = await missingItems(
    db,
    rows.map((r) => ({ ...r, partnership: p })),
    maxPurposes,
  );
  return rows.map((r) => presentSummary(r, p, missing.get(r.id)?.length ?? 0));
}

/** The application when the actor may see its partnership; otherwise it does not exist (404). */
export async function readableApplication(db: Executor, actor: Actor, id: string) {
  const row = isUuid(id) ? await repo.findApplication(db, id) : null;
  if (!row || !mayReadApplications(actor, row.partnershipId)) throw new DomainError('NOT_FOUND');
  return row;
}

/** GET /api/applications/:id: the whole application, its missing items, history and (as the actor may see it) appraisal. */
export async function applicationDetail(db: Executor, actor: Actor, id: string): Promise<ApplicationDto> {
  const row = await readableApplication(db, actor, id);
  const p = (await repo.findPartnership(db, row.partnershipId))!;
  const [{ maxPurposes }, events, appraisal] = await Promise.all([repo.programmePurposes(db, p.programmeId), repo.eventsOf(db, id), repo.findAppraisal(db, id)]);
  const missing = (await missingItems(db, [{ ...row, partnership: p }], maxPurposes)).get(id) ?? [];
  return presentApplication(actor, { row, partnership: p, missing, events, appraisal });
}
