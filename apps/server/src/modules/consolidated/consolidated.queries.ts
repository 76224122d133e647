import { sql } from 'drizzle-orm';
import type { ReportFinancialLine, BudgetLine, AuditFinding } from '@mic/domain';
import type { Executor } from '../../db/client';
import { queryRows } from '../../db/rows';

/**
 * All SQL of the consolidated report. Each reader is one query over every partnership of the source
 * and year, whatever their number (issue 10 runs it over 5,000): never a query per partnership.
 */

export interface Scope {
  programmeId: string;
  fundingSource: string;
  year: number;
}

/** The partnerships the programme follows that year: applied, active or completed, the year within their period. */
const inScope = (s: Scope) => sql`
  p.programme_id = ${s.programmeId} and p.funding_source = ${s.fundingSource}
  and p.status in ('applied', 'active', 'completed') and p.start_year <= ${s.year} and p.end_year >= ${s.year}`;

/** `sum(...)` of a bigint is a string from `pg` and a number from PGlite. */
const toNumber = (v: unknown) => Number(v ?? 0);

export interface PartnershipMoneyRow {
  id: string;
  title: string;
  country: string;
  purposes: string[];
  granted: number;
  paid: number;
  reportStatus: string | null;
}

/** The partnerships with the year's firm grant, what was paid of it, and the year's report status. */
export async function partnershipsWithMoney(db: Executor, s: Scope): Promise<PartnershipMoneyRow[]> {
  const rows = await queryRows<{ id: string; title: string; country: string; purposes: string[]; granted: unknown; paid: unknown; report_status: string | null }>(
    db,
    sql`
    select p.id, p.title, m.country, p.purposes,
      coalesce(g.granted, 0) as granted, coalesce(i.paid, 0) as paid, r.status as report_status
    from partnerships p
    join municipalities m on m.id = p.partner_municipality_id
    left join (select partnership_id, sum(amount) as granted from grants where year = ${s.year} and firm group by partnership_id) g on g.partnership_id = p.id
    left join (select partnership_id, sum(amount) as paid from instalments where year = ${s.year} and status = 'paid' group by partnership_id) i on i.partnership_id = p.id
    left join annual_reports r on r.partnership_id = p.id and r.year = ${s.year}
    where ${inScope(s)}
    order by lower(p.title), p.id`,
  );
  return rows.map((r) => ({ id: r.id, title: r.title, country: r.country, purposes: r.purposes ?? [], granted: toNumber(r.granted), paid: toNumber(r.paid), reportStatus: r.report_status }));
}

export interface ReportLinesRow {
  partnershipId: string;
  lines: ReportFinancialLine[];
  planLines: BudgetLine[];
}

/** The financial lines of the year's submitted or accepted reports, with the work plan's lines (currency and rate). */
export async function reportedLines(db: Executor, s: Scope): Promise<ReportLinesRow[]> {
  const rows = await queryRows<{ partnership_id: string; lines: ReportFinancialLine[] | null; plan_lines: BudgetLine[] | null }>(
    db,
    sql`
    select r.partnership_id, r.content->'financial'->'lines' as lines, w.content->'lines' as plan_lines
    from annual_reports r
    join partnerships p on p.id = r.partnership_id
    left join work_plans w on w.partnership_id = r.partnership_id and w.year = r.year
    where r.year = ${s.year} and r.status in ('submitted', 'accepted') and ${inScope(s)}`,
  );
  return rows.map((r) => ({ partnershipId: r.partnership_id, lines: r.lines ?? [], planLines: r.plan_lines ?? [] }));
}

export interface IndicatorRow {
  partnershipId: string;
  partnershipTitle: string;
  startYear: number;
  endYear: number;
  purposes: string[];
  /** The purpose of the indicator's result or of the nearest result above it that has one. */
  purpose: string | null;
  name: Record<string, string>;
  direction: 'ascending' | 'descending';
  baseline: number | null;
  endTarget: number | null;
  targets: { year: number; value: number }[];
  value: number | null;
}

