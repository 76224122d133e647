import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { budgetTotals, checkBudget, checkWorkPlanShape, convertToOre, divRound, type BudgetLine, type BudgetRules, type WorkPlanActivity, type WorkPlanContent } from '@mic/domain';
import type { Executor } from '../db/client';
import { annualMeetings, results } from '../db/schema';
import { workPlanRevisions, workPlans } from '../db/schema.finance';
import { recordChange } from '../modules/audit/audit.service';
import { DEMO_PARTNERSHIPS } from './demo.data';
import { BASE_TOTAL_NOK, DEMO_ACTIVITIES, DEMO_DRAFT_TARGETS, DEMO_LINES, DEMO_PLAN_MEETINGS, DEMO_RATES, DEMO_REVISION, languageOf } from './demo.finance.data';

type Person = { userId: string; name: string } | null;

export interface PlanTarget {
  partnership: string;
  year: number;
  /** Øre: the firm grant for an approved plan, what was applied for in a draft. */
  amount: number;
  approved: boolean;
}

/**
 * The work plan of one year: five activities on the partnership's outputs and eleven lines sized to
 * `amount`, partner costs in the local currency. Exact integer scaling; the balancing line takes the
 * rounding and the exchange rate's effect, so the plan meets its amount to the øre.
 */
export function buildPlan(key: string, year: number, amount: number, outputIds: string[]): WorkPlanContent {
  const p = DEMO_PARTNERSHIPS.find((d) => d.key === key)!;
  const lang = languageOf(p.workingLanguage);
  const activities: WorkPlanActivity[] = DEMO_ACTIVITIES[key]!.map((a, i) => ({
    id: randomUUID(),
    outputId: outputIds.length ? outputIds[i % outputIds.length]! : null,
    title: a.title,
    responsible: a.responsible,
    startMonth: a.startMonth,
    endMonth: a.endMonth,
  }));
  const scale = (nok: number) => Number(divRound(BigInt(nok) * BigInt(amount), BigInt(BASE_TOTAL_NOK)));
  const money = DEMO_RATES[key]!;
  const rate = money.rates[year]!;
  const lines: BudgetLine[] = DEMO_LINES.map((l) => {
    const base = {
      id: randomUUID(),
      activityId: l.activity === null ? null : activities[l.activity]!.id,
      category: l.category,
      side: l.side,
      description: l.text[lang],
    };
    if (!l.local) return { ...base, amount: scale(l.nok), local: null };
    // The partner budgets a round local sum worth about the line's NOK share at the year's rate.
    const local = roundedLocal(scale(l.nok), rate.rate, money.currency);
    return { ...base, amount: convertToOre(local, money.currency, rate.rate), local: { currency: money.currency, amount: local, rate: rate.rate, rateDate: rate.date } };
  });
  const balance = DEMO_LINES.findIndex((l) => l.balance);
  const rest = amount - budgetTotals(lines.filter((_, i) => i !== balance)).total;
  if (rest <= 0) throw new Error(`demo work plan ${key} ${year}: nothing left for the balancing line`);
  lines[balance] = { ...lines[balance]!, amount: rest };
  return { activities, lines };
}

/** A local amount in whole hundreds of units (minor units), worth about `ore` at `rate`. */
function roundedLocal(ore: number, rate: string, currency: string): number {
  const unitOre = convertToOre(currency === 'UGX' || currency === 'RWF' ? 100 : 10_000, currency, rate);
  const hundreds = Number(divRound(BigInt(ore), BigInt(unitOre)));
  return hundreds * (currency === 'UGX' || currency === 'RWF' ? 100 : 10_000);
}

/** Stord – San Juan Comalapa's revision: travel gives up `moved` øre to a second round of women's workshops. */
function revise(content: WorkPlanContent): WorkPlanContent {
  const moved = DEMO_REVISION.moved;
  const travel = content.lines.findIndex((l) => l.category === 'travel' && l.side === 'home');
  const workshops = content.activities[2]!;
  const lines = content.lines.map((l, i) => (i === travel ? { ...l, amount: l.amount - moved } : l));
  lines.push({ id: randomUUID(), activityId: workshops.id, category: 'workshops', side: 'partner', description: 'Segunda ronda de talleres con los comités de mujeres', amount: moved, local: null });
  return { activities: content.activities, lines };
}

