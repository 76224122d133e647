import { DomainError, seesWholeProgramme, type Actor, type Page, type PartnershipDetailDto, type PartnershipDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import * as programmeRepo from '../programme/programme.repository';
import type { PartnershipListQuery } from './partnerships.contract';
import { mayView } from './partnerships.policy';
import { presentDetail, presentPartnership } from './partnerships.present';
import * as repo from './partnerships.repository';

/**
 * A page of the partnerships the actor may see: programme-wide roles see all, everyone else those
 * they are a member of. Three queries whatever the page size (regions, rows, count).
 */
export async function listPartnerships(db: Executor, actor: Actor, query: PartnershipListQuery): Promise<Page<PartnershipDto>> {
  const regions = await programmeRepo.loadRegions(db);
  const { rows, total } = await repo.listPartnerships(
    db,
    {
      userId: actor.userId,
      membersOnly: !seesWholeProgramme(actor),
      search: query.search,
      country: query.country,
      partnerCountries: query.region ? (regions.find((r) => r.code === query.region)?.countries ?? []) : undefined,
      purpose: query.purpose,
      fundingSource: query.fundingSource,
      status: query.status,
      year: query.year,
    },
    query.sort,
    query.pageSize,
    offsetOf(query),
  );
  return { items: rows.map((r) => presentPartnership(r, regions)), total, page: query.page, pageSize: query.pageSize };
}

/** One partnership with its members and what the actor may do; 404 when unknown or not visible. */
export async function partnershipDetail(db: Executor, actor: Actor, id: string): Promise<PartnershipDetailDto> {
  if (!isUuid(id) || !mayView(actor, id)) throw new DomainError('NOT_FOUND');
  const [regions, row, members] = await Promise.all([programmeRepo.loadRegions(db), repo.findPartnershipSummary(db, id, actor.userId), repo.membersOf(db, id)]);
  if (!row) throw new DomainError('NOT_FOUND');
  return presentDetail(row, members, regions, actor);
}
