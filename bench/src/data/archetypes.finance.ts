import { randomUUID } from 'node:crypto';
import { convertToOre, type ApplicationAction, type BudgetCategory, type WorkPlanContent } from '@mic/domain';
import type { Db } from '../../../apps/server/src/db/client';
import { actionBody, appraisalBody, confirmBody, createBody, updateBody } from '../../../apps/server/src/modules/applications/applications.contract';
import * as appRepo from '../../../apps/server/src/modules/applications/applications.repository';
import { confirmApplication, createApplication, updateApplication } from '../../../apps/server/src/modules/applications/applications.service';
import { saveAppraisal, takeAction } from '../../../apps/server/src/modules/applications/applications.workflow';
import { approveBody, workPlanBody } from '../../../apps/server/src/modules/budget/budget.contract';
import * as budgetRepo from '../../../apps/server/src/modules/budget/budget.repository';
import { approveWorkPlan, saveWorkPlan } from '../../../apps/server/src/modules/budget/budget.service';
import { fundsSources, setProgrammeFunds } from '../../../apps/server/src/modules/payments/funds.service';
import { actionBody as instalmentActionBody } from '../../../apps/server/src/modules/payments/payments.contract';
import * as paymentsRepo from '../../../apps/server/src/modules/payments/payments.repository';
import { takeInstalmentAction } from '../../../apps/server/src/modules/payments/instalments.service';
import { currentProgrammeId } from '../../../apps/server/src/modules/programme/programme.service';
import type { Framework, Team } from './archetypes.framework';
import { serviceContext } from './archetypes.people';
import { THIS_YEAR, TODAY, at, type ArchetypeSpec } from './archetypes.specs';

const ore = (spec: ArchetypeSpec) => spec.yearlyNok * 100;

async function versionOfApplication(db: Db, id: string): Promise<number> {
  return (await appRepo.findApplication(db, id))!.version;
}

/** The application's text: every section answered, the budget asked for each year it covers. */
function contentOf(spec: ArchetypeSpec, years: number[]) {
  return {
    summary: `${spec.title}. The two municipalities work together on ${spec.purposes.join(' and ')}, building on the baseline study.`,
    purposes: spec.purposes,
    coreTasks: { home: 'Technical advice, peer exchange and training of trainers.', partner: 'Service delivery, public hearings and publication of the budget.' },
    principles: {
      sustainability: 'Activities are run by permanent municipal staff and budgeted in the municipal plan from year three.',
      coherence: 'Aligned with the national decentralisation strategy and the municipal development plan.',
      recipientResponsibility: 'The partner municipality leads planning and owns every result.',
      otherDonors: [{ donor: 'National Development Fund', area: 'Road maintenance', amount: 150_000_00 }],
      nationalMobilisation: 'The partner finances staff time and premises from its own revenue.',
      ownCompetence: 'Both municipalities run the services in question every day.',
    },
    strategicGoals: 'Reliable services and an open budget process the citizens trust.',
    budgetRequested: years.map((year) => ({ year, amount: ore(spec) })),
  };
}

/** Raises the programme's funds for the year (as the office would) when this grant would not fit. */
async function ensureFunds(db: Db, team: Team, spec: ArchetypeSpec, year: number, needed: number) {
  const [source] = await fundsSources(db, await currentProgrammeId(db), year, spec.fundingSource);
  if (!source || source.remaining >= needed) return;
  const amount = (source.allocated ?? 0) + (needed - source.remaining) + 10_000_000_00;
  await setProgrammeFunds(db, team.office, year, spec.fundingSource, { amount, note: `Additional allocation ${year}.`, version: source.version });
}

const context = (db: Db, now: Date) => ({ db, ...serviceContext, now: () => now });

async function act(db: Db, team: Team, id: string, action: ApplicationAction, now: Date, extra: Record<string, unknown> = {}) {
  const actor = action === 'submit' ? team.home : team.office;
  await takeAction(context(db, now), actor, id, action, actionBody.parse({ version: await versionOfApplication(db, id), ...extra }));
}

export type ApplicationEnd = 'approved' | 'in_appraisal' | 'submitted';

/**
 * One application through its workflow: written by the home coordinator, confirmed by the partner,
 * submitted, appraised and (unless `end` says otherwise) approved by the office with the grant.
 */
