import {
  DomainError,
  convertToOre,
  emptyReportContent,
  isProgrammeOffice,
  isReportEditable,
  type Actor,
  type PartnershipReportsDto,
  type ReportContent,
  type ReportSavedDto,
  type ReportStatus,
} from '@mic/domain';
import type { Db, Executor } from '../../db/client';
import { canonicalJson } from '../../lib/canonical-json';
import { isUuid } from '../../lib/ids';
import * as appRepo from '../applications/applications.repository';
import { recordChange } from '../audit/audit.service';
import { auditFlagsOf } from '../audits/audits.check';
import type { SaveBody } from './reports.contract';
import { alignContent, assess, loadYearFacts, type YearFacts } from './reports.facts';
import { mayListReports, mayWriteReport, onlyAccepted, reportSide } from './reports.policy';
import { savedDto } from './reports.present';
import * as repo from './reports.repository';
import { audited, invalid, locked, openReport, stale } from './reports.write';

/** GET /api/partnerships/:id/reports: the reports by year, the years that may be started, the audit flags. */
export async function reportsOf(db: Executor, actor: Actor, partnershipId: string): Promise<PartnershipReportsDto> {
  const p = isUuid(partnershipId) && mayListReports(actor, partnershipId) ? await appRepo.findPartnership(db, partnershipId) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  const [rows, flags] = await Promise.all([repo.reportsOfPartnership(db, partnershipId), auditFlagsOf(db, [partnershipId])]);
  const visible = onlyAccepted(actor, partnershipId) ? rows.filter((r) => r.status === 'accepted') : rows;
  const started = new Set(rows.map((r) => r.year));
  const canStart: number[] = [];
  if (mayWriteReport(actor, partnershipId)) for (let y = p.startYear; y <= p.endYear; y++) if (!started.has(y)) canStart.push(y);
  return {
    items: visible.map((r) => ({
      id: r.id,
      year: r.year,
      status: r.status as ReportStatus,
      submissionCount: r.submissionCount,
      deadline: r.deadline,
      late: r.late,
      submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
    })),
    canStart,
    auditFlags: flags.get(partnershipId) ?? [],
  };
}

/** POST /api/partnerships/:id/reports: a draft for a project year, with a line per budget line of the year's work plan. */
export async function createReport(db: Db, actor: Actor, partnershipId: string, year: number): Promise<string> {
  return db.transaction(async (tx) => {
    const p = isUuid(partnershipId) && mayListReports(actor, partnershipId) ? await appRepo.findPartnership(tx, partnershipId, true) : null;
    if (!p) throw new DomainError('NOT_FOUND');
    if (!mayWriteReport(actor, partnershipId)) throw new DomainError('FORBIDDEN');
    if (year < p.startYear || year > p.endYear) {
      const params = { year, startYear: p.startYear, endYear: p.endYear };
      throw new DomainError('YEAR_OUTSIDE_PERIOD', { violations: [{ code: 'YEAR_OUTSIDE_PERIOD', field: 'year', params }], params });
    }
    const facts = await loadYearFacts(tx, p, year);
    const content = emptyReportContent(
      facts.outcomes.map((o) => o.id),
      facts.lines.map((l) => l.id),
    );
    const row = await repo.insertReport(tx, { partnershipId, year, content, status: 'draft' });
    if (!row) throw new DomainError('CONFLICT', { violations: [{ code: 'CONFLICT', field: 'year' }] });
    await recordChange(tx, actor, { action: 'report.created', entityType: 'annual_report', entityId: row.id, partnershipId, after: audited(row) });
    return row.id;
  });
}

/**
 * The content as it is stored: the work plan's lines only (422 on another id or a repeated one), and
 * a local-currency line's actual computed from its local actual at the line's rate (never trusted from
 * the client).
 */
