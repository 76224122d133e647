import { and, asc, eq, inArray } from 'drizzle-orm';
import { DEFAULT_BUDGET_RULES, addDays, checkProgrammeFunds, planInstalments, type BudgetRules, type FundingCycle, type InstalmentStatus } from '@mic/domain';
import type { Executor } from '../db/client';
import { applications, budgetRules, grants, instalments, programmeFunds, users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { loadCycleDates, loadProgrammeCycle } from '../modules/cycle/cycle.repository';
import { DEMO_PARTNERSHIPS } from './demo.data';
import { DEMO_EARLIER_GRANTS, DEMO_FUNDS, DEMO_INSTALMENT_STORIES } from './demo.finance.data';
import { draftTargets, loadDemoWorkPlans, type PlanTarget } from './demo.workplans';

type Person = { userId: string; name: string } | null;

interface GrantRow {
  partnership: string;
  partnershipId: string;
  fundingSource: string;
  year: number;
  amount: number;
  firm: boolean;
  applicationId: string | null;
  decidedAt: Date;
}

/**
 * The money side of the demo (issue 7), after applications and meetings: the budget rules, what the
 * donors allocated, the grants (from the approved applications, and the earlier decisions of the
 * running partnerships), their instalments — past ones paid, this year's approved or planned, one
 * withheld, one planned while its partnership's report is overdue — and the work plans.
 */
export async function loadDemoFinance(tx: Executor, programmeId: string, partnershipIds: Map<string, string>, now = new Date()): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  const people = await demoPeople(tx);
  const rules = await ensureRules(tx, programmeId);

  const allocated = new Map<string, number>();
  for (const f of DEMO_FUNDS) {
    const amount = f.amount;
    allocated.set(`${f.fundingSource}|${f.year}`, amount);
    await tx.insert(programmeFunds).values({ programmeId, fundingSource: f.fundingSource, year: f.year, amount, note: f.note, updatedBy: people.officer?.userId ?? null });
    await recordChange(tx, people.officer, { action: 'programme_funds.set', entityType: 'programme_funds', entityId: `${f.fundingSource}:${f.year}`, after: { amount, note: f.note } });
  }

  const decided = await demoGrants(tx, partnershipIds);
  const granted = new Map<string, number>();
  for (const g of decided) {
    if (g.firm) {
      const key = `${g.fundingSource}|${g.year}`;
      const broken = checkProgrammeFunds(allocated.get(key) ?? null, granted.get(key) ?? 0, g.amount);
      if (broken.length) throw new Error(`demo grant ${g.partnership} ${g.year} exceeds the programme funds`);
      granted.set(key, (granted.get(key) ?? 0) + g.amount);
    }
    const { partnership, ...values } = g;
    void partnership;
    await tx.insert(grants).values(values);
    await recordChange(tx, people.officer, {
      action: 'grant.created',
      entityType: 'grant',
      entityId: `${g.partnershipId}:${g.year}`,
      partnershipId: g.partnershipId,
      after: { year: g.year, fundingSource: g.fundingSource, amount: g.amount, firm: g.firm, applicationId: g.applicationId },
    });
  }

  await loadInstalments(tx, programmeId, decided.filter((g) => g.firm), people.officer, today);

  const drafts = draftTargets();
  const active = new Set(DEMO_PARTNERSHIPS.filter((p) => p.status === 'active').map((p) => p.key));
  const approved: PlanTarget[] = decided
    .filter((g) => g.firm && active.has(g.partnership) && g.year < now.getUTCFullYear())
    .filter((g) => !drafts.some((d) => d.partnership === g.partnership && d.year === g.year))
    .map((g) => ({ partnership: g.partnership, year: g.year, amount: g.amount, approved: true }));
  await loadDemoWorkPlans(tx, partnershipIds, [...approved, ...drafts], rules, people);
}

async function demoPeople(tx: Executor): Promise<{ officer: Person; home: Person }> {
  const rows = await tx.select({ userId: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.email, ['officer@mic.example', 'stord@mic.example']));
  const by = (email: string): Person => {
    const u = rows.find((r) => r.email === email);
    return u ? { userId: u.userId, name: u.name } : null;
  };
  return { officer: by('officer@mic.example'), home: by('stord@mic.example') };
}

/** The programme's rules as stored; the defaults when nothing bootstrapped them yet. */
async function ensureRules(tx: Executor, programmeId: string): Promise<BudgetRules> {
  const inserted = await tx
    .insert(budgetRules)
    .values({ programmeId, ...DEFAULT_BUDGET_RULES })
    .onConflictDoNothing()
    .returning({ programmeId: budgetRules.programmeId });
  if (inserted.length) await recordChange(tx, null, { action: 'budget_rules.created', entityType: 'budget_rules', entityId: programmeId, after: DEFAULT_BUDGET_RULES });
  const [row] = await tx.select().from(budgetRules).where(eq(budgetRules.programmeId, programmeId));
  return { yearlyCeiling: row!.yearlyCeiling, maxAdministrationPercent: row!.maxAdministrationPercent, ineligibleCategories: row!.ineligibleCategories, varianceThresholdPercent: row!.varianceThresholdPercent };
}

