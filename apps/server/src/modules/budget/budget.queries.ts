import { budgetTotals, checkBudget, diffBudgetLines, DomainError, type Actor, type BudgetRevisionDto, type WorkPlanDto } from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { auditFlagsOf } from '../audits/audits.check';
import { mayApproveBudget, mayReadBudget, mayWriteBudget } from './budget.policy';
import * as repo from './budget.repository';
import { checkYearInPeriod } from './budget.service';

/** This year, clamped into the project period: the year a page opens on when none is asked for. */
export function defaultYear(p: { startYear: number; endYear: number }, thisYear: number): number {
  return Math.min(Math.max(thisYear, p.startYear), p.endYear);
}

function presentRevision(r: repo.RevisionRow): BudgetRevisionDto {
  return {
    number: r.number,
    at: r.at.toISOString(),
    byName: r.byName,
    reason: r.reason,
    totalBefore: r.totalBefore,
    totalAfter: r.totalAfter,
    changes: diffBudgetLines(r.before.lines, r.after.lines),
  };
}

/** GET /api/partnerships/:id/budget?year=YYYY: the year's plan (empty, version 0, until saved) with what the page needs beside it. */
export async function workPlanOf(db: Executor, actor: Actor, partnershipId: string, year: number | undefined, thisYear: number): Promise<WorkPlanDto> {
  const p = isUuid(partnershipId) && mayReadBudget(actor, partnershipId) ? await repo.findPartnership(db, partnershipId) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  const y = year ?? defaultYear(p, thisYear);
  checkYearInPeriod(p, y);

  const [row, rulesRow, outputs, meetings, grant, flags] = await Promise.all([
    repo.findWorkPlan(db, partnershipId, y),
    repo.findRules(db, p.programmeId),
    repo.outputsOf(db, partnershipId),
    repo.meetingsOf(db, partnershipId),
    repo.grantOf(db, partnershipId, y),
    auditFlagsOf(db, [partnershipId]),
  ]);
  const revisions = row ? await repo.revisionsOf(db, row.id) : [];
  const rules = repo.rulesOf(rulesRow);
  const content = row?.content ?? { activities: [], lines: [] };
  const status = row?.status === 'approved' ? 'approved' : 'draft';
  const open = p.status !== 'closed';
  return {
    partnershipId,
    year: y,
    years: Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i),
    version: row?.version ?? 0,
    status,
    activities: content.activities,
    lines: content.lines,
    totals: budgetTotals(content.lines),
    grant: grant ? { amount: grant.amount, firm: grant.firm } : null,
    rules,
    violations: checkBudget(content.lines, rules),
    approved:
      row?.approvedAt
        ? {
            at: row.approvedAt.toISOString(),
            byName: row.approvedByName,
            meetingId: row.approvedMeetingId,
            meetingDate: meetings.find((m) => m.id === row.approvedMeetingId)?.meetingDate ?? null,
            note: row.approvalNote,
          }
        : null,
    revisions: revisions.map(presentRevision),
    outputs,
    meetings,
    auditFlags: flags.get(partnershipId) ?? [],
    can: {
      edit: open && mayWriteBudget(actor, partnershipId),
      approve: open && mayApproveBudget(actor) && status === 'draft' && content.lines.length > 0,
    },
  };
}
