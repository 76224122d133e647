import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditComplete, financialSummary, partnershipDeadlines, reportCompleteness, type AnnualReportDto, type ValueStatus } from '@mic/domain';
import { auditLog, budgetRules, documents, grants, indicators, indicatorValues, instalments, partnerships, results } from '../../src/db/schema';
import { workPlans } from '../../src/db/schema.finance';
import { annualReports, audits, reportEvents, reportVersions } from '../../src/db/schema.reports';
import { DEMO_PASSWORD, loadDemoIfEmpty } from '../../src/demo/demo.seed';
import { verifyChain } from '../../src/modules/audit/audit.service';
import { loadCompletions, loadProgrammeCycle } from '../../src/modules/cycle/cycle.repository';
import { createTestApp, signIn, type TestContext } from '../helpers/app';

let t: TestContext;
const slug = new Map<string, string>();
const idOf = (name: string) => [...slug].find(([, s]) => s === name)![0];

beforeAll(async () => {
  t = await createTestApp();
  await loadDemoIfEmpty(t.db);
  for (const p of await t.db.select({ id: partnerships.id, title: partnerships.title }).from(partnerships)) slug.set(p.id, p.title.split(':')[0]!);
});
afterAll(() => t.close());

/** The completeness check as the server runs it, from what the database holds for the report's year. */
async function missingOf(report: typeof annualReports.$inferSelect) {
  const { partnershipId, year } = report;
  const [plan] = await t.db.select().from(workPlans).where(and(eq(workPlans.partnershipId, partnershipId), eq(workPlans.year, year)));
  const [rules] = await t.db.select().from(budgetRules);
  const outcomes = await t.db.select({ id: results.id }).from(results).where(and(eq(results.partnershipId, partnershipId), eq(results.level, 'outcome')));
  const defs = await t.db.select({ id: indicators.id }).from(indicators).where(eq(indicators.partnershipId, partnershipId));
  const values = await t.db.select().from(indicatorValues).where(and(eq(indicatorValues.partnershipId, partnershipId), eq(indicatorValues.year, year)));
  const [grant] = await t.db.select().from(grants).where(and(eq(grants.partnershipId, partnershipId), eq(grants.year, year)));
  const [paid] = await t.db
    .select({ sum: sql<string>`coalesce(sum(${instalments.amount}), 0)` })
    .from(instalments)
    .where(and(eq(instalments.partnershipId, partnershipId), eq(instalments.year, year), eq(instalments.status, 'paid')));
  const financial = financialSummary(plan?.content.lines ?? [], report.content.financial, rules!.varianceThresholdPercent, grant?.amount ?? 0, Number(paid!.sum));
  const missing = reportCompleteness({
    content: report.content,
    workPlanExists: !!plan,
    outcomeIds: outcomes.map((o) => o.id),
    indicators: defs.map((d) => ({ id: d.id, valueStatus: (values.find((v) => v.indicatorId === d.id)?.status as ValueStatus | undefined) ?? null })),
    financial,
  });
  return { missing, financial, plan };
}