export async function loadDemoWorkPlans(
  tx: Executor,
  partnershipIds: Map<string, string>,
  targets: PlanTarget[],
  rules: BudgetRules,
  people: { officer: Person; home: Person },
): Promise<void> {
  const ids = targets.map((t) => partnershipIds.get(t.partnership)!).filter(Boolean);
  const outputs = await tx
    .select({ id: results.id, partnershipId: results.partnershipId })
    .from(results)
    .where(and(inArray(results.partnershipId, ids), eq(results.level, 'output')))
    .orderBy(asc(results.position));
  const meetings = await tx.select({ id: annualMeetings.id, partnershipId: annualMeetings.partnershipId, meetingDate: annualMeetings.meetingDate }).from(annualMeetings).where(inArray(annualMeetings.partnershipId, ids));

  for (const t of targets) {
    const partnershipId = partnershipIds.get(t.partnership);
    if (!partnershipId) continue;
    const before = buildPlan(
      t.partnership,
      t.year,
      t.amount,
      outputs.filter((o) => o.partnershipId === partnershipId).map((o) => o.id),
    );
    const revised = t.approved && t.partnership === DEMO_REVISION.partnership && t.year === DEMO_REVISION.year;
    const content = revised ? revise(before) : before;
    const broken = [...checkWorkPlanShape(content), ...checkBudget(content.lines, rules)];
    if (broken.length) throw new Error(`demo work plan ${t.partnership} ${t.year} breaks ${broken.map((v) => v.code).join(', ')}`);
    const totals = budgetTotals(content.lines);
    const meetingDate = DEMO_PLAN_MEETINGS[t.partnership]?.[t.year];
    const meeting = meetingDate ? meetings.find((m) => m.partnershipId === partnershipId && m.meetingDate === meetingDate) : undefined;
    const approvedAt = meeting ? new Date(`${meeting.meetingDate}T15:00:00Z`) : new Date(`${t.year - 1}-12-10T10:00:00Z`);
    const [row] = await tx
      .insert(workPlans)
      .values({
        partnershipId,
        year: t.year,
        status: t.approved ? 'approved' : 'draft',
        content,
        total: totals.total,
        homeTotal: totals.bySide.home,
        partnerTotal: totals.bySide.partner,
        ...(t.approved
          ? {
              approvedAt,
              approvedBy: people.officer?.userId ?? null,
              approvedByName: people.officer?.name ?? null,
              approvedMeetingId: meeting?.id ?? null,
              approvalNote: meeting ? 'Approved at the annual meeting.' : 'Approved with the annual application.',
            }
          : {}),
        // Saved, approved, and revised once: each a version.
        version: 1 + (t.approved ? 1 : 0) + (revised ? 1 : 0),
      })
      .returning({ id: workPlans.id });
    const workPlanId = row!.id;
    await recordChange(tx, null, {
      action: 'work_plan.created',
      entityType: 'work_plan',
      entityId: workPlanId,
      partnershipId,
      after: { year: t.year, status: t.approved ? 'approved' : 'draft', total: totals.total, approvedMeetingId: meeting?.id ?? null, content: revised ? before : content },
    });
    if (!revised) continue;
    const totalBefore = budgetTotals(before.lines).total;
    await tx.insert(workPlanRevisions).values({
      workPlanId,
      number: 1,
      reason: DEMO_REVISION.reason,
      byId: people.home?.userId ?? null,
      byName: people.home?.name ?? null,
      before,
      after: content,
      totalBefore,
      totalAfter: totals.total,
      at: new Date(`${DEMO_REVISION.on}T10:00:00Z`),
    });
    await recordChange(tx, people.home, {
      action: 'work_plan.revised',
      entityType: 'work_plan',
      entityId: workPlanId,
      partnershipId,
      before: { content: before, total: totalBefore },
      after: { content, total: totals.total, reason: DEMO_REVISION.reason },
    });
  }
}

/** Draft years and their amounts (øre), in the order the plans are loaded. */
export function draftTargets(): PlanTarget[] {
  return Object.entries(DEMO_DRAFT_TARGETS).flatMap(([partnership, years]) =>
    Object.entries(years).map(([year, amount]) => ({ partnership, year: Number(year), amount, approved: false })),
  );
}
