import {
  financialSummary,
  partnershipDeadlines,
  percentOfTarget,
  progressStatus,
  reportCompleteness,
  targetForYear,
  type BudgetLine,
  type FinancialSummary,
  type IndicatorDirection,
  type ReportContent,
  type ReportIndicatorDto,
  type ReportMissingItem,
  type ValueStatus,
} from '@mic/domain';
import type { Executor } from '../../db/client';
import type { PartnershipFacts } from '../applications/applications.repository';
import { findRules, findWorkPlan, rulesOf } from '../budget/budget.repository';
import { loadCycleDates, loadProgrammeCycle } from '../cycle/cycle.repository';
import { settingsOfPartnership } from '../results/settings.repository';
import * as repo from './reports.repository';

/** What a report's year looks like outside the report: work plan, rules, money, framework, register. */
export interface YearFacts {
  workPlanExists: boolean;
  lines: BudgetLine[];
  thresholdPercent: number;
  granted: number;
  paid: number;
  outcomes: { id: string; statement: Record<string, string>; outputs: { id: string; statement: Record<string, string> }[] }[];
  indicators: ReportIndicatorDto[];
  risks: { open: number; high: number; reviewedThisYear: number };
}

/** Everything the year needs, in a fixed number of queries whatever the size of the framework or budget. */
export async function loadYearFacts(db: Executor, p: PartnershipFacts, year: number): Promise<YearFacts> {
  const [plan, rules, money, framework, ind, settings, risks] = await Promise.all([
    findWorkPlan(db, p.id, year),
    findRules(db, p.programmeId),
    repo.yearMoney(db, p.id, year),
    repo.frameworkOf(db, p.id),
    repo.indicatorsOf(db, p.id, year),
    settingsOfPartnership(db, p.id),
    repo.riskCounts(db, p.id, p.programmeId, year),
  ]);
  const outcomes = framework
    .filter((r) => r.level === 'outcome')
    .map((o) => ({ id: o.id, statement: o.statement, outputs: framework.filter((r) => r.level === 'output' && r.parentId === o.id).map((r) => ({ id: r.id, statement: r.statement })) }));
  const inFramework = new Set(framework.map((r) => r.id));
  const period = { startYear: p.startYear, endYear: p.endYear };
  const valueOf = new Map(ind.values.map((v) => [v.indicatorId, v]));
  const indicators = ind.defs
    .filter((d) => inFramework.has(d.resultId))
    .map((d): ReportIndicatorDto => {
      const direction = d.direction as IndicatorDirection;
      const targets = ind.targets.filter((t) => t.indicatorId === d.id);
      const target = targetForYear({ baseline: d.baseline, targets, endTarget: d.endTarget }, year, period);
      const value = valueOf.get(d.id) ?? null;
      const percent = target && value ? percentOfTarget(direction, d.baseline, target.value, value.value) : null;
      return {
        id: d.id,
        resultId: d.resultId,
        name: d.name,
        unit: d.unit ? { en: d.unit } : null,
        target: target?.value ?? null,
        actual: value?.value ?? null,
        valueStatus: (value?.status as ValueStatus | undefined) ?? null,
        progress: progressStatus(percent, settings),
        percent,
      };
    });
  return {
    workPlanExists: plan !== null,
    lines: plan?.content.lines ?? [],
    thresholdPercent: rulesOf(rules).varianceThresholdPercent,
    granted: money.granted,
    paid: money.paid,
    outcomes,
    indicators,
    risks,
  };
}

/**
 * The content as the form shows it: one contribution per outcome of the framework and one financial line
 * per budget line of the work plan as they are now (the plan or framework may have changed since it was
 * started); what is written for them is kept.
 */
export function alignContent(content: ReportContent, facts: Pick<YearFacts, 'outcomes' | 'lines'>): ReportContent {
  const contributions = new Map(content.narrative.outcomes.map((o) => [o.resultId, o.contribution]));
  const lines = new Map(content.financial.lines.map((l) => [l.lineId, l]));
  return {
    narrative: { ...content.narrative, outcomes: facts.outcomes.map((o) => ({ resultId: o.id, contribution: contributions.get(o.id) ?? '' })) },
    financial: {
      ...content.financial,
      lines: facts.lines.map((l) => lines.get(l.id) ?? { lineId: l.id, actual: null, localActual: null, explanation: '' }),
    },
  };
}

export interface Assessed {
  content: ReportContent;
  financial: FinancialSummary;
  missing: ReportMissingItem[];
}

/** The report's financial summary and what it still lacks. */
export function assess(content: ReportContent, facts: YearFacts): Assessed {
  const aligned = alignContent(content, facts);
  const financial = financialSummary(facts.lines, aligned.financial, facts.thresholdPercent, facts.granted, facts.paid);
  const missing = reportCompleteness({
    content: aligned,
    workPlanExists: facts.workPlanExists,
    outcomeIds: facts.outcomes.map((o) => o.id),
    indicators: facts.indicators,
    financial,
  });
  return { content: aligned, financial, missing };
}

/** The cycle's annual-report deadline of the funding year for the partnership's funding source (null when the cycle has none). */
export async function reportDeadline(db: Executor, p: PartnershipFacts, year: number) {
  const cycle = await loadProgrammeCycle(db, p.programmeId);
  if (!cycle) return null;
  const dates = await loadCycleDates(db, p.programmeId, [year]);
  return partnershipDeadlines(p, year, cycle, dates).find((d) => d.kind === 'annual_report') ?? null;
}

