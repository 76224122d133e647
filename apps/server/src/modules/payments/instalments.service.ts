import type { z } from 'zod';
import {
  DomainError,
  INSTALMENT_ACTION_RULES,
  checkInstalmentSplit,
  checkInstalmentTransition,
  sumMoney,
  type Actor,
  type InstalmentAction,
  type InstalmentStatus,
  type PartnershipPaymentsDto,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import { auditFlagsOf } from '../audits/audits.check';
import { findPartnershipFacts, type PartnershipFacts } from '../deadlines/deadlines.repository';
import { isoDate, type actionBody, type splitBody } from './payments.contract';
import { paymentBlockers } from './payments.blockers';
import { mayManagePayments } from './payments.policy';
import { instalmentSnapshot, presentGrant, presentInstalment } from './payments.present';
import * as repo from './payments.repository';
import { writeInstalments } from './grants.service';
import { staleVersion, throwIfAnyOnVersion } from '../../lib/version-conflict';

type ActionBody = z.infer<typeof actionBody>;
type SplitBody = z.infer<typeof splitBody>;

const invalid = (field: string) => new DomainError('VALIDATION_FAILED', { violations: [{ code: 'VALIDATION_FAILED', field }] });

async function factsOf(db: Executor, partnershipId: string, lock?: 'share'): Promise<PartnershipFacts> {
  const p = await findPartnershipFacts(db, partnershipId, lock);
  if (!p) throw new DomainError('NOT_FOUND');
  return p;
}

/** GET /api/partnerships/:id/instalments: grants, instalments, totals, what blocks an approval and the audit flags (six queries). */
export async function partnershipPayments(db: Executor, actor: Actor, partnershipId: string, today: string): Promise<PartnershipPaymentsDto> {
  const p = await factsOf(db, partnershipId);
  const [grantRows, rows, blockers, flags] = await Promise.all([
    repo.grantsOf(db, p.id),
    repo.instalmentsOf(db, p.id),
    paymentBlockers(db, p, today),
    auditFlagsOf(db, [p.id]),
  ]);
  const manage = mayManagePayments(actor);
  const sumStatus = (status: InstalmentStatus) => sumMoney(rows.filter((r) => r.status === status).map((r) => Number(r.amount)));
  const granted = sumMoney(grantRows.filter((g) => g.firm).map((g) => Number(g.amount)));
  const paid = sumStatus('paid');
  return {
    partnershipId: p.id,
    fundingSource: p.fundingSource,
    grants: grantRows.map(presentGrant),
    instalments: rows.map((r) => presentInstalment(r, manage)),
    totals: { granted, paid, remaining: granted - paid, withheld: sumStatus('withheld') },
    blockers,
    auditFlags: flags.get(p.id) ?? [],
    can: { manage },
  };
}

const text = (s: string | null | undefined) => s?.trim() || null;

/** What an action writes besides the status; the checks that belong to the action itself. */
async function actionValues(tx: Executor, actor: Actor, p: PartnershipFacts, action: InstalmentAction, body: ActionBody, now: Date) {
  const today = now.toISOString().slice(0, 10);
  switch (action) {
    case 'approve': {
      const blockers = await paymentBlockers(tx, p, today);
      if (!blockers.length) return { approvedAt: now, approvedByName: actor.name, overrideReason: null };
      if (body.overrideReason === undefined || body.overrideReason === null) {
        throw new DomainError('REPORT_OVERDUE', { params: { year: blockers[0]!.year }, violations: blockers.map((b) => ({ code: 'REPORT_OVERDUE', field: 'overrideReason', params: { year: b.year } })) });
      }
      const reason = text(body.overrideReason);
      if (!reason) throw new DomainError('OVERRIDE_REASON_REQUIRED', { violations: [{ code: 'OVERRIDE_REASON_REQUIRED', field: 'overrideReason' }] });
      return { approvedAt: now, approvedByName: actor.name, overrideReason: reason };
    }
    case 'pay': {
      const paidOn = text(body.paidOn);
      if (!paidOn || !isoDate.safeParse(paidOn).success || paidOn > today) throw invalid('paidOn');
      const reference = text(body.paymentReference);
      if (!reference) throw invalid('paymentReference');
      return { paidOn, paymentReference: reference, paidByName: actor.name };
    }
    case 'withhold': {
      const reason = text(body.reason);
      if (!reason) throw invalid('reason');
      return { withheldAt: now, withheldByName: actor.name, withheldReason: reason };
    }
    case 'release':
      // Planned again: it is approved afresh (with the checks of that day); the audit log keeps the history.
      return { withheldAt: null, withheldByName: null, withheldReason: null, approvedAt: null, approvedByName: null, overrideReason: null };
  }
}

/**
 * POST …/instalments/:instalmentId/actions/:action (programme office). The transition and the version
 * are checked inside the transaction and the update is conditional on both, so of two officers
 * acting at once one wins and the other gets 409: an instalment is never paid twice.
 */
export async function takeInstalmentAction(db: Db, actor: Actor, partnershipId: string, instalmentId: string, action: InstalmentAction, body: ActionBody, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const p = await factsOf(tx, partnershipId, 'share');
    const row = isUuid(instalmentId) ? await repo.findInstalment(tx, partnershipId, instalmentId) : null;
    if (!row) throw new DomainError('NOT_FOUND');
    throwIfAnyOnVersion(checkInstalmentTransition(row.status as InstalmentStatus, action), row.version, body.version);
    if (row.version !== body.version) throw staleVersion(row.version);
    const values = await actionValues(tx, actor, p, action, body, now);
    const after = await repo.updateInstalmentIf(tx, row.id, { version: row.version, status: row.status }, { ...values, status: INSTALMENT_ACTION_RULES[action].to });
    if (!after) throw staleVersion((await repo.findInstalment(tx, partnershipId, row.id))?.version ?? row.version);
    const verb = { approve: 'approved', pay: 'paid', withhold: 'withheld', release: 'released' }[action];
    await recordChange(tx, actor, {
      action: `instalment.${verb}`,
      entityType: 'instalment',
      entityId: row.id,
      partnershipId,
      before: instalmentSnapshot(row),
      after: instalmentSnapshot(after),
    });
  });
}

