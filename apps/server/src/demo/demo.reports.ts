import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  convertToOre,
  divRound,
  emptyReportContent,
  financialSummary,
  partnershipDeadlines,
  reportCompleteness,
  type BudgetLine,
  type BudgetRules,
  type ReportAction,
  type ReportContent,
  type ReportMissingItem,
  type ReportStatus,
  type ValueStatus,
} from '@mic/domain';
import type { Executor } from '../db/client';
import { budgetRules, grants, indicators, indicatorValues, instalments, results, users } from '../db/schema';
import { workPlans } from '../db/schema.finance';
import { annualReports, reportEvents, reportVersions } from '../db/schema.reports';
import { recordChange } from '../modules/audit/audit.service';
import { findCompletion, loadCycleDates, loadProgrammeCycle } from '../modules/cycle/cycle.repository';
import { recordDeadlineMet } from '../modules/deadlines/deadlines.service';
import { loadDemoAudits } from './demo.audits';
import { DEMO_PARTNERSHIPS } from './demo.data';
import { DEMO_DRAFT_REPORT, DEMO_REPORTS, type DemoPerson, type DemoReportStory } from './demo.reports.data';
import { loadGranPlan } from './demo.reports.plan';

type Person = { userId: string; name: string } | null;
type People = (p: DemoPerson) => { id: string | null; name: string };

/** What a report's year holds outside the report, as the completeness check needs it. */
interface YearFacts {
  lines: BudgetLine[];
  outcomeIds: string[];
  indicators: { id: string; valueStatus: ValueStatus | null }[];
  granted: number;
  paid: number;
}

/**
 * The annual reports of the demo (issue 8), after the money: the audits and their documents, Gran –
 * Mukono's final-year plan, one report per story in DEMO_REPORTS with its versions, events and
 * confirmations, and Stord – San Juan Comalapa's draft for this year. A report that was submitted has
 * its cycle deadline recorded met; Stjørdal – Panajachel's 2025 report stays overdue.
 */
export async function loadDemoReports(tx: Executor, programmeId: string, partnershipIds: Map<string, string>): Promise<void> {
  const people = await demoPeople(tx);
  const officer = toPerson(people({ email: 'officer@mic.example' }));
  const [rulesRow] = await tx.select().from(budgetRules).where(eq(budgetRules.programmeId, programmeId));
  const rules: BudgetRules = rulesRow!;

  await loadDemoAudits(tx, partnershipIds, officer);
  await loadGranPlan(tx, partnershipIds, rules, officer);

  const cycle = await loadProgrammeCycle(tx, programmeId);
  const dates = await loadCycleDates(tx, programmeId, [...new Set(DEMO_REPORTS.map((s) => s.year))]);
  for (const story of DEMO_REPORTS) {
    const partnershipId = partnershipIds.get(story.partnership);
    const p = DEMO_PARTNERSHIPS.find((d) => d.key === story.partnership)!;
    if (!partnershipId) continue;
    const deadline = cycle ? (partnershipDeadlines(p, story.year, cycle, dates).find((d) => d.kind === 'annual_report')?.date ?? null) : null;
    await loadStory(tx, story, partnershipId, deadline, rules, people);
  }
  await loadDraft(tx, partnershipIds, rules, people);
}

