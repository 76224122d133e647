import { DomainError, latestAuditFlag, minorToDecimal, type Actor, type FundsSourceDto, type LocalizedText, type ProgrammeFundsDto } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { offsetOf } from '../../lib/paging';
import { recordChange } from '../audit/audit.service';
import { auditFlagsOf } from '../audits/audits.check';
import { loadProgramme } from '../programme/programme.repository';
import { currentProgrammeId } from '../programme/programme.service';
import { mayManagePayments } from './payments.policy';
import * as repo from './payments.repository';
import { staleVersion } from '../../lib/version-conflict';

type Sums = { granted: number; paid: number; toPay: number; withheld: number };
const NONE: Sums = { granted: 0, paid: 0, toPay: 0, withheld: 0 };

function presentSource(code: string, name: LocalizedText, row: repo.FundsRow | null, sums: Sums): FundsSourceDto {
  const allocated = row ? Number(row.amount) : null;
  return { fundingSource: code, name, allocated, note: row?.note ?? null, version: row?.version ?? 0, ...sums, remaining: (allocated ?? 0) - sums.granted };
}

/** The programme's funding sources (code and name), as configured. */
export async function sourcesOf(db: Executor, programmeId: string) {
  const programme = await loadProgramme(db, programmeId);
  return programme?.fundingSources ?? [];
}

/** The funding sources' funds of a year with what is granted and paid (four queries, whatever the number of sources). */
export async function fundsSources(db: Executor, programmeId: string, year: number, funding?: string): Promise<FundsSourceDto[]> {
  const [sources, rows, sums] = await Promise.all([sourcesOf(db, programmeId), repo.fundsOfYear(db, programmeId, year), repo.sumsBySource(db, programmeId, year)]);
  const byCode = new Map(rows.map((r) => [r.fundingSource, r]));
  return sources.filter((s) => !funding || s.code === funding).map((s) => presentSource(s.code, s.name, byCode.get(s.code) ?? null, sums.get(s.code) ?? NONE));
}

/** GET /api/programme/funds: the sources, their totals and a page of the partnerships granted that year. */
export async function programmeFunds(db: Executor, actor: Actor, q: { year: number; funding?: string; page: number; pageSize: number }): Promise<ProgrammeFundsDto> {
  const programmeId = await currentProgrammeId(db);
  const [sources, list] = await Promise.all([
    fundsSources(db, programmeId, q.year, q.funding),
    repo.fundsPartnerships(db, programmeId, q.year, q.funding, { limit: q.pageSize, offset: offsetOf(q) }),
  ]);
  // The page's audit opinions in one query: a qualified one is shown beside the money.
  const flags = await auditFlagsOf(db, list.items.map((i) => i.partnershipId));
  const items = list.items.map((i) => ({ ...i, auditFlag: latestAuditFlag(flags.get(i.partnershipId) ?? []) }));
  const total = (key: 'allocated' | 'granted' | 'paid' | 'remaining') => sources.reduce((n, s) => n + (s[key] ?? 0), 0);
  return {
    year: q.year,
    sources,
    totals: { allocated: total('allocated'), granted: total('granted'), paid: total('paid'), remaining: total('remaining') },
    partnerships: { items, total: list.total, page: q.page, pageSize: q.pageSize },
    can: { edit: mayManagePayments(actor) },
  };
}

/**
 * PUT /api/programme/funds/:year/:funding (programme office): what the donor allocated, on the
 * version it was read at (0 records it the first time). Never below what is already granted firmly.
 */
export async function setProgrammeFunds(db: Db, actor: Actor, year: number, funding: string, body: { amount: number; note?: string | null; version: number }): Promise<FundsSourceDto> {
  const programmeId = await currentProgrammeId(db);
  return db.transaction(async (tx) => {
    const source = (await sourcesOf(tx, programmeId)).find((s) => s.code === funding);
    if (!source) throw new DomainError('FUNDING_SOURCE_UNKNOWN', { violations: [{ code: 'FUNDING_SOURCE_UNKNOWN', field: 'funding', params: { code: funding } }] });
    const before = await repo.lockFunds(tx, programmeId, funding, year);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before?.version ?? 0);
    const granted = await repo.firmGranted(tx, programmeId, funding, year);
    if (body.amount < granted) {
      throw new DomainError('LIMIT_BELOW_EXISTING', { params: { needed: minorToDecimal(granted) }, violations: [{ code: 'LIMIT_BELOW_EXISTING', field: 'amount', params: { needed: minorToDecimal(granted) } }] });
    }
    // A note left out keeps the one recorded; an empty one clears it.
    const note = body.note === undefined ? (before?.note ?? null) : body.note?.trim() || null;
    const values = { amount: body.amount, note, updatedBy: actor.userId, updatedAt: new Date() };
    const after = before
      ? await repo.updateFunds(tx, programmeId, funding, year, { ...values, version: before.version + 1 })
      : await repo.insertFunds(tx, { programmeId, fundingSource: funding, year, ...values, version: 1 });
    // Two officers recording the first figure at once: the second finds the row taken.
    if (!after) throw staleVersion((await repo.lockFunds(tx, programmeId, funding, year))?.version ?? 0);
    const view = (r: repo.FundsRow | null) => (r ? { fundingSource: r.fundingSource, year: r.year, amount: Number(r.amount), note: r.note, version: r.version } : null);
    await recordChange(tx, actor, { action: 'programme_funds.set', entityType: 'programme_funds', entityId: `${funding}:${year}`, before: view(before), after: view(after) });
    const sums = (await repo.sumsBySource(tx, programmeId, year)).get(funding) ?? NONE;
    return presentSource(funding, source.name, after, sums);
  });
}