describe('the demo annual reports', () => {
  it('has a report in every status, and Stjørdal – Panajachel’s 2025 report still not started', async () => {
    const reports = await t.db.select().from(annualReports);
    const story = reports.map((r) => `${slug.get(r.partnershipId)} ${r.year}: ${r.status}`).sort();
    expect(story).toEqual([
      'Gran – Mukono 2025: accepted',
      'Klepp – Donji Vakuf 2024: accepted',
      'Klepp – Donji Vakuf 2025: returned',
      'Kristiansand – Mykolaiv 2025: submitted',
      'Stjørdal – Panajachel 2024: accepted',
      'Stord – San Juan Comalapa 2025: accepted',
      'Stord – San Juan Comalapa 2026: draft',
    ]);
  });

  it('lets the submitted and accepted reports pass the completeness check, with a variance explained, local actuals and unspent funds explained', async () => {
    const reports = await t.db.select().from(annualReports);
    for (const r of reports.filter((x) => x.status === 'submitted' || x.status === 'accepted')) {
      const name = `${slug.get(r.partnershipId)} ${r.year}`;
      const { missing, financial, plan } = await missingOf(r);
      expect(missing, name).toEqual([]);
      expect(r.submissionCount, name).toBeGreaterThanOrEqual(1);
      expect([r.homeConfirmedByName, r.partnerConfirmedByName].every(Boolean), name).toBe(true);
      expect(plan!.content.lines.filter((l) => l.local).length, name).toBeGreaterThan(0);
      for (const line of r.content.financial.lines) {
        const budget = plan!.content.lines.find((l) => l.id === line.lineId)!;
        if (budget.local) expect(line.localActual, name).not.toBeNull();
      }
      expect(financial.unspent, name).toBeGreaterThan(0);
      expect(r.content.financial.unspentExplanation, name).not.toBe('');
    }
    const stord = reports.find((r) => slug.get(r.partnershipId) === 'Stord – San Juan Comalapa' && r.year === 2025)!;
    const { financial } = await missingOf(stord);
    const explained = financial.rows.filter((row) => row.explanationNeeded);
    expect(explained.length).toBeGreaterThan(0);
    expect(explained.every((row) => row.explanation.length > 20)).toBe(true);
    expect(financial.unspent).toBeGreaterThan(0);
  });

  it('keeps the draft for this year incomplete and the returned report with comments per section, blocking nothing it should not', async () => {
    const reports = await t.db.select().from(annualReports);
    const draft = reports.find((r) => r.status === 'draft')!;
    expect((await missingOf(draft)).missing.length).toBeGreaterThan(3);
    expect(draft.homeConfirmedAt).toBeNull();

    const returned = reports.find((r) => r.status === 'returned')!;
    const [event] = await t.db.select().from(reportEvents).where(and(eq(reportEvents.reportId, returned.id), eq(reportEvents.toStatus, 'returned')));
    expect(new Set(event!.comments.map((c) => c.section)).size).toBeGreaterThanOrEqual(2);
    expect(returned.homeConfirmedAt).toBeNull();
  });

  it('tells Stord – San Juan Comalapa 2025 as submitted, returned on one section, resubmitted and accepted, with two versions', async () => {
    const [r] = await t.db.select().from(annualReports).where(and(eq(annualReports.partnershipId, idOf('Stord – San Juan Comalapa')), eq(annualReports.year, 2025)));
    const events = await t.db.select().from(reportEvents).where(eq(reportEvents.reportId, r!.id)).orderBy(reportEvents.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      ['draft', 'submitted'],
      ['submitted', 'returned'],
      ['returned', 'submitted'],
      ['submitted', 'accepted'],
    ]);
    expect(events[1]!.comments.map((c) => c.section)).toEqual(['financial']);
    const versions = await t.db.select().from(reportVersions).where(eq(reportVersions.reportId, r!.id)).orderBy(reportVersions.number);
    expect(versions.map((v) => v.number)).toEqual([1, 2]);
    expect(r!.submissionCount).toBe(2);
    expect(versions[0]!.content.financial).not.toEqual(versions[1]!.content.financial);
    expect(versions[0]!.content.narrative).toEqual(versions[1]!.content.narrative);
    expect(versions[1]!.content).toEqual(r!.content);
  });

  it('records the deadline of every report that went in as met, keeps the late flag true to the cycle, and leaves Stjørdal – Panajachel 2025 overdue', async () => {
    const reports = await t.db.select().from(annualReports);
    const facts = await t.db.select().from(partnerships);
    const cycle = (await loadProgrammeCycle(t.db, facts[0]!.programmeId))!;
    const met = new Set((await loadCompletions(t.db, facts.map((p) => p.id), [2023, 2024, 2025, 2026])).map((c) => `${c.partnershipId}|${c.fundingYear}|${c.stepCode}`));
    for (const r of reports.filter((x) => x.submissionCount > 0)) {
      const name = `${slug.get(r.partnershipId)} ${r.year}`;
      expect(met.has(`${r.partnershipId}|${r.year}|annual-report`), name).toBe(true);
      const p = facts.find((f) => f.id === r.partnershipId)!;
      const due = partnershipDeadlines(p, r.year, cycle).find((d) => d.kind === 'annual_report')!.date;
      expect(r.deadline, name).toBe(due);
      const [first] = await t.db.select().from(reportVersions).where(and(eq(reportVersions.reportId, r.id), eq(reportVersions.number, 1)));
      expect(r.late, name).toBe(first!.submittedAt.toISOString().slice(0, 10) > due!);
    }
    expect(reports.some((r) => r.late)).toBe(true);
    expect(met.has(`${idOf('Stjørdal – Panajachel')}|2025|annual-report`)).toBe(false);
  });
});