export async function applyFor(db: Db, team: Team, spec: ArchetypeSpec, pid: string, year: number, end: ApplicationEnd, returnOnce = false): Promise<string> {
  const id = await createApplication(db, team.home, pid, createBody.parse({ year }));
  const row = (await appRepo.findApplication(db, id))!;
  const years = row.kind === 'initial' ? Array.from({ length: spec.startYear + 2 - year + 1 }, (_, i) => year + i) : [year];
  const write = async (reason: string) => {
    const content = contentOf(spec, years);
    if (reason) content.summary = `${content.summary} ${reason}`;
    await updateApplication(db, team.home, id, updateBody.parse({ content, version: await versionOfApplication(db, id) }));
    await confirmApplication(db, team.partner, id, confirmBody.parse({ partnerLedPrioritisation: true, version: await versionOfApplication(db, id) }), at(`${year - 1}-11-01`));
    await act(db, team, id, 'submit', at(`${year - 1}-11-10`), { confirm: {} });
  };
  await write('');
  if (end === 'submitted') return id;
  await act(db, team, id, 'start_appraisal', at(`${year - 1}-11-20`));
  if (returnOnce) {
    await act(db, team, id, 'return', at(`${year - 1}-11-25`), { message: 'Please show how the partner finances staff time after the project.' });
    await write('The partner finances two permanent posts from its own revenue.');
    await act(db, team, id, 'start_appraisal', at(`${year - 1}-11-28`));
  }
  await saveAppraisal(context(db, at(`${year - 1}-12-05`)), team.office, id, appraisalBody.parse({
    items: [
      { criterion: 'purposes', met: true, comment: 'Clear link to the municipal plan.', forApplicant: true },
      { criterion: 'budget', met: true, comment: 'Within the ceiling; administration below the limit.', forApplicant: false },
      { criterion: 'risk_assessment', met: true, comment: 'Register complete, high risks answered.', forApplicant: true },
    ],
    recommendation: end === 'approved' ? 'approve' : null,
    internalNote: 'Budget within the ceiling; administration share below the limit.',
    version: 1,
  }));
  if (end === 'in_appraisal') return id;
  await ensureFunds(db, team, spec, year, ore(spec));
  await act(db, team, id, 'approve', at(`${year}-01-20`), { granted: years.map((y) => ({ year: y, amount: ore(spec) })), message: 'Approved as applied for.' });
  return id;
}

// ---- work plans ----

const LINES: { category: BudgetCategory; side: 'home' | 'partner'; share: number; text: string; local?: boolean; activity: number }[] = [
  { category: 'travel', side: 'home', share: 0.14, text: 'Flights for the technical delegation', activity: 0 },
  { category: 'accommodation', side: 'home', share: 0.06, text: 'Hotel during the exchange visit', activity: 0 },
  { category: 'per_diem', side: 'home', share: 0.05, text: 'Per diem, home delegation', activity: 0 },
  { category: 'travel', side: 'partner', share: 0.08, text: 'Study visit to the home municipality', activity: 2 },
  { category: 'per_diem', side: 'partner', share: 0.05, text: 'Per diem, partner delegation', activity: 2 },
  { category: 'workshops', side: 'partner', share: 0.16, text: 'Training workshops for technical staff', local: true, activity: 1 },
  { category: 'workshops', side: 'home', share: 0.07, text: 'Trainer preparation and materials', activity: 1 },
  { category: 'translation', side: 'partner', share: 0.05, text: 'Interpretation and translation', activity: 3 },
  { category: 'local_costs', side: 'partner', share: 0.22, text: 'Public hearings in the districts', local: true, activity: 3 },
  { category: 'administration', side: 'home', share: 0.06, text: 'Coordination and accounts', activity: 4 },
  { category: 'local_costs', side: 'partner', share: 0.06, text: 'Printing the citizens’ budget', local: true, activity: 4 },
];

const ACTIVITIES = [
  { title: 'Exchange visit of the technical department', responsible: 'home', startMonth: 3, endMonth: 4 },
  { title: 'Training of technical staff', responsible: 'partner', startMonth: 2, endMonth: 10 },
  { title: 'Study visit of the partner delegation', responsible: 'both', startMonth: 9, endMonth: 9 },
  { title: 'Open budget hearings', responsible: 'partner', startMonth: 5, endMonth: 11 },
  { title: 'Publication of the citizens’ budget', responsible: 'both', startMonth: 11, endMonth: 12 },
] as const;