/** PUT …/instalments/:year/split: new amounts for the year's instalments, summing to the grant exactly. */
export async function splitInstalments(db: Db, actor: Actor, partnershipId: string, year: number, body: SplitBody): Promise<void> {
  await db.transaction(async (tx) => {
    await factsOf(tx, partnershipId, 'share');
    const grant = await repo.findGrant(tx, partnershipId, year, true);
    if (!grant?.firm) throw new DomainError('NOT_FOUND');
    const current = await repo.instalmentsOf(tx, partnershipId, year, true);
    const byId = new Map(current.map((c) => [c.id, c]));
    body.amounts.forEach((a, i) => {
      const c = byId.get(a.id);
      if (c && c.version !== a.version) throw staleVersion(c.version, `amounts.${i}.version`);
    });
    DomainError.throwIfAny(
      checkInstalmentSplit(
        Number(grant.amount),
        current.map((c) => ({ id: c.id, status: c.status as InstalmentStatus, amount: Number(c.amount) })),
        body.amounts,
      ),
    );
    const changed = body.amounts.filter((a) => Number(byId.get(a.id)!.amount) !== a.amount);
    for (const a of changed) {
      const c = byId.get(a.id)!;
      if (!(await repo.updateInstalmentIf(tx, c.id, { version: c.version, status: c.status }, { amount: a.amount }))) throw staleVersion((await repo.findInstalment(tx, partnershipId, c.id))?.version ?? c.version);
    }
    if (!changed.length) return;
    await recordChange(tx, actor, {
      action: 'instalments.split',
      entityType: 'grant',
      entityId: `${partnershipId}:${year}`,
      partnershipId,
      before: current.map((c) => ({ id: c.id, stepCode: c.stepCode, amount: Number(c.amount) })),
      after: body.amounts.map((a) => ({ id: a.id, stepCode: byId.get(a.id)!.stepCode, amount: a.amount })),
    });
  });
}

/** POST …/instalments/:year/generate: the instalments of a firm grant decided before instalments existed. */
export async function generateInstalments(db: Db, actor: Actor, partnershipId: string, year: number): Promise<void> {
  await db.transaction(async (tx) => {
    const p = await factsOf(tx, partnershipId, 'share');
    const grant = await repo.findGrant(tx, partnershipId, year, true);
    if (!grant?.firm) throw new DomainError('NOT_FOUND');
    if ((await repo.instalmentsOf(tx, partnershipId, year)).length) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'year' }] });
    const planned = await writeInstalments(tx, { id: p.id, programmeId: p.programmeId, fundingSource: grant.fundingSource }, year, Number(grant.amount));
    await recordChange(tx, actor, {
      action: 'instalments.generated',
      entityType: 'grant',
      entityId: `${partnershipId}:${year}`,
      partnershipId,
      after: planned.map((i) => ({ id: i.id, stepCode: i.stepCode, dueDate: i.dueDate, amount: Number(i.amount) })),
    });
  });
}
