import type { ApplicationContent, ApplicationKind, ApplicationStatus } from '@mic/domain';
import type { Executor } from '../db/client';
import { applicationAppraisals, applicationEvents, applications, partnerships } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { inArray } from 'drizzle-orm';
import { yearsAppliedFor } from '../modules/applications/applications.facts';
import { recordDeadlineMet } from '../modules/deadlines/deadlines.service';

/**
 * Demo applications (issue 6): one in every status across the demo partnerships — approved ones
 * with granted amounts, one returned with a message, one rejected with its reason, and Stord – San
 * Juan Comalapa's annual application for 2027 as a draft still missing a few things, for the
 * coordinators to complete.
 */
interface DemoApplication {
  partnership: string;
  year: number;
  kind: ApplicationKind;
  /** The statuses it went through after the draft, each with the programme office's message. */
  steps: { to: ApplicationStatus; at: string; message?: string }[];
  late?: boolean;
  deadline?: string;
  /** Per year, in NOK (øre are added). */
  budget: number;
  /** Percent of the budget granted (whole percent: integer øre arithmetic). */
  grantedPercent?: number;
  incomplete?: boolean;
}

const OFFICE = 'Programme Office (demo)';

const DEMO_APPLICATIONS: DemoApplication[] = [
  { partnership: 'stord-comalapa', year: 2025, kind: 'initial', budget: 850_000, grantedPercent: 100, deadline: '2024-10-01', steps: [{ to: 'submitted', at: '2024-09-27' }, { to: 'in_appraisal', at: '2024-10-08' }, { to: 'approved', at: '2024-11-20', message: 'Approved as applied. Welcome to the programme!' }] },
  { partnership: 'stord-comalapa', year: 2026, kind: 'annual', budget: 900_000, grantedPercent: 90, deadline: '2025-10-01', steps: [{ to: 'submitted', at: '2025-09-30' }, { to: 'in_appraisal', at: '2025-10-06' }, { to: 'approved', at: '2025-11-18', message: 'Approved with a 10 % cut in travel costs.' }] },
  { partnership: 'stord-comalapa', year: 2027, kind: 'annual', budget: 950_000, incomplete: true, steps: [] },
  { partnership: 'stjordal-panajachel', year: 2026, kind: 'annual', budget: 780_000, late: true, deadline: '2025-10-01', steps: [{ to: 'submitted', at: '2025-10-09' }] },
  { partnership: 'klepp-donjivakuf', year: 2026, kind: 'annual', budget: 640_000, deadline: '2026-01-15', steps: [{ to: 'submitted', at: '2026-01-12' }, { to: 'in_appraisal', at: '2026-01-20' }] },
  {
    partnership: 'kristiansand-mykolaiv',
    year: 2026,
    kind: 'annual',
    budget: 1_100_000,
    deadline: '2025-10-01',
    steps: [
      { to: 'submitted', at: '2025-09-29' },
      { to: 'in_appraisal', at: '2025-10-07' },
      { to: 'returned', at: '2025-10-21', message: 'Please show how the water utility will cover operation after the project, and list the support from other donors.' },
    ],
  },
  { partnership: 'havbakken-kisiwani', year: 2027, kind: 'initial', budget: 700_000, deadline: '2026-10-01', steps: [{ to: 'submitted', at: '2026-02-02' }] },
  {
    partnership: 'lindasen-valeanoua',
    year: 2027,
    kind: 'initial',
    budget: 1_500_000,
    deadline: '2026-10-01',
    steps: [
      { to: 'submitted', at: '2026-01-28' },
      { to: 'in_appraisal', at: '2026-02-03' },
      { to: 'rejected', at: '2026-02-24', message: 'The budget is mostly equipment and the partner municipality has no role in the priorities; this is outside the guideline.' },
    ],
  },
  { partnership: 'nordvik-esperanza', year: 2027, kind: 'initial', budget: 600_000, incomplete: true, steps: [] },
];