/** Eleven lines on five activities summing to the year's amount; the partner's local costs in its currency. */
function planOf(spec: ArchetypeSpec, year: number, outputIds: string[], total: number): WorkPlanContent {
  const activities = ACTIVITIES.map((a, i) => ({ id: randomUUID(), outputId: outputIds[i % outputIds.length] ?? null, ...a }));
  const lines = LINES.map((l) => {
    const base = { id: randomUUID(), activityId: activities[l.activity]!.id, category: l.category, side: l.side, description: `${l.text} ${year}` };
    const amount = Math.round(total * l.share);
    if (!l.local || !spec.local) return { ...base, amount, local: null };
    const localMinor = Math.max(10_000, Math.round(amount / Number(spec.local.rate) / 10_000) * 10_000);
    const local = { currency: spec.local.currency, amount: localMinor, rate: spec.local.rate, rateDate: `${year - 1}-11-15` };
    return { ...base, amount: convertToOre(localMinor, local.currency, local.rate), local };
  });
  // The first line takes the rounding and the exchange rate's effect, so the plan meets its amount.
  lines[0]!.amount += total - lines.reduce((n, l) => n + l.amount, 0);
  return { activities, lines };
}

async function workPlanVersion(db: Db, pid: string, year: number) {
  return (await budgetRepo.findWorkPlan(db, pid, year))?.version ?? 0;
}

/** The year's work plan saved by the partner coordinator and (when `approve`) approved by the office. */
export async function planYear(db: Db, team: Team, spec: ArchetypeSpec, pid: string, fw: Framework, year: number, approve: boolean): Promise<WorkPlanContent> {
  const plan = planOf(spec, year, fw.outputIds, ore(spec));
  await saveWorkPlan(db, team.partner, pid, year, workPlanBody.parse({ version: 0, ...plan }));
  if (approve) await approveWorkPlan(db, team.office, pid, year, approveBody.parse({ version: await workPlanVersion(db, pid, year), note: 'Approved at the annual meeting.' }));
  return plan;
}

/** A revision after approval: money moved from travel to the hearings, with the reason. */
export async function reviseYear(db: Db, team: Team, pid: string, year: number, plan: WorkPlanContent): Promise<WorkPlanContent> {
  const moved = Math.round(plan.lines[0]!.amount * 0.2);
  const lines = plan.lines.map((l, i) => (i === 0 ? { ...l, amount: l.amount - moved } : i === 6 ? { ...l, amount: l.amount + moved } : l));
  const revised = { activities: plan.activities, lines };
  const body = workPlanBody.parse({ version: await workPlanVersion(db, pid, year), ...revised, revisionReason: 'Fewer flights after the online exchange worked well; more trainer preparation.' });
  await saveWorkPlan(db, team.home, pid, year, body);
  return revised;
}

// ---- instalments ----

export type InstalmentEnd = 'paid' | 'approved' | 'withheld' | 'planned';

/** Approves and pays the year's instalments as far as `ends` says (one entry per instalment, in order). */
export async function payYear(db: Db, team: Team, pid: string, year: number, ends: (i: number) => InstalmentEnd): Promise<number> {
  const rows = await paymentsRepo.instalmentsOf(db, pid, year);
  let paid = 0;
  for (const [i, row] of rows.entries()) {
    const end = ends(i);
    if (end === 'planned') continue;
    // Paid on the due date (or mid-March when the date was to be announced), never after today.
    const due = row.dueDate && row.dueDate <= TODAY ? row.dueDate : `${Math.min(year, THIS_YEAR)}-03-15`;
    const now = at(due);
    const version = async () => (await paymentsRepo.instalmentsOf(db, pid, year)).find((r) => r.id === row.id)!.version;
    const step = async (action: 'approve' | 'pay' | 'withhold', extra: Record<string, unknown>) =>
      takeInstalmentAction(db, team.office, pid, row.id, action, instalmentActionBody.parse({ version: await version(), ...extra }), now);
    if (end === 'withheld') {
      await step('withhold', { reason: 'The annual report of last year is not accepted yet.' });
      continue;
    }
    await step('approve', { overrideReason: 'Checked with the partnership; the report is on its way.' });
    if (end === 'approved') continue;
    await step('pay', { paidOn: due, paymentReference: `MIC-${year}-${pid.slice(0, 8)}-${row.seq}` });
    paid++;
  }
  return paid;
}
