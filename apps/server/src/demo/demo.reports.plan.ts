import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { budgetTotals, checkBudget, checkWorkPlanShape, convertToOre, divRound, type BudgetLine, type BudgetRules, type WorkPlanActivity, type WorkPlanContent } from '@mic/domain';
import type { Executor } from '../db/client';
import { grants, results } from '../db/schema';
import { workPlans } from '../db/schema.finance';
import { recordChange } from '../modules/audit/audit.service';
import { BASE_TOTAL_NOK, DEMO_LINES } from './demo.finance.data';
import { DEMO_GRAN_PLAN } from './demo.reports.data';

type Person = { userId: string; name: string } | null;

/**
 * Gran – Mukono's final-year work plan, approved with its application: the same eleven standard lines
 * as the other demo plans, scaled exactly to the firm grant, partner costs in Ugandan shillings.
 * The finance demo keeps plans for the running partnerships only; the final report needs this one.
 */
export async function loadGranPlan(tx: Executor, partnershipIds: Map<string, string>, rules: BudgetRules, officer: Person): Promise<void> {
  const spec = DEMO_GRAN_PLAN;
  const partnershipId = partnershipIds.get(spec.partnership);
  if (!partnershipId) return;
  const [grant] = await tx
    .select({ amount: grants.amount })
    .from(grants)
    .where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, spec.year), eq(grants.firm, true)));
  if (!grant) return;
  const outputs = await tx
    .select({ id: results.id })
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), eq(results.level, 'output')))
    .orderBy(asc(results.position));

  const activities: WorkPlanActivity[] = spec.activities.map((a, i) => ({
    id: randomUUID(),
    outputId: outputs.length ? outputs[i % outputs.length]!.id : null,
    title: a.title,
    responsible: a.responsible,
    startMonth: a.startMonth,
    endMonth: a.endMonth,
  }));
  const scale = (nok: number) => Number(divRound(BigInt(nok) * BigInt(grant.amount), BigInt(BASE_TOTAL_NOK)));
  // A shilling is worth a fraction of an øre: the partner budgets in whole hundreds of shillings.
  const hundred = convertToOre(100, spec.currency, spec.rate.rate);
  const lines: BudgetLine[] = DEMO_LINES.map((l) => {
    const base = { id: randomUUID(), activityId: l.activity === null ? null : activities[l.activity]!.id, category: l.category, side: l.side, description: l.text.en };
    if (!l.local) return { ...base, amount: scale(l.nok), local: null };
    const local = Number(divRound(BigInt(scale(l.nok)), BigInt(hundred))) * 100;
    return { ...base, amount: convertToOre(local, spec.currency, spec.rate.rate), local: { currency: spec.currency, amount: local, rate: spec.rate.rate, rateDate: spec.rate.date } };
  });
  const balance = DEMO_LINES.findIndex((l) => l.balance);
  lines[balance] = { ...lines[balance]!, amount: grant.amount - budgetTotals(lines.filter((_, i) => i !== balance)).total };
  const content: WorkPlanContent = { activities, lines };
  const broken = [...checkWorkPlanShape(content), ...checkBudget(content.lines, rules)];
  if (broken.length) throw new Error(`demo work plan gran-mukono ${spec.year} breaks ${broken.map((v) => v.code).join(', ')}`);

  const totals = budgetTotals(lines);
  const [row] = await tx
    .insert(workPlans)
    .values({
      partnershipId,
      year: spec.year,
      status: 'approved',
      content,
      total: totals.total,
      homeTotal: totals.bySide.home,
      partnerTotal: totals.bySide.partner,
      approvedAt: new Date(`${spec.year - 1}-12-10T10:00:00Z`),
      approvedBy: officer?.userId ?? null,
      approvedByName: officer?.name ?? null,
      approvedMeetingId: null,
      approvalNote: 'Approved with the annual application.',
      version: 2,
    })
    .returning({ id: workPlans.id });
  await recordChange(tx, null, {
    action: 'work_plan.created',
    entityType: 'work_plan',
    entityId: row!.id,
    partnershipId,
    after: { year: spec.year, status: 'approved', total: totals.total, approvedMeetingId: null, content },
  });
}