async function loadStory(tx: Executor, story: DemoReportStory, partnershipId: string, deadline: string | null, rules: BudgetRules, people: People): Promise<void> {
  const facts = await yearFacts(tx, partnershipId, story.year);
  const content: ReportContent = {
    narrative: {
      outcomes: facts.outcomeIds.map((resultId, i) => ({ resultId, contribution: story.contributions[i] ?? '' })),
      indicatorNotes: story.indicatorNotes,
      riskReview: story.riskReview,
      homeLearning: story.homeLearning,
      lessons: story.lessons,
      visibility: story.visibility,
    },
    financial: { lines: spentLines(facts.lines, story.spend, story.explanations), unspentExplanation: story.unspentExplanation },
  };
  const status: ReportStatus = story.steps.at(-1)?.to ?? 'draft';
  const missing = missingOf(content, facts, rules);
  const name = `${story.partnership} ${story.year}`;
  if ((status === 'submitted' || status === 'accepted') && missing.length) throw new Error(`demo report ${name} lacks ${missing.map((m) => `${m.code} ${m.path}`).join(', ')}`);

  const submissions = story.steps.filter((s) => s.to === 'submitted');
  const first = submissions[0];
  const last = submissions.at(-1);
  const accepted = story.steps.find((s) => s.to === 'accepted');
  const confirmed = story.confirmed && status !== 'returned' ? story.confirmed : null;
  const createdAt = at(first ? addMonths(first.on, -2) : `${story.year + 1}-01-15`);
  const [row] = await tx
    .insert(annualReports)
    .values({
      partnershipId,
      year: story.year,
      status,
      content,
      submissionCount: submissions.length,
      deadline,
      late: !!first && deadline !== null && first.on > deadline,
      submittedAt: last ? at(last.on) : null,
      acceptedAt: accepted ? at(accepted.on) : null,
      auditRequired: story.auditRequired ?? false,
      ...(confirmed
        ? {
            homeConfirmedAt: at(confirmed.on),
            homeConfirmedByName: people(confirmed.home).name,
            partnerConfirmedAt: at(confirmed.on),
            partnerConfirmedByName: people(confirmed.partner).name,
          }
        : {}),
      // Started, saved a few times, then each workflow step.
      version: 4 + story.steps.length,
      createdAt,
      updatedAt: at(story.steps.at(-1)?.on ?? createdAt.toISOString().slice(0, 10)),
    })
    .returning({ id: annualReports.id });
  const reportId = row!.id;
  await recordChange(tx, null, { action: 'report.created', entityType: 'annual_report', entityId: reportId, partnershipId, after: { year: story.year, status: 'draft' } });

  let from: ReportStatus = 'draft';
  let number = 0;
  for (const step of story.steps) {
    const by = people(step.by);
    const actor = toPerson(by);
    if (step.to === 'submitted') {
      number += 1;
      const submitted = number === 1 && story.firstExplanation ? withExplanation(content, story.firstExplanation) : content;
      await tx.insert(reportVersions).values({ reportId, number, content: submitted, byId: by.id, byName: by.name, submittedAt: at(step.on) });
    }
    await tx.insert(reportEvents).values({
      reportId,
      fromStatus: from,
      toStatus: step.to,
      byId: by.id,
      byName: by.name,
      message: step.message ?? null,
      comments: step.comments ?? [],
      at: at(step.on),
    });
    await recordChange(tx, actor, {
      action: `report.${actionOf(step.to)}`,
      entityType: 'annual_report',
      entityId: reportId,
      partnershipId,
      before: { status: from },
      after: { status: step.to, on: step.on, message: step.message ?? null, comments: step.comments ?? [], ...(step.to === 'submitted' ? { number } : {}) },
    });
    from = step.to;
  }

  // A report that went in met its deadline (the cycle records it, as the submit action does).
  if (first && !(await findCompletion(tx, partnershipId, story.year, 'annual-report'))) {
    const by = people(first.by);
    await recordDeadlineMet(tx, toPerson(by), partnershipId, story.year, 'annual-report', 'Submitted in the platform.');
  }
}

/** Stord – San Juan Comalapa's draft for this year: partly written, nothing confirmed (the browser journeys edit it). */
async function loadDraft(tx: Executor, partnershipIds: Map<string, string>, rules: BudgetRules, people: People): Promise<void> {
  const d = DEMO_DRAFT_REPORT;
  const partnershipId = partnershipIds.get(d.partnership);
  if (!partnershipId) return;
  const facts = await yearFacts(tx, partnershipId, d.year);
  const empty = emptyReportContent(facts.outcomeIds, facts.lines.map((l) => l.id));
  const spent = spentLines(facts.lines, d.spend, {});
  const content: ReportContent = {
    narrative: { ...empty.narrative, outcomes: empty.narrative.outcomes.map((o, i) => ({ ...o, contribution: d.contributions[i] ?? '' })) },
    financial: { ...empty.financial, lines: empty.financial.lines.map((l, i) => (i in d.spend ? spent[i]! : l)) },
  };
  if (missingOf(content, facts, rules).length === 0) throw new Error('demo draft report should stay incomplete');
  const by = people({ email: 'stord@mic.example' });
  const [row] = await tx
    .insert(annualReports)
    .values({ partnershipId, year: d.year, status: 'draft', content, version: 3, createdAt: at(d.createdOn), updatedAt: at(d.createdOn) })
    .returning({ id: annualReports.id });
  await recordChange(tx, toPerson(by), { action: 'report.created', entityType: 'annual_report', entityId: row!.id, partnershipId, after: { year: d.year, status: 'draft' } });
  await recordChange(tx, toPerson(by), { action: 'report.saved', entityType: 'annual_report', entityId: row!.id, partnershipId, after: { version: 3 } });
}

