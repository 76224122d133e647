import {
  DomainError,
  checkRegister,
  hasDocumentedTolerance,
  heatMap,
  isOverdue,
  questionsContinuation,
  ratingOf,
  bandOf,
  type Actor,
  type RiskDetailDto,
  type RiskRegisterDto,
  type RiskRegisterStatusDto,
  type RiskSettingsDto,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import { isUuid } from '../../lib/ids';
import { offsetOf } from '../../lib/paging';
import type { RiskListQuery } from './risks.contract';
import { mayReadRisks, riskCan } from './risks.policy';
import { factsOf, historyOf, presentReview, presentRisk, type PresentContext } from './risks.present';
import * as repo from './risks.repository';
import { resultTitles } from './risks.results';
import { todayIso } from './risks.service';
import { settingsOf } from './risks-settings.service';

/** The partnership, when the actor may read its risks; otherwise it does not exist (404). */
async function readable(db: Executor, actor: Actor, partnershipId: string) {
  const p = isUuid(partnershipId) && mayReadRisks(actor, partnershipId) ? await repo.partnershipForRisks(db, partnershipId, false) : null;
  if (!p) throw new DomainError('NOT_FOUND');
  return p;
}

async function contextFor(db: Executor, settings: RiskSettingsDto, rows: { resultId: string | null }[], lang: string): Promise<PresentContext> {
  const ids = [...new Set(rows.map((r) => r.resultId).filter((id): id is string => !!id))];
  const titles = ids.length ? await resultTitles(db, ids, lang) : new Map<string, string>();
  return { settings, today: todayIso(), resultTitle: (id) => titles.get(id) ?? null };
}

function registerStatus(row: repo.RiskRegisterRow | null, all: repo.RiskRow[], settings: RiskSettingsDto): RiskRegisterStatusDto {
  const violations = checkRegister(all.map(factsOf), settings.thresholds);
  return {
    state: (row?.state ?? 'draft') as RiskRegisterStatusDto['state'],
    completedAt: row?.completedAt?.toISOString() ?? null,
    completedByName: row?.completedByName ?? null,
    violations,
    completable: violations.length === 0,
    version: row?.version ?? 1,
  };
}

/**
 * GET /api/partnerships/:id/risks: a page of the register (filtered, in register order) and the
 * whole register's summary. A fixed number of queries, whatever the number of risks.
 */
export async function riskRegister(db: Executor, actor: Actor, partnershipId: string, query: RiskListQuery, lang: string): Promise<RiskRegisterDto> {
  const p = await readable(db, actor, partnershipId);
  const settings = await settingsOf(db, p.programmeId);
  const t = settings.thresholds;
  const [page, all, register] = await Promise.all([
    repo.listRisks(db, partnershipId, query, t, query.pageSize, offsetOf(query)),
    repo.allRisks(db, partnershipId),
    repo.findRegister(db, partnershipId),
  ]);
  const ctx = await contextFor(db, settings, page.rows, lang);
  const today = ctx.today;
  const facts = all.map(factsOf);
  const open = all.filter((r) => r.status === 'open');
  const questioning = facts.filter((f) => questionsContinuation(f, t)).map((f) => f.id);
  return {
    items: page.rows.map((r) => presentRisk(r, ctx)),
    total: page.total,
    page: query.page,
    pageSize: query.pageSize,
    register: registerStatus(register, all, settings),
    heatMap: heatMap(
      facts.map((f) => ({ id: f.id, status: f.status, probability: f.probability, consequence: f.consequence })),
      t,
    ),
    continuationQuestioned: questioning.length > 0,
    questioningRiskIds: questioning,
    counts: {
      open: open.length,
      closed: all.length - open.length,
      high: open.filter((r) => bandOf(ratingOf(r.currentProbability, r.currentConsequence), t) === 'high').length,
      overdue: open.filter((r) => isOverdue({ status: 'open', identifiedOn: r.identifiedOn, lastReviewedOn: r.lastReviewedOn }, settings.reviewIntervalMonths, today)).length,
      toleranceDocumented: open.filter((r) => hasDocumentedTolerance(factsOf(r).tolerance)).length,
    },
    settings,
    can: riskCan(actor, partnershipId, p.status),
  };
}

/** The register's completeness alone (the answer to PUT …/risks/register). */
export async function registerStatusOf(db: Executor, actor: Actor, partnershipId: string): Promise<RiskRegisterStatusDto> {
  const p = await readable(db, actor, partnershipId);
  const [settings, all, register] = await Promise.all([settingsOf(db, p.programmeId), repo.allRisks(db, partnershipId), repo.findRegister(db, partnershipId)]);
  return registerStatus(register, all, settings);
}

/** One risk with its reviews (newest first), its rating history (oldest first) and what the actor may do. */
export async function riskDetail(db: Executor, actor: Actor, partnershipId: string, riskId: string, lang: string): Promise<RiskDetailDto> {
  const p = await readable(db, actor, partnershipId);
  const row = isUuid(riskId) ? await repo.findRisk(db, partnershipId, riskId) : null;
  if (!row) throw new DomainError('NOT_FOUND');
  const [settings, reviews] = await Promise.all([settingsOf(db, p.programmeId), repo.reviewsOf(db, riskId)]);
  const ctx = await contextFor(db, settings, [row], lang);
  return {
    ...presentRisk(row, ctx),
    reviews: reviews.map((r) => presentReview(r, settings)),
    history: historyOf(row, reviews, settings),
    can: riskCan(actor, partnershipId, p.status),
  };
}
