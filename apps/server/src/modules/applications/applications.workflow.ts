import {
  APPLICATION_ACTION_RULES,
  DomainError,
  checkApplicationTransition,
  checkSubmission,
  isLateSubmission,
  isProgrammeOffice,
  partnershipDeadlines,
  type Actor,
  type ApplicationAction,
  type ApplicationStatus,
  type MissingItemDto,
  type Violation,
} from '@mic/domain';
import type { AppContext } from '../../app';
import type { Executor } from '../../db/client';
import { recordChange } from '../audit/audit.service';
import { loadCycleDates, loadProgrammeCycle } from '../cycle/cycle.repository';
import { recordDeadlineMet } from '../deadlines/deadlines.service';
import { recordGrantDecision } from '../payments/grants.service';
import type { ActionBody, AppraisalBody } from './applications.contract';
import { MAX_AMOUNT } from './applications.contract';
import { missingItems, yearsAppliedFor } from './applications.facts';
import { notifyApplicants, type NoticeKind } from './applications.notify';
import { mayTakeAction } from './applications.policy';
import { snapshot } from './applications.present';
import * as repo from './applications.repository';
import { confirmationOf } from './applications.service';
import { invalid, locked, openApplication, stale, sum, type OpenApplication } from './applications.write';
import { throwIfAnyOnVersion } from '../../lib/version-conflict';

export type WorkflowContext = Pick<AppContext, 'db' | 'now' | 'config' | 'mailer'>;

/** A refused submission: APPLICATION_INCOMPLETE with the missing items (and their paths) for the problem's `items` member. */
export class ApplicationIncompleteError extends DomainError {
  constructor(
    readonly items: MissingItemDto[],
    violations: Violation[],
  ) {
    super(violations[0]?.code ?? 'APPLICATION_INCOMPLETE', { violations, params: violations[0]?.params });
  }
}

const NOTICES: Partial<Record<ApplicationAction, NoticeKind>> = { return: 'returned', approve: 'approved', reject: 'rejected' };

/** The cycle's annual-application deadline of the funding year for the partnership's funding source (step code and date; null when the cycle has none). */
async function applicationDeadline(tx: Executor, p: repo.PartnershipFacts, year: number) {
  const cycle = await loadProgrammeCycle(tx, p.programmeId);
  if (!cycle) return null;
  const dates = await loadCycleDates(tx, p.programmeId, [year]);
  return partnershipDeadlines(p, year, cycle, dates).find((d) => d.kind === 'annual_application') ?? null;
}

/** Submitting: complete, both confirmed (the caller may confirm with it); the deadline and lateness are kept from the first submission. */
async function submitValues(tx: Executor, actor: Actor, open: OpenApplication, body: ActionBody, now: Date) {
  const { row, partnership: p } = open;
  const own = body.confirm ? confirmationOf(actor, row.partnershipId, body.confirm.partnerLedPrioritisation, now) : {};
  const confirmed = { ...row, ...own };
  const { maxPurposes } = await repo.programmePurposes(tx, p.programmeId);
  const missing = (await missingItems(tx, [{ ...row, partnership: p }], maxPurposes)).get(row.id) ?? [];
  const violations = checkSubmission(missing, {
    home: confirmed.homeConfirmedAt !== null,
    partner: confirmed.partnerConfirmedAt !== null,
    partnerLedPrioritisation: confirmed.partnerLedPrioritisation,
  });
  if (violations.length) {
    const perItem = missing.map((m) => ({ code: 'APPLICATION_INCOMPLETE' as const, field: m.path, params: { item: m.code } }));
    const [first, ...rest] = violations;
    throw new ApplicationIncompleteError(missing, first!.code === 'APPLICATION_INCOMPLETE' ? [first!, ...perItem, ...rest] : violations);
  }
  const deadline = await applicationDeadline(tx, p, row.year);
  if (deadline) await recordDeadlineMet(tx, actor, p.id, row.year, deadline.stepCode, null);
  if (row.submittedAt) return own;
  const date = deadline?.date ?? null;
  return { ...own, submittedAt: now, deadline: date, late: isLateSubmission(now.toISOString().slice(0, 10), date) };
}

