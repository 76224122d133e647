import {
  budgetTotals,
  checkBudget,
  checkWorkPlanShape,
  convertToOre,
  DomainError,
  isKnownCurrency,
  isValidRate,
  MAX_MONEY,
  type Actor,
  type BudgetLine,
  type Violation,
  type WorkPlanContent,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { ApproveBody, WorkPlanBody } from './budget.contract';
import { mayApproveBudget, mayReadBudget, mayWriteBudget } from './budget.policy';
import * as repo from './budget.repository';
import { staleVersion } from '../../lib/version-conflict';

type Partnership = NonNullable<Awaited<ReturnType<typeof repo.findPartnership>>>;


/** The partnership, share-locked: not visible → 404; visible but not allowed → 403; closed → 409. */
async function openPartnership(tx: Executor, actor: Actor, partnershipId: string, allowed: (a: Actor) => boolean): Promise<Partnership> {
  const p = isUuid(partnershipId) && mayReadBudget(actor, partnershipId) ? await repo.findPartnership(tx, partnershipId, true) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  if (!allowed(actor)) throw new DomainError('FORBIDDEN');
  if (p.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
  return p;
}

export function checkYearInPeriod(p: Pick<Partnership, 'startYear' | 'endYear'>, year: number): void {
  if (year < p.startYear || year > p.endYear) {
    throw new DomainError('YEAR_OUTSIDE_PERIOD', { violations: [{ code: 'YEAR_OUTSIDE_PERIOD', field: 'year', params: { year, startYear: p.startYear, endYear: p.endYear } }] });
  }
}

/**
 * The body as stored content: local-currency lines get their NOK amount computed here (whatever the
 * client sent), and every problem the shape check cannot see is reported with its field path.
 */
function contentOf(body: WorkPlanBody, outputIds: Set<string>): { content: WorkPlanContent; violations: Violation[] } {
  const violations: Violation[] = [];
  const activities = body.activities.map((a, i) => {
    if (a.outputId !== null && !outputIds.has(a.outputId)) violations.push({ code: 'VALIDATION_FAILED', field: `activities.${i}.outputId` });
    return { id: a.id, outputId: a.outputId, title: a.title, responsible: a.responsible, startMonth: a.startMonth, endMonth: a.endMonth };
  });
  const lines = body.lines.map((l, i): BudgetLine => {
    const base = { id: l.id, activityId: l.activityId, category: l.category, side: l.side, description: l.description };
    if (!l.local) {
      if (l.amount === undefined) violations.push({ code: 'VALIDATION_FAILED', field: `lines.${i}.amount` });
      return { ...base, amount: l.amount ?? 0, local: null };
    }
    const local = { currency: l.local.currency, amount: l.local.amount, rate: l.local.rate, rateDate: l.local.rateDate };
    const currencyOk = isKnownCurrency(local.currency) && local.currency !== 'NOK';
    const rateOk = isValidRate(local.rate);
    if (!currencyOk) violations.push({ code: 'CURRENCY_UNKNOWN', field: `lines.${i}.local.currency`, params: { currency: local.currency } });
    if (!rateOk) violations.push({ code: 'EXCHANGE_RATE_INVALID', field: `lines.${i}.local.rate` });
    if (!currencyOk || !rateOk) return { ...base, amount: 0, local };
    const amount = convertToOre(local.amount, local.currency, local.rate);
    if (amount > MAX_MONEY) violations.push({ code: 'VALIDATION_FAILED', field: `lines.${i}.local.amount` });
    return { ...base, amount, local };
  });
  return { content: { activities, lines }, violations };
}

/** Content compared as stored: jsonb keeps no key order, so compare field by field through a canonical form. */
function canonical(content: WorkPlanContent): string {
  return JSON.stringify({
    activities: content.activities.map((a) => [a.id, a.outputId, a.title, a.responsible, a.startMonth, a.endMonth]),
    lines: content.lines.map((l) => [l.id, l.activityId, l.category, l.side, l.description, l.amount, l.local && [l.local.currency, l.local.amount, l.local.rate, l.local.rateDate]]),
  });
}

const totalsColumns = (content: WorkPlanContent) => {
  const t = budgetTotals(content.lines);
  return { total: t.total, homeTotal: t.bySide.home, partnerTotal: t.bySide.partner };
};

const audited = (row: repo.WorkPlanRow) => ({ year: row.year, status: row.status, total: row.total, content: row.content, version: row.version });

/**
 * PUT /api/partnerships/:id/budget/:year: replaces the year's plan in one transaction, every rule
 * checked at once. After approval a change is a revision with its reason; the plan stays approved.
 */
export async function saveWorkPlan(db: Executor, actor: Actor, partnershipId: string, year: number, body: WorkPlanBody): Promise<void> {
  await db.transaction(async (tx) => {
    const p = await openPartnership(tx, actor, partnershipId, (a) => mayWriteBudget(a, partnershipId));
    checkYearInPeriod(p, year);
    const before = await repo.findWorkPlan(tx, partnershipId, year, true);
    if ((before?.version ?? 0) !== body.version) throw staleVersion(before?.version ?? 0);

    // One connection per transaction: its queries run one after the other.
    const rulesRow = await repo.findRules(tx, p.programmeId);
    const outputs = await repo.outputsOf(tx, partnershipId);
    const { content, violations } = contentOf(body, new Set(outputs.map((o) => o.id)));
    violations.push(...checkWorkPlanShape(content), ...checkBudget(content.lines, repo.rulesOf(rulesRow)));
    DomainError.throwIfAny(violations);

    if (!before) {
      const row = await repo.insertWorkPlan(tx, { partnershipId, year, status: 'draft', content, ...totalsColumns(content), version: 1 });
      if (!row) throw staleVersion((await repo.findWorkPlan(tx, partnershipId, year, true))?.version ?? 0);
      await recordChange(tx, actor, { action: 'work_plan.saved', entityType: 'work_plan', entityId: row.id, partnershipId, after: audited(row) });
      return;
    }
    if (canonical(before.content) === canonical(content)) return;

    const approved = before.status === 'approved';
    const reason = body.revisionReason?.trim() ?? '';
    if (approved && !reason) throw new DomainError('REVISION_REASON_REQUIRED', { violations: [{ code: 'REVISION_REASON_REQUIRED', field: 'revisionReason' }] });
    const after = await repo.updateWorkPlan(tx, before.id, { content, ...totalsColumns(content), version: before.version + 1 });
    if (approved) {
      const number = (await repo.lastRevisionNumber(tx, before.id)) + 1;
      await repo.insertRevision(tx, {
        workPlanId: before.id,
        number,
        reason,
        byId: actor.userId,
        byName: actor.name,
        before: before.content,
        after: content,
        totalBefore: before.total,
        totalAfter: after.total,
      });
      await recordChange(tx, actor, { action: 'work_plan.revised', entityType: 'work_plan', entityId: before.id, partnershipId, before: audited(before), after: { ...audited(after), revision: number, reason } });
    } else {
      await recordChange(tx, actor, { action: 'work_plan.saved', entityType: 'work_plan', entityId: before.id, partnershipId, before: audited(before), after: audited(after) });
    }
  });
}

/** POST /api/partnerships/:id/budget/:year/approve: the programme office approves a draft that keeps today's rules. */
export async function approveWorkPlan(db: Executor, actor: Actor, partnershipId: string, year: number, body: ApproveBody): Promise<void> {
  await db.transaction(async (tx) => {
    const p = await openPartnership(tx, actor, partnershipId, mayApproveBudget);
    checkYearInPeriod(p, year);
    const before = await repo.findWorkPlan(tx, partnershipId, year, true);
    if (!before || before.version !== body.version) throw staleVersion(before?.version ?? 0);
    if (before.status !== 'draft') throw new DomainError('INVALID_TRANSITION', { params: { from: before.status, to: 'approved' } });

    const violations: Violation[] = [];
    if (before.content.lines.length === 0) violations.push({ code: 'VALIDATION_FAILED', field: 'lines' });
    violations.push(...checkBudget(before.content.lines, repo.rulesOf(await repo.findRules(tx, p.programmeId))));
    const meetingId = body.meetingId ?? null;
    if (meetingId && !(await repo.meetingsOf(tx, partnershipId)).some((m) => m.id === meetingId)) violations.push({ code: 'VALIDATION_FAILED', field: 'meetingId' });
    DomainError.throwIfAny(violations);

    const note = body.note?.trim() || null;
    const after = await repo.updateWorkPlan(tx, before.id, {
      status: 'approved',
      approvedAt: new Date(),
      approvedBy: actor.userId,
      approvedByName: actor.name,
      approvedMeetingId: meetingId,
      approvalNote: note,
      version: before.version + 1,
    });
    await recordChange(tx, actor, {
      action: 'work_plan.approved',
      entityType: 'work_plan',
      entityId: before.id,
      partnershipId,
      before: { status: before.status, version: before.version },
      after: { status: after.status, version: after.version, meetingId, note, total: after.total },
    });
  });
}