function contentOf(d: DemoApplication, purposes: string[], years: number[]): ApplicationContent {
  const text = (s: string) => (d.incomplete ? '' : s);
  return {
    summary: d.incomplete && d.kind === 'initial' ? '' : 'The partnership continues its work on the services the two councils chose together, with results measured each year.',
    purposes,
    coreTasks: { home: 'Waste management and water services', partner: 'Manejo de desechos y agua potable' },
    principles: {
      sustainability: 'Operating costs move to the municipal budget step by step.',
      coherence: 'In line with the national development plan and the municipal plan.',
      recipientResponsibility: 'The partner council set the priorities in an open meeting.',
      otherDonors: [],
      nationalMobilisation: text('The national association of municipalities shares the results.'),
      ownCompetence: 'Staff of both municipalities do the work; no consultants.',
    },
    strategicGoals: text('International cooperation is part of the municipal master plan.'),
    budgetRequested: years.map((year, i) => ({ year, amount: d.incomplete && i === 0 ? 0 : d.budget * 100 })),
  };
}

export async function loadDemoApplications(tx: Executor, partnershipIds: Map<string, string>): Promise<void> {
  const ids = [...partnershipIds.values()];
  const facts = new Map((await tx.select().from(partnerships).where(inArray(partnerships.id, ids))).map((p) => [p.id, p]));
  for (const d of DEMO_APPLICATIONS) {
    const partnershipId = partnershipIds.get(d.partnership);
    const p = partnershipId ? facts.get(partnershipId) : undefined;
    if (!p) continue;
    const years = yearsAppliedFor(d.kind, d.year, p.endYear);
    const content = contentOf(d, p.purposes, years);
    const last = d.steps.at(-1);
    const status = last?.to ?? 'draft';
    const submitted = d.steps.find((s) => s.to === 'submitted');
    const approved = status === 'approved';
    const granted = approved ? years.map((year) => ({ year, amount: d.budget * (d.grantedPercent ?? 100) })) : null;
    const confirmedAt = submitted ? new Date(`${submitted.at}T08:00:00Z`) : null;
    const [row] = await tx
      .insert(applications)
      .values({
        partnershipId: p.id,
        year: d.year,
        kind: d.kind,
        status,
        content,
        requestedTotal: content.budgetRequested.reduce((n, b) => n + b.amount, 0),
        homeConfirmedAt: confirmedAt,
        homeConfirmedByName: confirmedAt ? 'Home coordinator (demo)' : null,
        partnerConfirmedAt: confirmedAt,
        partnerConfirmedByName: confirmedAt ? 'Partner coordinator (demo)' : null,
        partnerLedPrioritisation: !!confirmedAt,
        deadline: submitted ? (d.deadline ?? null) : null,
        submittedAt: confirmedAt,
        late: d.late ?? false,
        granted,
        grantedTotal: granted ? granted.reduce((n, g) => n + g.amount, 0) : null,
        decidedAt: approved || status === 'rejected' ? new Date(`${last!.at}T12:00:00Z`) : null,
        version: 1 + d.steps.length,
      })
      .returning();
    const id = row!.id;
    await tx.insert(applicationEvents).values({ applicationId: id, fromStatus: null, toStatus: 'draft', byName: 'Home coordinator (demo)', at: new Date(`${d.year - 1}-06-01T08:00:00Z`) });
    let from: ApplicationStatus = 'draft';
    for (const s of d.steps) {
      const byName = s.to === 'submitted' ? 'Home coordinator (demo)' : OFFICE;
      await tx.insert(applicationEvents).values({ applicationId: id, fromStatus: from, toStatus: s.to, byName, message: s.message ?? null, at: new Date(`${s.at}T12:00:00Z`) });
      from = s.to;
    }
    if (status === 'in_appraisal' || status === 'returned' || status === 'rejected') {
      await tx.insert(applicationAppraisals).values({
        applicationId: id,
        items: [
          { criterion: 'purposes', met: true, comment: 'The purposes fit the programme.', forApplicant: true },
          { criterion: 'sustainability', met: status === 'in_appraisal' ? null : false, comment: 'How is operation paid for after the project?', forApplicant: true },
          { criterion: 'budget', met: null, comment: 'Compare the travel costs with similar partnerships.', forApplicant: false },
        ],
        recommendation: status === 'rejected' ? 'reject' : status === 'returned' ? 'return' : null,
        internalNote: 'Demo appraisal.',
        version: 2,
      });
    }
    await recordChange(tx, null, { action: 'application.created', entityType: 'application', entityId: id, partnershipId: p.id, before: null, after: { year: d.year, kind: d.kind, status } });
    // A submitted application meets its deadline in the cycle, as a submission through the app does.
    if (submitted) await recordDeadlineMet(tx, null, p.id, d.year, 'annual-application', `Submitted ${submitted.at}.`);
  }
}