/** Approving: one granted line for each year applied for, each a whole number of øre. */
function approveValues(open: OpenApplication, body: ActionBody, now: Date) {
  const { row, partnership: p } = open;
  const years = yearsAppliedFor(row.kind, row.year, p.endYear);
  const granted = body.granted ?? [];
  const given = granted.map((g) => g.year).sort((a, b) => a - b);
  if (given.length !== years.length || given.some((y, i) => y !== years[i])) throw invalid('granted');
  const total = sum(granted);
  if (total > MAX_AMOUNT) throw invalid('granted');
  return { granted: [...granted].sort((a, b) => a.year - b.year), grantedTotal: total, decidedAt: now };
}

/**
 * POST /api/applications/:id/actions/:action. The application is locked and the transition checked
 * again inside the transaction: of two people acting at once one wins, the other gets 409
 * INVALID_TRANSITION. Writes the status event, the audit entry and the applicants' e-mails together.
 */
export async function takeAction(ctx: WorkflowContext, actor: Actor, id: string, action: ApplicationAction, body: ActionBody): Promise<{ notified: number }> {
  return ctx.db.transaction(async (tx) => {
    const open = await openApplication(tx, actor, id, (pid) => mayTakeAction(actor, pid, action));
    const { row, partnership: p } = open;
    throwIfAnyOnVersion(checkApplicationTransition(row.status as ApplicationStatus, action), row.version, body.version);
    if (row.version !== body.version) throw stale(row.version);
    const message = body.message?.trim() || null;
    if ((action === 'return' || action === 'reject') && !message) throw invalid('message');
    const now = ctx.now();
    const to = APPLICATION_ACTION_RULES[action].to;
    const values =
      action === 'submit'
        ? await submitValues(tx, actor, open, body, now)
        : action === 'approve'
          ? approveValues(open, body, now)
          : action === 'reject'
            ? { decidedAt: now }
            : {};
    const after = await repo.updateApplication(tx, id, { ...values, status: to, version: row.version + 1, updatedAt: now });
    if (action === 'approve') {
      // The grant of the application's own year is checked against the programme's funds (refused → nothing is approved).
      await recordGrantDecision(tx, actor, { partnership: p, applicationId: id, year: row.year, granted: after.granted ?? [], decidedAt: now });
    }
    const event = await repo.insertEvent(tx, { applicationId: id, fromStatus: row.status, toStatus: to, byId: actor.userId, byName: actor.name, message });
    await recordChange(tx, actor, {
      action: `application.${action}`,
      entityType: 'application',
      entityId: id,
      partnershipId: row.partnershipId,
      before: { status: row.status, version: row.version },
      after: { ...snapshot(after), content: undefined, message },
    });
    const notice = NOTICES[action];
    if (!notice) return { notified: 0 };
    const notified = await notifyApplicants(
      tx,
      { kind: notice, applicationId: id, eventId: event.id, year: row.year, partnership: { id: p.id, title: p.title }, message, grantedTotal: after.grantedTotal },
      { publicUrl: ctx.config.publicUrl, hold: !ctx.mailer.enabled },
    );
    return { notified };
  });
}

/** PUT /api/applications/:id/appraisal: the programme office's checklist, while submitted or in appraisal, on the version it saw. */
export async function saveAppraisal(ctx: WorkflowContext, actor: Actor, id: string, body: AppraisalBody): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const { row } = await openApplication(tx, actor, id, () => isProgrammeOffice(actor));
    if (row.status !== 'submitted' && row.status !== 'in_appraisal') throw locked(row.status);
    const before = await repo.findAppraisal(tx, id);
    if ((before?.version ?? 1) !== body.version) throw stale(before?.version ?? 1);
    const criteria = body.items.map((i) => i.criterion);
    if (new Set(criteria).size !== criteria.length) throw invalid('items');
    const after = await repo.saveAppraisal(tx, {
      applicationId: id,
      items: body.items,
      recommendation: body.recommendation,
      internalNote: body.internalNote,
      updatedBy: actor.userId,
      version: (before?.version ?? 1) + 1,
    });
    const view = (a: repo.AppraisalRow | null) => (a ? { items: a.items, recommendation: a.recommendation, internalNote: a.internalNote, version: a.version } : null);
    await recordChange(tx, actor, { action: 'application.appraised', entityType: 'application', entityId: id, partnershipId: row.partnershipId, before: view(before), after: view(after) });
  });
}