function normalise(content: ReportContent, facts: YearFacts): ReportContent {
  const planLines = new Map(facts.lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  const lines = content.financial.lines.map((l, i) => {
    const line = planLines.get(l.lineId);
    if (!line || seen.has(l.lineId)) throw invalid(`content.financial.lines.${i}.lineId`);
    seen.add(l.lineId);
    if (!line.local) return { ...l, localActual: null };
    return { ...l, actual: l.localActual === null ? null : convertToOre(l.localActual, line.local.currency, line.local.rate) };
  });
  const outcomeIds = new Set(facts.outcomes.map((o) => o.id));
  content.narrative.outcomes.forEach((o, i) => {
    if (!outcomeIds.has(o.resultId)) throw invalid(`content.narrative.outcomes.${i}.resultId`);
  });
  return alignContent({ narrative: content.narrative, financial: { ...content.financial, lines } }, facts);
}

/**
 * PUT /api/reports/:id/content: the editor saves as the coordinators write. Locked row, version checked;
 * a save that changes nothing writes nothing; one that changes the content clears both confirmations.
 */
export async function saveContent(db: Db, actor: Actor, id: string, body: SaveBody, now: Date): Promise<ReportSavedDto> {
  return db.transaction(async (tx) => {
    const { row, partnership: p } = await openReport(tx, actor, id, (pid) => mayWriteReport(actor, pid));
    if (!isReportEditable(row.status as ReportStatus)) throw locked(row.status);
    if (row.version !== body.version) throw stale(row.version);
    const facts = await loadYearFacts(tx, p, row.year);
    const content = normalise(body.content, facts);
    if (canonicalJson(content) === canonicalJson(alignContent(row.content, facts))) return savedDto(row, assess(row.content, facts));
    const after = await repo.updateReport(tx, id, {
      content,
      version: row.version + 1,
      updatedAt: now,
      homeConfirmedAt: null,
      homeConfirmedByName: null,
      partnerConfirmedAt: null,
      partnerConfirmedByName: null,
    });
    await recordChange(tx, actor, { action: 'report.saved', entityType: 'annual_report', entityId: id, partnershipId: p.id, before: audited(row), after: audited(after) });
    return savedDto(after, assess(content, facts));
  });
}

/** POST /api/reports/:id/confirm: a coordinator confirms the report for their side (home or partner), on the version they read. */
export async function confirmReport(db: Db, actor: Actor, id: string, now: Date, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, partnership: p } = await openReport(tx, actor, id, (pid) => reportSide(actor, pid) !== null);
    if (!isReportEditable(row.status as ReportStatus)) throw locked(row.status);
    if (version !== undefined && row.version !== version) throw stale(row.version);
    const side = reportSide(actor, p.id)!;
    const values = side === 'home' ? { homeConfirmedAt: now, homeConfirmedByName: actor.name } : { partnerConfirmedAt: now, partnerConfirmedByName: actor.name };
    const after = await repo.updateReport(tx, id, { ...values, version: row.version + 1, updatedAt: now });
    await recordChange(tx, actor, { action: 'report.confirmed', entityType: 'annual_report', entityId: id, partnershipId: p.id, before: audited(row), after: { ...audited(after), side } });
  });
}

/** PUT /api/reports/:id/audit-required: the programme office requires an audit for a year before the final one. */
export async function setAuditRequired(db: Db, actor: Actor, id: string, required: boolean, now: Date, version?: number): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, partnership: p } = await openReport(tx, actor, id, () => isProgrammeOffice(actor));
    if (row.year === p.endYear) throw invalid('required');
    if (row.status === 'accepted') throw locked(row.status);
    // Optional (older clients send none): made on the version the reader saw, checked on the locked row.
    if (version !== undefined && row.version !== version) throw stale(row.version);
    if (row.auditRequired === required) return;
    const after = await repo.updateReport(tx, id, { auditRequired: required, version: row.version + 1, updatedAt: now });
    await recordChange(tx, actor, { action: 'report.audit_required', entityType: 'annual_report', entityId: id, partnershipId: p.id, before: audited(row), after: audited(after) });
  });
}
