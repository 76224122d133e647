import { DomainError, checkProgrammeFunds, isInstalmentAmountLocked, planInstalments, type Actor, type FundingCycle, type InstalmentStatus } from '@mic/domain';
import type { Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { loadCycleDates } from '../cycle/cycle.repository';
import { cycleOf } from '../cycle/cycle.service';
import { presentGrant } from './payments.present';
import * as repo from './payments.repository';

export interface GrantDecision {
  partnership: { id: string; programmeId: string; fundingSource: string };
  /** Null only for grants recorded outside an appraisal (tests, imports). */
  applicationId: string | null;
  /** The application's own year: its grant becomes firm. */
  year: number;
  /** One line per year applied for; the later years of an initial application stay indicative. */
  granted: { year: number; amount: number }[];
  decidedAt: Date;
}

/**
 * Plans the instalments of a firm grant from the funding source's cycle (the dates the programme
 * office set for the year win) and writes them. A source without a cycle gets one instalment, date
 * to be announced.
 */
export async function writeInstalments(tx: Executor, p: GrantDecision['partnership'], year: number, amount: number) {
  const programmeCycle = await cycleOf(tx, p.programmeId);
  const cycle: FundingCycle = programmeCycle.cycles.find((c) => c.fundingSource === p.fundingSource) ?? {
    fundingSource: p.fundingSource,
    programmeApplicationYears: [],
    steps: [],
  };
  const dates = await loadCycleDates(tx, p.programmeId, [year]);
  const planned = planInstalments(cycle, year, amount, dates);
  return repo.insertInstalments(
    tx,
    planned.map((i) => ({ partnershipId: p.id, year, fundingSource: p.fundingSource, stepCode: i.stepCode, seq: i.seq, dueDate: i.dueDate, amount: i.amount })),
  );
}

/**
 * The grant part of an appraisal decision, inside the approval's transaction. The funds row of the
 * source and year is locked before the grants are summed, so two approvals at once cannot both take
 * the last krone; this partnership's own grant of the year is left out of the sum (the decision
 * replaces it). Refused → PROGRAMME_FUNDS_EXCEEDED and the whole approval rolls back.
 */
export async function recordGrantDecision(tx: Executor, actor: Pick<Actor, 'userId' | 'name'> | null, d: GrantDecision): Promise<void> {
  const { partnership: p } = d;
  const own = d.granted.find((g) => g.year === d.year);
  if (own) {
    const funds = await repo.lockFunds(tx, p.programmeId, p.fundingSource, d.year);
    const already = await repo.firmGranted(tx, p.programmeId, p.fundingSource, d.year, p.id);
    DomainError.throwIfAny(checkProgrammeFunds(funds ? Number(funds.amount) : null, already, own.amount));
    const before = await repo.findGrant(tx, p.id, d.year, true);
    const after = await repo.upsertGrant(tx, { partnershipId: p.id, year: d.year, fundingSource: p.fundingSource, amount: own.amount, firm: true, applicationId: d.applicationId, decidedAt: d.decidedAt });
    const existing = await repo.instalmentsOf(tx, p.id, d.year, true);
    // A decision taken again replaces the plan, but never what has been approved or paid.
    if (existing.some((i) => isInstalmentAmountLocked(i.status as InstalmentStatus))) {
      throw new DomainError('INSTALMENT_LOCKED', { violations: [{ code: 'INSTALMENT_LOCKED', field: 'granted', params: { status: 'approved' } }] });
    }
    await repo.deleteInstalments(tx, existing.map((i) => i.id));
    const planned = await writeInstalments(tx, p, d.year, own.amount);
    await recordChange(tx, actor, {
      action: 'grant.decided',
      entityType: 'grant',
      entityId: `${p.id}:${d.year}`,
      partnershipId: p.id,
      before: before ? presentGrant(before) : null,
      after: { ...presentGrant(after), instalments: planned.map((i) => ({ stepCode: i.stepCode, dueDate: i.dueDate, amount: Number(i.amount) })) },
    });
  }
  for (const g of d.granted) {
    if (g.year === d.year) continue;
    const before = await repo.findGrant(tx, p.id, g.year, true);
    // A later year already decided on its own keeps its firm grant.
    if (before?.firm) continue;
    const after = await repo.upsertGrant(tx, { partnershipId: p.id, year: g.year, fundingSource: p.fundingSource, amount: g.amount, firm: false, applicationId: d.applicationId, decidedAt: d.decidedAt });
    await recordChange(tx, actor, {
      action: 'grant.decided',
      entityType: 'grant',
      entityId: `${p.id}:${g.year}`,
      partnershipId: p.id,
      before: before ? presentGrant(before) : null,
      after: presentGrant(after),
    });
  }
}