/**
 * The financial lines as spent: `spend` percent of each line's budget (100 where not given), local lines
 * in whole units of their own currency and converted at the line's rate, exactly as the server does.
 */
function spentLines(lines: BudgetLine[], spend: Record<number, number>, explanations: Record<number, string>): ReportContent['financial']['lines'] {
  return lines.map((line, i) => {
    const percent = BigInt(spend[i] ?? 100);
    const explanation = explanations[i] ?? '';
    if (!line.local) return { lineId: line.id, actual: Number(divRound(BigInt(line.amount) * percent, 100n)), localActual: null, explanation };
    const localActual = Number(divRound(BigInt(line.local.amount) * percent, 100n * 100n)) * 100;
    return { lineId: line.id, actual: convertToOre(localActual, line.local.currency, line.local.rate), localActual, explanation };
  });
}

function missingOf(content: ReportContent, facts: YearFacts, rules: BudgetRules): ReportMissingItem[] {
  const financial = financialSummary(facts.lines, content.financial, rules.varianceThresholdPercent, facts.granted, facts.paid);
  return reportCompleteness({ content, workPlanExists: facts.lines.length > 0, outcomeIds: facts.outcomeIds, indicators: facts.indicators, financial });
}

/** The work plan's lines, the framework's outcomes and indicator values, the grant and what was paid of it. */
async function yearFacts(tx: Executor, partnershipId: string, year: number): Promise<YearFacts> {
  const [plan] = await tx
    .select({ content: workPlans.content })
    .from(workPlans)
    .where(and(eq(workPlans.partnershipId, partnershipId), eq(workPlans.year, year)));
  const outcomes = await tx
    .select({ id: results.id })
    .from(results)
    .where(and(eq(results.partnershipId, partnershipId), eq(results.level, 'outcome')))
    .orderBy(asc(results.position));
  const defs = await tx.select({ id: indicators.id }).from(indicators).where(eq(indicators.partnershipId, partnershipId));
  const values = await tx
    .select({ indicatorId: indicatorValues.indicatorId, status: indicatorValues.status })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.partnershipId, partnershipId), eq(indicatorValues.year, year)));
  const [grant] = await tx
    .select({ amount: grants.amount })
    .from(grants)
    .where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, year), eq(grants.firm, true)));
  const [paid] = await tx
    .select({ sum: sql<string | null>`sum(${instalments.amount})` })
    .from(instalments)
    .where(and(eq(instalments.partnershipId, partnershipId), eq(instalments.year, year), eq(instalments.status, 'paid')));
  const status = new Map(values.map((v) => [v.indicatorId, v.status as ValueStatus]));
  return {
    lines: plan?.content.lines ?? [],
    outcomeIds: outcomes.map((o) => o.id),
    indicators: defs.map((d) => ({ id: d.id, valueStatus: status.get(d.id) ?? null })),
    granted: grant?.amount ?? 0,
    paid: Number(paid?.sum ?? 0),
  };
}

function withExplanation(content: ReportContent, first: { line: number; text: string }): ReportContent {
  const lines = content.financial.lines.map((l, i) => (i === first.line ? { ...l, explanation: first.text } : l));
  return { ...content, financial: { ...content.financial, lines } };
}

/** The workflow action that leads to `to`, named as the server's audit entries name it (a resubmission is a submit). */
function actionOf(to: ReportStatus): ReportAction {
  return to === 'submitted' ? 'submit' : to === 'returned' ? 'return' : 'accept';
}

async function demoPeople(tx: Executor): Promise<People> {
  const rows = await tx.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.email, ['officer@mic.example', 'stord@mic.example', 'comalapa@mic.example', 'panajachel@mic.example']));
  return (p) => {
    if ('name' in p) return { id: null, name: p.name };
    const u = rows.find((r) => r.email === p.email);
    return { id: u?.id ?? null, name: u?.name ?? p.email };
  };
}

const toPerson = (p: { id: string | null; name: string }): Person => (p.id ? { userId: p.id, name: p.name } : null);
const at = (day: string) => new Date(`${day}T10:00:00Z`);
const addMonths = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