describe('the demo reports through the API', () => {
  it('shows the programme office the submitted and accepted reports complete, Gran – Mukono’s final audit and Klepp – Donji Vakuf’s qualified opinion', async () => {
    const officer = await signIn(t.app, 'officer@mic.example', DEMO_PASSWORD);
    const reports = await t.db.select().from(annualReports);
    for (const r of reports) {
      const res = await officer.get(`/api/reports/${r.id}`);
      const name = `${slug.get(r.partnershipId)} ${r.year}`;
      expect(res.statusCode, name).toBe(200);
      const dto = res.json() as AnnualReportDto;
      expect(dto.status, name).toBe(r.status);
      if (r.status === 'submitted' || r.status === 'accepted') expect(dto.missing, name).toEqual([]);
      else expect(dto.missing.length, name).toBeGreaterThan(0);
    }
    const gran = reports.find((r) => slug.get(r.partnershipId) === 'Gran – Mukono')!;
    const granDto = (await officer.get(`/api/reports/${gran.id}`)).json() as AnnualReportDto;
    expect([granDto.finalYear, granDto.audit?.opinion, granDto.audit?.complete]).toEqual([true, 'unmodified', true]);
    const klepp = reports.find((r) => slug.get(r.partnershipId) === 'Klepp – Donji Vakuf' && r.year === 2024)!;
    expect(((await officer.get(`/api/reports/${klepp.id}`)).json() as AnnualReportDto).auditFlag).toMatchObject({ year: 2024, opinion: 'qualified' });
  });
});

describe('the demo audits', () => {
  it('gives Gran – Mukono’s accepted final-year report a complete, unmodified ISA 805 audit with its documents and findings', async () => {
    const gran = idOf('Gran – Mukono');
    const [p] = await t.db.select().from(partnerships).where(eq(partnerships.id, gran));
    expect(p!.status).toBe('completed');
    const [report] = await t.db.select().from(annualReports).where(and(eq(annualReports.partnershipId, gran), eq(annualReports.year, p!.endYear)));
    expect(report!.status).toBe('accepted');
    const [audit] = await t.db.select().from(audits).where(and(eq(audits.partnershipId, gran), eq(audits.year, p!.endYear)));
    expect(auditComplete(audit!)).toBe(true);
    expect(audit).toMatchObject({ standard: 'ISA 805', opinion: 'unmodified', reasonableAssurance: true, termsKept: true });
    expect(audit!.updatedAt.getTime()).toBeLessThan(report!.acceptedAt!.getTime());
    const docs = await t.db.select({ id: documents.id, category: documents.category, partnershipId: documents.partnershipId }).from(documents).where(eq(documents.partnershipId, gran));
    expect(docs.find((d) => d.id === audit!.reportDocumentId)?.category).toBe('audit_report');
    expect(docs.find((d) => d.id === audit!.managementLetterDocumentId)?.category).toBe('management_letter');
    expect(audit!.findings.length).toBeGreaterThanOrEqual(2);
    expect(audit!.findings.every((f) => f.action !== '')).toBe(true);
    expect(new Set(audit!.findings.map((f) => f.status)).size).toBeGreaterThan(1);
  });

  it('has a qualified opinion on Klepp – Donji Vakuf’s 2024 accounts, the reason its instalment is withheld, and the report it required accepted', async () => {
    const klepp = idOf('Klepp – Donji Vakuf');
    const flagged = await t.db.select().from(audits).where(eq(audits.opinion, 'qualified'));
    expect(flagged.map((a) => [slug.get(a.partnershipId), a.year])).toEqual([['Klepp – Donji Vakuf', 2024]]);
    expect(auditComplete(flagged[0]!)).toBe(true);
    const [withheld] = await t.db.select().from(instalments).where(eq(instalments.status, 'withheld'));
    expect(withheld!.partnershipId).toBe(klepp);
    expect(withheld!.withheldReason).toMatch(/2024 accounts/);
    const [report] = await t.db.select().from(annualReports).where(and(eq(annualReports.partnershipId, klepp), eq(annualReports.year, 2024)));
    expect([report!.status, report!.auditRequired]).toEqual(['accepted', true]);
  });

  it('writes an audit entry for every report, event, audit and work plan it added, and the chain holds', async () => {
    const entries = await t.db.select({ action: auditLog.action, entityType: auditLog.entityType }).from(auditLog);
    const count = (type: string, action?: string) => entries.filter((e) => e.entityType === type && (!action || e.action === action)).length;
    expect(count('annual_report', 'report.created')).toBe((await t.db.select().from(annualReports)).length);
    expect(count('annual_report') - count('annual_report', 'report.created') - count('annual_report', 'report.saved')).toBe((await t.db.select().from(reportEvents)).length);
    expect(count('audit', 'audit.created')).toBe((await t.db.select().from(audits)).length);
    expect(count('work_plan', 'work_plan.created')).toBe((await t.db.select().from(workPlans)).length);
    expect((await verifyChain(t.db)).ok).toBe(true);
  });
});
