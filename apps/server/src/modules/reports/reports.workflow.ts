import {
  DomainError,
  REPORT_ACTION_RULES,
  checkReportTransition,
  isLateSubmission,
  type Actor,
  type ReportAction,
  type ReportStatus,
  type Violation,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { completeAuditFor } from '../audits/audits.check';
import { recordDeadlineMet } from '../deadlines/deadlines.service';
import type { ActionBody } from './reports.contract';
import { assess, loadYearFacts, reportDeadline } from './reports.facts';
import { mayTakeReportAction } from './reports.policy';
import * as repo from './reports.repository';
import { audited, invalid, openReport, stale, type OpenReport } from './reports.write';
import { throwIfAnyOnVersion } from '../../lib/version-conflict';

/**
 * Submitting: complete and confirmed by both sides. Each submission keeps the content whole as a
 * numbered version; the cycle's deadline is recorded as met, and the deadline and lateness are those of
 * the first submission.
 */
async function submitValues(tx: Executor, actor: Actor, open: OpenReport, now: Date) {
  const { row, partnership: p } = open;
  const facts = await loadYearFacts(tx, p, row.year);
  const { content, missing } = assess(row.content, facts);
  const count = missing.length;
  const violations: Violation[] = missing.map((m) => ({ code: 'REPORT_INCOMPLETE', field: m.path, params: { item: m.code, count } }));
  if (!row.homeConfirmedAt) violations.push({ code: 'REPORT_CONFIRMATION_MISSING', field: 'confirmations.home', params: { side: 'home' } });
  if (!row.partnerConfirmedAt) violations.push({ code: 'REPORT_CONFIRMATION_MISSING', field: 'confirmations.partner', params: { side: 'partner' } });
  if (violations.length) {
    // The problem's text counts the missing items; each entry names one with its path.
    const params = count ? { count } : violations[0]!.params;
    throw new DomainError(violations[0]!.code, { violations, params });
  }
  const number = row.submissionCount + 1;
  await repo.insertVersion(tx, { reportId: row.id, number, content, byId: actor.userId, byName: actor.name, submittedAt: now });
  const deadline = await reportDeadline(tx, p, row.year);
  if (deadline) await recordDeadlineMet(tx, actor, p.id, row.year, deadline.stepCode, null);
  const first = row.submittedAt === null;
  const date = first ? (deadline?.date ?? null) : row.deadline;
  return {
    content,
    submissionCount: number,
    submittedAt: now,
    ...(first ? { deadline: date, late: isLateSubmission(now.toISOString().slice(0, 10), date) } : {}),
  };
}

/** Accepting: the final year, or a year the office marked, needs the partnership's complete audit of it. */
async function acceptValues(tx: Executor, open: OpenReport, now: Date) {
  const { row, partnership: p } = open;
  if ((row.year === p.endYear || row.auditRequired) && !(await completeAuditFor(tx, p.id, row.year))) {
    throw new DomainError('AUDIT_MISSING', { params: { year: row.year }, violations: [{ code: 'AUDIT_MISSING', field: 'audit', params: { year: row.year } }] });
  }
  return { acceptedAt: now };
}

/**
 * POST /api/reports/:id/actions/:action. The report is locked and the transition checked again inside
 * the transaction: of two people acting at once one wins, the other gets 409. Writes the status event
 * (with the return's comments) and the audit entry together.
 */
export async function takeReportAction(db: Db, actor: Actor, id: string, action: ReportAction, body: ActionBody, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const open = await openReport(tx, actor, id, (pid) => mayTakeReportAction(actor, pid, action));
    const { row } = open;
    throwIfAnyOnVersion(checkReportTransition(row.status as ReportStatus, action), row.version, body.version);
    if (row.version !== body.version) throw stale(row.version);
    const message = body.message?.trim() || null;
    const comments = (body.comments ?? []).filter((c) => c.comment.trim() !== '');
    if (action === 'return' && comments.length === 0) throw invalid('comments');
    if (action === 'reopen' && !message) throw invalid('message');
    const values =
      action === 'submit'
        ? await submitValues(tx, actor, open, now)
        : action === 'accept'
          ? await acceptValues(tx, open, now)
          : action === 'reopen'
            ? { acceptedAt: null }
            : {};
    const to = REPORT_ACTION_RULES[action].to;
    const after = await repo.updateReport(tx, id, { ...values, status: to, version: row.version + 1, updatedAt: now });
    await repo.insertEvent(tx, {
      reportId: id,
      fromStatus: row.status,
      toStatus: to,
      byId: actor.userId,
      byName: actor.name,
      message,
      comments: action === 'return' ? comments : [],
      at: now,
    });
    await recordChange(tx, actor, {
      action: `report.${action}`,
      entityType: 'annual_report',
      entityId: id,
      partnershipId: row.partnershipId,
      before: audited(row),
      after: { ...audited(after), message, comments: action === 'return' ? comments : undefined },
    });
  });
}