/** The partnerships' indicators with their targets and the year's value. */
export async function indicatorsOfYear(db: Executor, s: Scope): Promise<IndicatorRow[]> {
  const rows = await queryRows<{
    partnership_id: string;
    title: string;
    start_year: number;
    end_year: number;
    purposes: string[];
    purpose: string | null;
    name: Record<string, string>;
    direction: 'ascending' | 'descending';
    baseline_value: number | null;
    end_target: number | null;
    targets: { year: number; value: number }[] | null;
    value: number | null;
  }>(
    db,
    sql`
    select p.id as partnership_id, p.title, p.start_year, p.end_year, p.purposes,
      coalesce(r.purpose, r1.purpose, r2.purpose) as purpose,
      i.name, i.direction, i.baseline_value, i.end_target,
      (select json_agg(json_build_object('year', t.year, 'value', t.value)) from indicator_targets t where t.indicator_id = i.id) as targets,
      v.value
    from indicators i
    join partnerships p on p.id = i.partnership_id
    join results r on r.id = i.result_id
    left join results r1 on r1.id = r.parent_id
    left join results r2 on r2.id = r1.parent_id
    left join indicator_values v on v.indicator_id = i.id and v.year = ${s.year}
    where ${inScope(s)}
    order by lower(p.title), p.id, i.position`,
  );
  return rows.map((r) => ({
    partnershipId: r.partnership_id,
    partnershipTitle: r.title,
    startYear: r.start_year,
    endYear: r.end_year,
    purposes: r.purposes ?? [],
    purpose: r.purpose,
    name: r.name,
    direction: r.direction,
    baseline: r.baseline_value === null ? null : Number(r.baseline_value),
    endTarget: r.end_target === null ? null : Number(r.end_target),
    targets: (r.targets ?? []).map((t) => ({ year: Number(t.year), value: Number(t.value) })),
    value: r.value === null ? null : Number(r.value),
  }));
}

export interface RiskRow {
  partnershipTitle: string;
  description: string;
  score: number;
  responseType: string | null;
}

/** The highest open risks of the partnerships, by current rating. */
export async function highestRisks(db: Executor, s: Scope, limit: number): Promise<RiskRow[]> {
  const rows = await queryRows<{ title: string; description: string; score: unknown; response_type: string | null }>(
    db,
    sql`
    select p.title, k.description, k.current_probability * k.current_consequence as score, k.response_type
    from risks k
    join partnerships p on p.id = k.partnership_id
    where k.status = 'open' and ${inScope(s)}
    order by k.current_probability * k.current_consequence desc, lower(p.title), k.id
    limit ${limit}`,
  );
  return rows.map((r) => ({ partnershipTitle: r.title, description: r.description, score: toNumber(r.score), responseType: r.response_type }));
}

export interface AuditRow {
  partnershipId: string;
  partnershipTitle: string;
  year: number;
  firm: string;
  auditorName: string;
  periodStart: string | null;
  periodEnd: string | null;
  opinion: string | null;
  reasonableAssurance: boolean;
  termsKept: boolean;
  reportDocumentId: string | null;
  findings: AuditFinding[];
}

/** The audits of the partnerships' accounts for the year. */
export async function auditsOfYear(db: Executor, s: Scope): Promise<AuditRow[]> {
  const rows = await queryRows<{
    partnership_id: string;
    title: string;
    year: number;
    firm: string;
    auditor_name: string;
    period_start: string | Date | null;
    period_end: string | Date | null;
    opinion: string | null;
    reasonable_assurance: boolean;
    terms_kept: boolean;
    report_document_id: string | null;
    findings: AuditFinding[] | null;
  }>(
    db,
    sql`
    select p.id as partnership_id, p.title, a.year, a.firm, a.auditor_name, a.period_start::text as period_start, a.period_end::text as period_end, a.opinion,
      a.reasonable_assurance, a.terms_kept, a.report_document_id, a.findings
    from audits a
    join partnerships p on p.id = a.partnership_id
    where a.year = ${s.year} and ${inScope(s)}
    order by lower(p.title), p.id`,
  );
  return rows.map((r) => ({
    partnershipId: r.partnership_id,
    partnershipTitle: r.title,
    year: r.year,
    firm: r.firm,
    auditorName: r.auditor_name,
    periodStart: r.period_start === null ? null : String(r.period_start),
    periodEnd: r.period_end === null ? null : String(r.period_end),
    opinion: r.opinion,
    reasonableAssurance: r.reasonable_assurance,
    termsKept: r.terms_kept,
    reportDocumentId: r.report_document_id,
    findings: r.findings ?? [],
  }));
}
