import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { AGREEMENT_LANGUAGES, DomainError, deadlinesForYear, localize, minorToDecimal, type AgreementLanguage, type AgreementPlaceholder } from '@mic/domain';
import type { Executor } from '../../db/client';
import { municipalities, partnerships, purposes } from '../../db/schema';
import { results } from '../../db/schema.results';
import { cycleOf } from '../cycle/cycle.service';
import { loadCycleDates } from '../cycle/cycle.repository';
import { templateOf } from './agreements-templates.service';
import * as repo from './agreements.repository';

const home = alias(municipalities, 'home_m');
const partner = alias(municipalities, 'partner_m');

/** The partnership as the agreement names it. */
export async function partnershipOf(db: Executor, id: string) {
  const [row] = await db
    .select({
      id: partnerships.id,
      programmeId: partnerships.programmeId,
      title: partnerships.title,
      homeName: home.name,
      partnerName: partner.name,
      partnerCountry: partner.country,
      fundingSource: partnerships.fundingSource,
      startYear: partnerships.startYear,
      endYear: partnerships.endYear,
      workingLanguage: partnerships.workingLanguage,
      purposes: partnerships.purposes,
      status: partnerships.status,
    })
    .from(partnerships)
    .innerJoin(home, eq(home.id, partnerships.homeMunicipalityId))
    .innerJoin(partner, eq(partner.id, partnerships.partnerMunicipalityId))
    .where(eq(partnerships.id, id));
  return row ?? null;
}
export type AgreementPartnership = NonNullable<Awaited<ReturnType<typeof partnershipOf>>>;

/**
 * The languages the agreement is made in: the working language and Norwegian. Where there is no template
 * in the working language (Bosnian, Ukrainian, Swahili…), English stands in for it, so the partner always
 * has a version it can read.
 */
export function agreementLanguages(workingLanguage: string): AgreementLanguage[] {
  if (workingLanguage === 'nb') return ['nb'];
  const working = AGREEMENT_LANGUAGES.find((l) => l === workingLanguage) ?? 'en';
  return [working, 'nb'];
}

/** Amounts are kept in øre; the agreement shows whole kroner with ordinary spaces (the PDF fonts know no narrow ones). */
export function formatNok(ore: number, language: string): string {
  const kroner = new Intl.NumberFormat(language, { maximumFractionDigits: 0, useGrouping: true }).format(minorToDecimal(ore) as Intl.StringNumericLiteral);
  return `NOK ${kroner}`.replace(/[\u00a0\u202f]/g, ' ');
}

function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function countryName(code: string, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
}

const bullets = (lines: string[]) => (lines.length ? lines.map((l) => `• ${l}`).join('\n') : '—');

/** The values the template's placeholders are filled with, in one language. */
async function placeholderValues(db: Executor, p: AgreementPartnership, language: AgreementLanguage): Promise<Record<AgreementPlaceholder, string>> {
  const app = await repo.approvedApplication(db, p.id);
  if (!app) throw new DomainError('AGREEMENT_NOT_READY');
  const purposeRows = p.purposes.length
    ? await db.select({ code: purposes.code, name: purposes.name }).from(purposes).where(and(eq(purposes.programmeId, p.programmeId), inArray(purposes.code, p.purposes)))
    : [];
  const chain = await db
    .select({ level: results.level, statement: results.statement })
    .from(results)
    .where(and(eq(results.partnershipId, p.id), inArray(results.level, ['impact', 'outcome'])))
    .orderBy(asc(results.position));
  const impact = chain.filter((r) => r.level === 'impact').map((r) => localize(r.statement, language));
  const outcomes = chain.filter((r) => r.level === 'outcome').map((r) => localize(r.statement, language));
  const lines = app.granted?.length ? app.granted : app.content.budgetRequested;
  const budget = [...lines].sort((a, b) => a.year - b.year).map((l) => `${l.year}: ${formatNok(l.amount, language)}`);
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const cycle = (await cycleOf(db, p.programmeId)).cycles.find((c) => c.fundingSource === p.fundingSource);
  const dates = await loadCycleDates(db, p.programmeId, [p.startYear]);
  const report = cycle ? deadlinesForYear(cycle, p.startYear, dates).find((d) => d.kind === 'annual_report') : undefined;
  return {
    title: p.title,
    homeMunicipality: p.homeName,
    partnerMunicipality: p.partnerName,
    partnerCountry: countryName(p.partnerCountry, language),
    purposes: bullets(p.purposes.map((code) => localize(purposeRows.find((r) => r.code === code)?.name, language) || code)),
    objectives: bullets([...impact, ...outcomes]),
    budget: `${bullets(budget)}\n= ${formatNok(total, language)}`,
    period: `${p.startYear}–${p.endYear}`,
    reportingDeadline: formatDate(report?.date, language),
    workingLanguage: new Intl.DisplayNames([language], { type: 'language' }).of(p.workingLanguage) ?? p.workingLanguage,
  };
}

export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

export interface FilledAgreement {
  title: string;
  sections: { heading: string; body: string }[];
  fileBase: string;
}

/** The agreement text in one language: the programme's template with the partnership's facts filled in. */
export async function filledAgreement(db: Executor, p: AgreementPartnership, language: AgreementLanguage): Promise<FilledAgreement> {
  const values = await placeholderValues(db, p, language);
  const template = await templateOf(db, p.programmeId, language);
  return {
    title: fill(template.title, values),
    sections: template.sections.map((s) => ({ heading: fill(s.heading, values), body: fill(s.body, values) })),
    fileBase: `agreement-${p.homeName}-${p.partnerName}-${language}`,
  };
}
