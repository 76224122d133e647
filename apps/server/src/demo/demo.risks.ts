import { eq } from 'drizzle-orm';
import { currentScores } from '@mic/domain';
import type { Executor } from '../db/client';
import { results, riskRegisters, riskReviews, risks } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { snapshot } from '../modules/risks/risks.present';
import { RUNNING_RISK_REGISTERS, type DemoRegister, type DemoRisk } from './demo.risks.data';
import { MORE_RISK_REGISTERS } from './demo.risks.more';

/** Every demo partnership's risk register, by partnership key. */
export const DEMO_RISK_REGISTERS: DemoRegister[] = [...RUNNING_RISK_REGISTERS, ...MORE_RISK_REGISTERS];

/** Finds the result a demo risk threatens among the partnership's results (none when the framework is not loaded). */
async function resultFinder(tx: Executor, partnershipId: string) {
  const rows = await tx
    .select({ id: results.id, level: results.level, parentId: results.parentId, position: results.position })
    .from(results)
    .where(eq(results.partnershipId, partnershipId));
  const impact = rows.find((r) => r.level === 'impact');
  return (target: DemoRisk['threatens']): string | null => {
    if (target === undefined || !impact) return null;
    if (target === 'impact') return impact.id;
    return rows.find((r) => r.level === 'outcome' && r.parentId === impact.id && r.position === target)?.id ?? null;
  };
}

/**
 * Loads the demo risk registers into the demo partnerships (by key), inside the demo's transaction,
 * with an audit entry for every risk, review and completed register. Run after the results demo,
 * some risks are linked to the result they threaten.
 */
export async function loadDemoRisks(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  for (const register of DEMO_RISK_REGISTERS) {
    const partnershipId = partnershipIds.get(register.partnership);
    if (!partnershipId) continue;
    const resultOf = await resultFinder(tx, partnershipId);
    for (const r of register.risks) {
      const reviews = (r.reviews ?? []).map((v, i) => ({ ...v, createdAt: `${v.on}T12:00:0${i}Z` }));
      const current = currentScores(
        { probability: r.p, consequence: r.c },
        reviews.map((v) => ({ reviewedOn: v.on, createdAt: v.createdAt, probability: v.p, consequence: v.c })),
      );
      const [row] = await tx
        .insert(risks)
        .values({
          partnershipId,
          resultId: resultOf(r.threatens),
          description: r.description,
          category: r.category,
          origin: r.origin,
          owner: r.owner,
          status: r.closed ? 'closed' : 'open',
          identifiedOn: r.identifiedOn,
          probability: r.p,
          consequence: r.c,
          currentProbability: current.probability,
          currentConsequence: current.consequence,
          lastReviewedOn: current.lastReviewedOn,
          responseType: r.response?.type ?? null,
          measures: r.response?.measures ?? [],
          toleranceJustification: r.tolerance?.justification ?? null,
          toleranceAcceptedBy: r.tolerance?.acceptedBy ?? null,
          toleranceAcceptedOn: r.tolerance?.acceptedOn ?? null,
          createdAt: new Date(`${r.identifiedOn}T09:00:00Z`),
          updatedAt: new Date(`${current.lastReviewedOn ?? r.identifiedOn}T12:00:00Z`),
          version: 1 + reviews.length,
        })
        .returning();
      await recordChange(tx, null, { action: 'risk.created', entityType: 'risk', entityId: row!.id, partnershipId, after: snapshot(row!) });
      for (const v of reviews) {
        const [saved] = await tx
          .insert(riskReviews)
          .values({
            riskId: row!.id,
            reviewedOn: v.on,
            probability: v.p,
            consequence: v.c,
            assumptionStatus: v.assumption,
            correctiveAction: v.action,
            reviewerName: v.by,
            createdAt: new Date(v.createdAt),
          })
          .returning({ id: riskReviews.id });
        await recordChange(tx, null, {
          action: 'risk.reviewed',
          entityType: 'risk',
          entityId: row!.id,
          partnershipId,
          after: { review: { id: saved!.id, reviewedOn: v.on, probability: v.p, consequence: v.c, assumptionStatus: v.assumption, correctiveAction: v.action } },
        });
      }
    }
    if (register.completed) {
      await tx.insert(riskRegisters).values({
        partnershipId,
        state: 'complete',
        completedAt: new Date(register.completed.on),
        completedByName: register.completed.by,
        version: 2,
      });
      await recordChange(tx, null, {
        action: 'risk_register.completed',
        entityType: 'risk_register',
        entityId: partnershipId,
        partnershipId,
        before: { state: 'draft' },
        after: { state: 'complete' },
      });
    }
  }
}
