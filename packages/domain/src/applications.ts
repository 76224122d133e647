import type { Violation } from './errors';
import { MUNICIPALITY_SIDES } from './documents';
import type {
  ApplicationAction,
  ApplicationConfirmations,
  ApplicationFacts,
  ApplicationPrinciples,
  ApplicationStatus,
  MissingItem,
  MissingItemTarget,
} from './applications-types';

/** The appraisal workflow as data: which status may follow which. */
export const APPLICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  draft: ['submitted'],
  submitted: ['in_appraisal', 'returned'],
  in_appraisal: ['returned', 'approved', 'rejected'],
  returned: ['submitted'],
  approved: [],
  rejected: [],
};

/** The status each action leads to, and who may take it. */
export const APPLICATION_ACTION_RULES: Record<ApplicationAction, { to: ApplicationStatus; by: 'coordinators' | 'programme_office' }> = {
  submit: { to: 'submitted', by: 'coordinators' },
  start_appraisal: { to: 'in_appraisal', by: 'programme_office' },
  return: { to: 'returned', by: 'programme_office' },
  approve: { to: 'approved', by: 'programme_office' },
  reject: { to: 'rejected', by: 'programme_office' },
};

/** Whether the application's text may still be changed by its coordinators. */
export function isApplicationEditable(status: ApplicationStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** Refuses an action the workflow does not allow from `from` (checked again inside the write transaction). */
export function checkApplicationTransition(from: ApplicationStatus, action: ApplicationAction): Violation[] {
  const to = APPLICATION_ACTION_RULES[action].to;
  return APPLICATION_TRANSITIONS[from].includes(to) ? [] : [{ code: 'INVALID_TRANSITION', params: { from, to } }];
}

const PRINCIPLE_FIELDS: (keyof Omit<ApplicationPrinciples, 'otherDonors'>)[] = [
  'sustainability',
  'coherence',
  'recipientResponsibility',
  'nationalMobilisation',
  'ownCompetence',
];

const blank = (s: string | null | undefined) => !s || !s.trim();
const section = (s: MissingItem['section'], field?: string): MissingItemTarget => ({ area: 'application', section: s, ...(field ? { field } : {}) });

/**
 * Everything an application still lacks before it can be submitted, each with the place where it is put
 * right, in the order of the application's sections. Empty when it is complete.
 */
export function applicationCompleteness(f: ApplicationFacts): MissingItem[] {
  const out: MissingItem[] = [];
  const c = f.content;
  if (blank(c.summary)) out.push({ code: 'summary_missing', section: 'summary', target: section('summary', 'summary') });
  if (!c.purposes.length) out.push({ code: 'purposes_missing', section: 'purposes', target: section('purposes', 'purposes') });
  if (c.purposes.length > f.maxPurposes) {
    out.push({ code: 'too_many_purposes', section: 'purposes', target: section('purposes', 'purposes'), params: { max: f.maxPurposes } });
  }
  for (const side of MUNICIPALITY_SIDES) {
    if (blank(c.coreTasks[side])) out.push({ code: 'core_task_missing', section: 'core_tasks', target: section('core_tasks', `coreTasks.${side}`), params: { side } });
  }
  for (const p of PRINCIPLE_FIELDS) {
    if (blank(c.principles[p])) out.push({ code: 'principle_missing', section: 'principles', target: section('principles', `principles.${p}`), params: { principle: p } });
  }
  if (blank(c.strategicGoals)) out.push({ code: 'strategic_goals_missing', section: 'strategic_goals', target: section('strategic_goals', 'strategicGoals') });
  for (const year of f.years) {
    const line = c.budgetRequested.find((b) => b.year === year);
    if (!line || line.amount <= 0) out.push({ code: 'budget_missing', section: 'budget', target: section('budget', `budgetRequested.${year}`), params: { year } });
  }
  out.push(...documentGaps(f));
  out.push(...frameworkGaps(f));
  if (!f.risks.length) out.push({ code: 'risks_missing', section: 'risks', target: { area: 'risks' } });
  for (const r of f.risks.filter((x) => x.unanswered)) {
    out.push({ code: 'high_risk_unanswered', section: 'risks', target: { area: 'risks', riskId: r.id }, params: { risk: r.title } });
  }
  return out;
}

function documentGaps(f: ApplicationFacts): MissingItem[] {
  const out: MissingItem[] = [];
  const has = (category: string, side?: string) => f.documents.some((d) => d.category === category && (side === undefined || d.side === side));
  if (!has('council_decision') && !has('international_strategy')) {
    out.push({ code: 'council_decision_or_strategy_missing', section: 'documents', target: { area: 'documents', category: 'council_decision', side: 'home' } });
  }
  // A Code of Ethics signed by each municipality comes with the first application.
  if (f.kind === 'initial') {
    for (const side of MUNICIPALITY_SIDES) {
      if (!has('code_of_ethics', side)) {
        out.push({ code: 'code_of_ethics_missing', section: 'documents', target: { area: 'documents', category: 'code_of_ethics', side }, params: { side } });
      }
    }
  }
  return out;
}

function frameworkGaps(f: ApplicationFacts): MissingItem[] {
  const out: MissingItem[] = [];
  const fw = f.framework;
  if (!fw.hasImpact) out.push({ code: 'impact_missing', section: 'results', target: { area: 'results' } });
  if (!fw.outcomes.length) out.push({ code: 'outcome_missing', section: 'results', target: { area: 'results' } });
  for (const o of fw.outcomes.filter((x) => x.indicatorCount === 0)) {
    out.push({ code: 'outcome_without_indicator', section: 'results', target: { area: 'results', resultId: o.id }, params: { result: o.title } });
  }
  for (const i of fw.indicators) {
    if (!i.hasBaseline) out.push({ code: 'indicator_without_baseline', section: 'results', target: { area: 'indicator', indicatorId: i.id }, params: { indicator: i.name } });
    if (!i.hasTarget) out.push({ code: 'indicator_without_target', section: 'results', target: { area: 'indicator', indicatorId: i.id }, params: { indicator: i.name } });
  }
  return out;
}

/** Where in the app a missing item is put right (the web links there; the API returns it with each item). */
export function missingItemPath(target: MissingItemTarget, partnershipId: string, applicationId: string): string {
  const base = `/partnerships/${partnershipId}`;
  switch (target.area) {
    case 'application':
      return `${base}/applications/${applicationId}#${target.section}`;
    case 'documents':
      return `${base}/documents?category=${target.category}${target.side ? `&side=${target.side}` : ''}`;
    case 'results':
      return target.resultId ? `${base}/results/${target.resultId}` : `${base}/results`;
    case 'indicator':
      return `${base}/results/indicators/${target.indicatorId}`;
    case 'risks':
      return target.riskId ? `${base}/risks/${target.riskId}` : `${base}/risks`;
  }
}

/** Submission needs a complete application and both coordinators' confirmations. */
export function checkSubmission(missing: MissingItem[], confirmations: ApplicationConfirmations): Violation[] {
  const out: Violation[] = [];
  if (missing.length) out.push({ code: 'APPLICATION_INCOMPLETE', params: { count: missing.length } });
  if (!confirmations.home) out.push({ code: 'APPLICATION_CONFIRMATION_MISSING', field: 'confirmations.home', params: { side: 'home' } });
  if (!confirmations.partner || !confirmations.partnerLedPrioritisation) {
    out.push({ code: 'APPLICATION_CONFIRMATION_MISSING', field: 'confirmations.partner', params: { side: 'partner' } });
  }
  return out;
}

/** A submission after the cycle's deadline is accepted and marked late (a deadline still to be announced cannot be missed). */
export function isLateSubmission(submittedOn: string, deadline: string | null): boolean {
  return deadline !== null && submittedOn > deadline;
}