/**
 * Grants as the server makes them: an approved application's own year firm, the later years of an
 * initial application indicative until their own decision; then the decisions made before the platform.
 */
async function demoGrants(tx: Executor, partnershipIds: Map<string, string>): Promise<GrantRow[]> {
  const byId = new Map([...partnershipIds].map(([key, id]) => [id, key]));
  const source = new Map(DEMO_PARTNERSHIPS.map((p) => [p.key, p.fundingSource]));
  const out = new Map<string, GrantRow>();
  const decided = await tx
    .select()
    .from(applications)
    .where(and(inArray(applications.partnershipId, [...partnershipIds.values()]), eq(applications.status, 'approved')))
    .orderBy(asc(applications.decidedAt));
  for (const a of decided) {
    const partnership = byId.get(a.partnershipId)!;
    for (const g of a.granted ?? []) {
      const key = `${a.partnershipId}|${g.year}`;
      const firm = g.year === a.year;
      if (!firm && out.get(key)?.firm) continue;
      out.set(key, { partnership, partnershipId: a.partnershipId, fundingSource: source.get(partnership)!, year: g.year, amount: g.amount, firm, applicationId: a.id, decidedAt: a.decidedAt! });
    }
  }
  for (const g of DEMO_EARLIER_GRANTS) {
    const partnershipId = partnershipIds.get(g.partnership);
    if (!partnershipId || out.has(`${partnershipId}|${g.year}`)) continue;
    out.set(`${partnershipId}|${g.year}`, {
      partnership: g.partnership,
      partnershipId,
      fundingSource: source.get(g.partnership)!,
      year: g.year,
      amount: g.amount,
      firm: g.firm,
      applicationId: null,
      decidedAt: new Date(`${g.decidedOn}T12:00:00Z`),
    });
  }
  return [...out.values()].sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
}

/**
 * The instalments of every firm grant, from the cycle: those due before today paid a few days after
 * their date with a KS payment reference; the stories in DEMO_INSTALMENT_STORIES as told there.
 */
async function loadInstalments(tx: Executor, programmeId: string, firm: GrantRow[], officer: Person, today: string): Promise<void> {
  const cycle = await loadProgrammeCycle(tx, programmeId);
  const dates = await loadCycleDates(tx, programmeId, [...new Set(firm.map((g) => g.year))]);
  const rows: (typeof instalments.$inferInsert & { partnership: string })[] = [];
  for (const g of firm) {
    const funding: FundingCycle = cycle?.cycles.find((c) => c.fundingSource === g.fundingSource) ?? { fundingSource: g.fundingSource, steps: [], programmeApplicationYears: [] };
    for (const i of planInstalments(funding, g.year, g.amount, dates)) {
      const story = DEMO_INSTALMENT_STORIES.find((s) => s.partnership === g.partnership && s.year === g.year && s.stepCode === i.stepCode);
      const status: InstalmentStatus = story?.status ?? (i.dueDate !== null && i.dueDate < today ? 'paid' : 'planned');
      const approvedOn = story?.on ?? (i.dueDate ? addDays(i.dueDate, -7) : today);
      const paidOn = i.dueDate && addDays(i.dueDate, 4) < today ? addDays(i.dueDate, 4) : today;
      rows.push({
        partnership: g.partnership,
        partnershipId: g.partnershipId,
        year: g.year,
        fundingSource: g.fundingSource,
        stepCode: i.stepCode,
        seq: i.seq,
        dueDate: i.dueDate,
        amount: i.amount,
        status,
        ...(status === 'approved' || status === 'paid' ? { approvedAt: new Date(`${approvedOn}T09:00:00Z`), approvedByName: officer?.name ?? null } : {}),
        ...(status === 'paid' ? { paidOn, paidByName: officer?.name ?? null } : {}),
        ...(status === 'withheld' ? { withheldAt: new Date(`${story!.on}T09:00:00Z`), withheldByName: officer?.name ?? null, withheldReason: story!.reason ?? null } : {}),
        version: status === 'paid' ? 3 : status === 'planned' ? 1 : 2,
      });
    }
  }
  // KS numbers its payments through the year, in the order they went out.
  const counters = new Map<string, number>();
  for (const r of [...rows].filter((r) => r.status === 'paid').sort((a, b) => a.paidOn!.localeCompare(b.paidOn!))) {
    const year = r.paidOn!.slice(0, 4);
    const n = (counters.get(year) ?? 97) + 13 + (r.seq ?? 1);
    counters.set(year, n);
    r.paymentReference = `KS-${year}-${String(n).padStart(4, '0')}`;
  }
  for (const { partnership, ...values } of rows) {
    void partnership;
    const [row] = await tx.insert(instalments).values(values).returning({ id: instalments.id });
    await recordChange(tx, officer, {
      action: 'instalment.created',
      entityType: 'instalment',
      entityId: row!.id,
      partnershipId: values.partnershipId,
      after: {
        year: values.year,
        stepCode: values.stepCode,
        dueDate: values.dueDate,
        amount: values.amount,
        status: values.status,
        paidOn: values.paidOn ?? null,
        paymentReference: values.paymentReference ?? null,
        withheldReason: values.withheldReason ?? null,
      },
    });
  }
}
