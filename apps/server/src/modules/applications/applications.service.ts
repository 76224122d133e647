import { DomainError, type Actor, type ApplicationContent, type ApplicationKind, type Violation } from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { recordChange } from '../audit/audit.service';
import type { ConfirmBody, CreateBody, UpdateBody } from './applications.contract';
import { MAX_AMOUNT } from './applications.contract';
import { yearsAppliedFor } from './applications.facts';
import { coordinatorSide, mayCreateApplication, mayReadApplications, mayWriteApplication } from './applications.policy';
import { snapshot } from './applications.present';
import * as repo from './applications.repository';
import { checkEditable, checkYearLines, invalid, openApplication, sum } from './applications.write';

/** An empty application with the partnership's purposes and a zero budget line for each year applied for. */
function emptyContent(purposes: string[], years: number[]): ApplicationContent {
  return {
    summary: '',
    purposes: [...purposes],
    coreTasks: { home: '', partner: '' },
    principles: { sustainability: '', coherence: '', recipientResponsibility: '', otherDonors: [], nationalMobilisation: '', ownCompetence: '' },
    strategicGoals: '',
    budgetRequested: years.map((year) => ({ year, amount: 0 })),
  };
}

/** An annual application starts from the previous one's text, with budget lines for its own years (the amounts already asked for kept). */
function startingContent(p: repo.PartnershipFacts, years: number[], previous: repo.ApplicationRow | null): ApplicationContent {
  const base = emptyContent(p.purposes, years);
  if (!previous) return base;
  const c = previous.content;
  return {
    ...c,
    purposes: [...p.purposes],
    budgetRequested: years.map((year) => ({ year, amount: c.budgetRequested.find((b) => b.year === year)?.amount ?? 0 })),
  };
}

/**
 * POST /api/partnerships/:id/applications: the partnership's application for a year of its project
 * period, one per year (409 CONFLICT). Initial for the start year, annual otherwise, unless told.
 */
export async function createApplication(db: Db, actor: Actor, partnershipId: string, body: CreateBody): Promise<string> {
  return db.transaction(async (tx) => {
    const p = isUuid(partnershipId) && mayReadApplications(actor, partnershipId) ? await repo.findPartnership(tx, partnershipId, true) : null;
    if (!p) throw new DomainError('NOT_FOUND');
    if (!mayCreateApplication(actor, partnershipId)) throw new DomainError('FORBIDDEN');
    if (p.status === 'closed') throw new DomainError('PARTNERSHIP_CLOSED');
    if (body.year < p.startYear || body.year > p.endYear) {
      DomainError.throwIfAny([{ code: 'YEAR_OUTSIDE_PERIOD', field: 'year', params: { year: body.year } }]);
    }
    const kind: ApplicationKind = body.kind ?? (body.year === p.startYear ? 'initial' : 'annual');
    const years = yearsAppliedFor(kind, body.year, p.endYear);
    const previous = kind === 'annual' ? await repo.latestBefore(tx, partnershipId, body.year) : null;
    const content = startingContent(p, years, previous);
    const row = await repo.insertApplication(tx, { partnershipId, year: body.year, kind, content, requestedTotal: sum(content.budgetRequested) });
    if (!row) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'year' }] });
    await repo.insertEvent(tx, { applicationId: row.id, fromStatus: null, toStatus: 'draft', byId: actor.userId, byName: actor.name });
    await recordChange(tx, actor, { action: 'application.created', entityType: 'application', entityId: row.id, partnershipId, before: null, after: snapshot(row) });
    return row.id;
  });
}

/** Purposes from the programme's list, budget lines within the period, the total within bounds. */
async function checkContent(db: Executor, p: repo.PartnershipFacts, content: ApplicationContent) {
  const { codes } = await repo.programmePurposes(db, p.programmeId);
  const v: Violation[] = [];
  content.purposes.forEach((code, i) => {
    if (!codes.includes(code)) v.push({ code: 'PURPOSE_UNKNOWN', field: `content.purposes.${i}`, params: { purpose: code } });
  });
  if (new Set(content.purposes).size !== content.purposes.length) v.push({ code: 'VALIDATION_FAILED', field: 'content.purposes' });
  v.push(...checkYearLines(content.budgetRequested, p, 'content.budgetRequested'));
  DomainError.throwIfAny(v);
  if (sum(content.budgetRequested) > MAX_AMOUNT) throw invalid('content.budgetRequested');
}

/** PUT /api/applications/:id: the coordinators change the text while it is a draft or returned; both confirmations lapse. */
export async function updateApplication(db: Db, actor: Actor, id: string, body: UpdateBody): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, partnership } = await openApplication(tx, actor, id, (pid) => mayWriteApplication(actor, pid));
    checkEditable(row, body.version);
    await checkContent(tx, partnership, body.content);
    if (JSON.stringify(body.content) === JSON.stringify(row.content)) return;
    const after = await repo.updateApplication(tx, id, {
      content: body.content,
      requestedTotal: sum(body.content.budgetRequested),
      ...clearedConfirmations,
      version: row.version + 1,
      updatedAt: new Date(),
    });
    await recordChange(tx, actor, { action: 'application.updated', entityType: 'application', entityId: id, partnershipId: row.partnershipId, before: snapshot(row), after: snapshot(after) });
  });
}

const clearedConfirmations = {
  homeConfirmedBy: null,
  homeConfirmedByName: null,
  homeConfirmedAt: null,
  partnerConfirmedBy: null,
  partnerConfirmedByName: null,
  partnerConfirmedAt: null,
  partnerLedPrioritisation: false,
};

/** The columns a coordinator's confirmation sets; the partner's must say the partner led the prioritisation. */
export function confirmationOf(actor: Actor, partnershipId: string, partnerLedPrioritisation: boolean | undefined, at: Date) {
  const side = coordinatorSide(actor, partnershipId);
  if (!side) throw new DomainError('FORBIDDEN');
  if (side === 'home') return { homeConfirmedBy: actor.userId, homeConfirmedByName: actor.name, homeConfirmedAt: at };
  if (partnerLedPrioritisation !== true) {
    DomainError.throwIfAny([{ code: 'APPLICATION_CONFIRMATION_MISSING', field: 'partnerLedPrioritisation', params: { side } }]);
  }
  return { partnerConfirmedBy: actor.userId, partnerConfirmedByName: actor.name, partnerConfirmedAt: at, partnerLedPrioritisation: true };
}

/** POST /api/applications/:id/confirm: the caller confirms for their side (home or partner coordinator). */
export async function confirmApplication(db: Db, actor: Actor, id: string, body: ConfirmBody, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const { row } = await openApplication(tx, actor, id, (pid) => coordinatorSide(actor, pid) !== null);
    checkEditable(row, body.version);
    const values = confirmationOf(actor, row.partnershipId, body.partnerLedPrioritisation, now);
    const after = await repo.updateApplication(tx, id, { ...values, version: row.version + 1, updatedAt: new Date() });
    await recordChange(tx, actor, {
      action: 'application.confirmed',
      entityType: 'application',
      entityId: id,
      partnershipId: row.partnershipId,
      before: snapshot(row).confirmations,
      after: snapshot(after).confirmations,
    });
  });
}
